// Integration: notes become actions, hand edits through the API reach connected clients, the action
// plan exports, and a follow-up session carries the open actions over — on the real server.
import { describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { noteText } from '../shared/board/richText.ts'
import { longDate } from '../shared/export/labels.ts'
import { readBoard } from './testing/board.ts'
import { fileServer } from './testing/perTest.ts'
import { sessionApi, type ActionJson } from './testing/sessionApi.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const api = sessionApi(() => s.url)
const { call, actions: actionsOf } = api

const session = () => api.create(['vision'], 'Werkgroep Centrum Oosterhout')

/** Posts the texts as notes into the session's actions area; that area's id. */
async function postActionNotes(session: CreatedSession, texts: string[]): Promise<string> {
  const area = await api.areaOf(session, 'actions')
  await api.postNotes(session, area, texts)
  return area
}

function expectedYear(month: number, day: number): string {
  // "1 maart" typed today means the next 1 March, never a past one.
  const now = new Date()
  const thisYear = new Date(Date.UTC(now.getUTCFullYear(), month - 1, day))
  const year = thisYear.getTime() >= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) ? now.getUTCFullYear() : now.getUTCFullYear() + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

describe('actions', () => {
  it('turns notes in an actions area into actions with owner and due date', async () => {
    const created = await session()
    const area = await postActionNotes(created, [
      'Gevelfonds opzetten @Anna vóór 1 maart',
      'Sfeerverlichting @"Jan de Vries" 2027-12-15',
      'Idee zonder eigenaar',
    ])
    const actions = await actionsOf(created)
    expect(actions).toHaveLength(3)
    const gevel = actions.find((a) => a.text.startsWith('Gevelfonds'))!
    expect(gevel).toMatchObject({ owner: 'Anna', due: expectedYear(3, 1), status: 'open', area })
    expect(gevel.noteId).toBe(gevel.id)
    expect(actions.find((a) => a.text.startsWith('Sfeerverlichting'))).toMatchObject({ owner: 'Jan de Vries', due: '2027-12-15' })
    expect(actions.find((a) => a.text === 'Idee zonder eigenaar')).toMatchObject({ owner: null, due: null })
  })

  it('applies a hand edit live for connected clients, and refuses bad ones', async () => {
    const created = await session()
    await postActionNotes(created, ['Subsidie aanvragen @Anna 15 dec'])
    const [action] = await actionsOf(created)
    const watcher = s.client(created.view)
    await whenSynced(watcher)

    const path = `actions/${encodeURIComponent(action!.id)}`
    const res = await call(created, path, created.join, { status: 'doing', owner: 'Bram' }, 'PATCH')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: action!.id, status: 'doing', owner: 'Bram', due: action!.due })
    const board = BoardDoc.of(watcher.doc)
    await eventually(() => expect((board.get(action!.id)!.meta as { action?: { status?: string } }).action?.status).toBe('doing'))
    expect((await actionsOf(created))[0]).toMatchObject({ status: 'doing', owner: 'Bram' })

    for (const body of [{ status: 'klaar' }, { due: '2026-13-45' }, { owner: '' }, { colour: 'red' }, {}, []]) {
      const bad = await call(created, path, created.facilitator, body, 'PATCH')
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(((await bad.json()) as { error: string }).error.length).toBeGreaterThan(5)
    }
    expect((await call(created, path, created.view, { status: 'done' }, 'PATCH')).status).toBe(403)
    expect((await call(created, 'actions/shape%3Anope', created.join, { status: 'done' }, 'PATCH')).status).toBe(404)
    expect((await actionsOf(created))[0]).toMatchObject({ status: 'doing', owner: 'Bram' })
  })
})

describe('action plan export', () => {
  it('gives the facilitator every format as a named download with participants, outcomes and actions', async () => {
    const created = await session()
    await postActionNotes(created, ['Café-terrassen uitbreiden @Fatima 1 juni'])
    const anna = s.client(created.join)
    const viewer = s.client(created.view)
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna Bakker', color: '#2f6fb3', role: 'join' })
    viewer.provider.awareness.setLocalStateField('user', { name: 'Kijker', color: '#999', role: 'view' })
    await Promise.all([whenSynced(anna), whenSynced(viewer)])
    await eventually(() =>
      expect(
        BoardDoc.of(anna.doc)
          .participants()
          .map((p) => p.name),
      ).toEqual(['Anna Bakker']),
    )

    const types: Record<string, RegExp> = {
      md: /^text\/markdown/,
      csv: /^text\/csv/,
      docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
      ics: /^text\/calendar/,
      json: /^application\/json/,
    }
    for (const [format, type] of Object.entries(types)) {
      const res = await call(created, `export?format=${format}`, created.facilitator)
      expect(res.status, format).toBe(200)
      expect(res.headers.get('content-type')).toMatch(type)
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`attachment; filename="[^"]*werkgroep-centrum-oosterhout[^"]*\\d{4}-\\d{2}-\\d{2}[^"]*\\.${format}"`),
      )
      const body = Buffer.from(await res.arrayBuffer())
      expect(body.byteLength).toBeGreaterThan(100)
      if (format !== 'docx') expect(body.toString('utf8')).toContain('Café-terrassen uitbreiden')
    }
    const json = (await (await call(created, 'export?format=json', created.facilitator)).json()) as {
      title: string
      participants: string[]
      actions: ActionJson[]
      outcomes: { templates: unknown[] }
    }
    expect(json.title).toBe('Werkgroep Centrum Oosterhout')
    expect(json.participants).toEqual(['Anna Bakker'])
    expect(json.actions[0]).toMatchObject({ owner: 'Fatima' })
    expect(json.outcomes.templates).toHaveLength(1)
  })

  it("is the facilitator's alone, and says which formats exist", async () => {
    const created = await session()
    expect((await call(created, 'export?format=md', created.join)).status).toBe(403)
    expect((await call(created, 'export?format=md', created.view)).status).toBe(403)
    expect((await call(created, 'export?format=xlsx', created.facilitator)).status).toBe(400)
  })
})

describe('follow-up sessions', () => {
  it('starts the next board with the open actions of the previous one, owners and due dates kept', async () => {
    const previous = await session()
    await postActionNotes(previous, ['Gevelfonds opzetten @Anna vóór 1 maart', 'Website bijwerken @Bram', 'Kerstmarkt evalueren @Fatima'])
    const done = (await actionsOf(previous)).find((a) => a.text.startsWith('Kerstmarkt'))!
    await call(previous, `actions/${encodeURIComponent(done.id)}`, previous.facilitator, { status: 'done' }, 'PATCH')
    const bram = (await actionsOf(previous)).find((a) => a.text.startsWith('Website'))!
    await call(previous, `actions/${encodeURIComponent(bram.id)}`, previous.facilitator, { status: 'doing', due: '2027-02-01' }, 'PATCH')

    expect((await api.post({ title: 'Werkgroep, tweede keer', from: previous.id })).status).toBe(401)
    expect((await api.post({ title: 'Werkgroep, tweede keer', from: previous.id }, previous.join)).status).toBe(403)
    expect((await api.post({ title: 'Werkgroep, tweede keer', from: 'no-such-session' }, previous.facilitator)).status).toBe(400)

    const res = await api.post({ title: 'Werkgroep, tweede keer', from: previous.id }, previous.facilitator)
    expect(res.status).toBe(201)
    const next = (await res.json()) as CreatedSession
    const carried = await actionsOf(next)
    expect(carried.map((a) => [a.text, a.owner, a.due, a.status]).sort()).toEqual(
      [
        ['Gevelfonds opzetten', 'Anna', expectedYear(3, 1), 'open'],
        ['Website bijwerken', 'Bram', '2027-02-01', 'doing'],
      ].sort(),
    )
    const areas = ((await (await call(next, 'areas', next.view)).json()) as { areas: Array<{ id: string; kind: string; label: string }> }).areas
    expect(areas.find((a) => a.kind === 'actions')!.label).toBe('Openstaande acties uit de vorige sessie')
  })

  it('writes owner and due date on the carried notes, read back as the same actions, next to the templates asked for', async () => {
    const previous = await session()
    await postActionNotes(previous, ['Gevelfonds opzetten @Anna vóór 1 maart 2027', 'Bankjes plaatsen'])
    const bankjes = (await actionsOf(previous)).find((a) => a.text === 'Bankjes plaatsen')!
    await call(previous, `actions/${encodeURIComponent(bankjes.id)}`, previous.facilitator, { owner: 'Jan de Vries', due: '2027-02-01' }, 'PATCH')

    const res = await api.post({ title: 'Werkgroep, derde keer', from: previous.id, templates: ['brainstorm'] }, previous.facilitator)
    expect(res.status).toBe(201)
    const next = (await res.json()) as CreatedSession
    const texts = (await readBoard(s, next.view)).filter((r) => r.typeName === 'shape' && r.type === 'note').map(noteText)
    // What the room reads on the canvas (and in an image of the board).
    expect(texts.sort()).toEqual(['Bankjes plaatsen\n@Jan de Vries, vóór 1 februari 2027', 'Gevelfonds opzetten\n@Anna, vóór 1 maart 2027'])
    // What the actions list and the exports read: the same action, no owner line in its text.
    expect((await actionsOf(next)).map((a) => [a.text, a.owner, a.due]).sort()).toEqual([
      ['Bankjes plaatsen', 'Jan de Vries', '2027-02-01'],
      ['Gevelfonds opzetten', 'Anna', '2027-03-01'],
    ])
    // A follow-up of the follow-up carries the same text, not a second owner line.
    const third = await api.followUp(next, { title: 'Werkgroep, vierde keer' })
    const thirdTexts = (await readBoard(s, third.view)).filter((r) => r.typeName === 'shape' && r.type === 'note').map(noteText)
    expect(thirdTexts.sort()).toEqual(texts)
    // The templates asked for are on the follow-up board too.
    const kinds = ((await (await call(next, 'areas', next.view)).json()) as { areas: Array<{ template: string; kind: string }> }).areas
    expect(kinds.filter((a) => a.template === 'brainstorm').map((a) => a.kind)).toContain('ideas')
    expect(kinds.filter((a) => a.kind === 'actions')).toHaveLength(1)
  })
})

describe('a date or owner changed by hand', () => {
  it('rewrites the carried note: the board (live) and /outcomes say the new date, the room reads the note', async () => {
    const previous = await session()
    await postActionNotes(previous, ['Vergunning terras aanvragen @Gemeente vóór 31 januari 2030'])
    const next = await api.followUp(previous, { title: 'Werkgroep, tweede keer' })
    const [carried] = await actionsOf(next)
    expect(carried).toMatchObject({ text: 'Vergunning terras aanvragen', owner: 'Gemeente', due: '2030-01-31' })
    const watcher = s.client(next.view)
    await whenSynced(watcher)
    const board = BoardDoc.of(watcher.doc)
    expect(noteText(board.get(carried!.id)!)).toBe('Vergunning terras aanvragen\n@Gemeente, vóór 31 januari 2030')

    const res = await call(next, `actions/${encodeURIComponent(carried!.id)}`, next.join, { due: '2030-02-28' }, 'PATCH')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ text: 'Vergunning terras aanvragen', owner: 'Gemeente', due: '2030-02-28' })
    const rewritten = 'Vergunning terras aanvragen\n@Gemeente, vóór 28 februari 2030'
    await eventually(() => expect(noteText(board.get(carried!.id)!)).toBe(rewritten))
    const outcomes = (await (await call(next, 'outcomes', next.view)).json()) as {
      templates: Array<{ areas: Array<{ items: Array<{ id: string; text?: string }> }> }>
    }
    const item = outcomes.templates.flatMap((t) => t.areas.flatMap((a) => a.items)).find((i) => i.id === carried!.id)
    expect(item?.text).toBe(rewritten)
    expect((await actionsOf(next))[0]).toMatchObject({ text: 'Vergunning terras aanvragen', owner: 'Gemeente', due: '2030-02-28' })
  })
})

describe('actions typed as people write them', () => {
  it('reads "@Jan de Vries … vóór 1 dec" as one owner and a clean text, and a follow-up carries an owner corrected by hand', async () => {
    const previous = await session()
    await postActionNotes(previous, ['@Jan de Vries kerstverlichting regelen vóór 1 dec', '@Jan Bakker Subsidie aanvragen eind januari'])
    const before = await actionsOf(previous)
    const kerst = before.find((a) => a.text === 'Kerstverlichting regelen')
    expect(kerst).toMatchObject({ owner: 'Jan de Vries', due: expectedYear(12, 1) })
    // Nobody called Jan Bakker is known yet: a capitalised word after a first name is not a surname.
    const subsidie = before.find((a) => a.text === 'Bakker Subsidie aanvragen')!
    expect(subsidie).toMatchObject({ owner: 'Jan', due: expectedYear(1, 31) })

    const res = await call(previous, `actions/${encodeURIComponent(subsidie.id)}`, previous.facilitator, { owner: 'Jan Bakker' }, 'PATCH')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ owner: 'Jan Bakker', text: 'Subsidie aanvragen', due: expectedYear(1, 31) })
    const md = await call(previous, 'export?format=md', previous.facilitator)
    expect(md.status).toBe(200)
    const plan = await md.text()
    // The actions table holds the corrected owner and the clean text (the raw notes under the vision's
    // Acties column are the outcomes' business, not the actions').
    expect(plan).toContain('| Jan Bakker | Subsidie aanvragen |')
    expect(plan).toContain('| Jan de Vries | Kerstverlichting regelen |')

    const next = await api.followUp(previous, { title: 'Werkgroep, tweede keer' })
    const texts = (await readBoard(s, next.view)).filter((r) => r.typeName === 'shape' && r.type === 'note').map(noteText)
    const long = (ymd: string) => longDate('nl', ymd)
    expect(texts.sort()).toEqual([
      `Kerstverlichting regelen\n@Jan de Vries, vóór ${long(expectedYear(12, 1))}`,
      `Subsidie aanvragen\n@"Jan Bakker", vóór ${long(expectedYear(1, 31))}`,
    ])
    expect((await actionsOf(next)).map((a) => [a.text, a.owner, a.due]).sort()).toEqual([
      ['Kerstverlichting regelen', 'Jan de Vries', expectedYear(12, 1)],
      ['Subsidie aanvragen', 'Jan Bakker', expectedYear(1, 31)],
    ])
  })
})
