// Integration: the working group's templates on the real server. A follow-up started with a Terugblik
// has last time's actions in the lanes of their status; a participant's client moving a note to another
// lane changes the status the API reads; a status set through the API moves the note; a follow-up of
// the follow-up does not bring back what was already closed. Rolverdeling and Afsprakenkader come out
// in the outcomes and the action plan.
import { describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { fileServer } from './testing/perTest.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const api = sessionApi(() => s.url)
const actionsOf = api.actions

const patch = (session: CreatedSession, id: string, body: object) =>
  api.json(api.call(session, `actions/${encodeURIComponent(id)}`, session.facilitator, body, 'PATCH'))

async function live(session: CreatedSession): Promise<BoardDoc> {
  const client = s.client(session.join)
  await whenSynced(client)
  return BoardDoc.of(client.doc)
}

/** The Terugblik's lanes on a board, by their key (the status). */
function lanes(board: BoardDoc): Record<string, BoardRecord> {
  const out: Record<string, BoardRecord> = {}
  for (const r of board.all()) if (r.type === 'sb-area' && (r.props as { kind: string }).kind === 'review') out[(r.props as { key: string }).key] = r
  return out
}

/** Status → the texts of the actions in that status, as the API reads them. */
async function byStatus(session: CreatedSession): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const a of await actionsOf(session)) out[a.status] = [...(out[a.status] ?? []), a.text]
  for (const list of Object.values(out)) list.sort()
  return out
}

/** A previous session whose four actions have each status. */
async function previousMeeting(): Promise<CreatedSession> {
  const previous = await api.create(['vision'], 'Werkgroep Centrum Oosterhout')
  const texts = ['Gevelfonds opzetten @Anna 2027-03-01', 'Website bijwerken @Bram', 'Kerstmarkt evalueren', 'Koopzondag aanvragen']
  await api.postNotes(previous, await api.areaOf(previous, 'actions'), texts)
  const listed = await actionsOf(previous)
  const id = (start: string) => listed.find((a) => a.text.startsWith(start))!.id
  await patch(previous, id('Website'), { status: 'doing' })
  await patch(previous, id('Kerstmarkt'), { status: 'done' })
  await patch(previous, id('Koopzondag'), { status: 'dropped' })
  return previous
}

describe('a follow-up that starts with a Terugblik', () => {
  it('puts last time’s actions in their lanes; a participant moving a note changes its status; the API moves notes; closed ones do not come back twice', async () => {
    const previous = await previousMeeting()
    const next = await api.followUp(previous, { templates: ['review'] })

    // Every action of last time, each in the lane of its status; no separate "carried over" area.
    expect(await byStatus(next)).toEqual({
      open: ['Gevelfonds opzetten'],
      doing: ['Website bijwerken'],
      done: ['Kerstmarkt evalueren'],
      dropped: ['Koopzondag aanvragen'],
    })
    const areas = await api.areas(next)
    expect(areas.filter((a) => a.kind === 'actions')).toEqual([])
    const board = await live(next)
    const lane = lanes(board)
    for (const a of await actionsOf(next)) expect(a.area).toBe(lane[a.status]!.id)
    expect((await actionsOf(next)).find((a) => a.text === 'Gevelfonds opzetten')).toMatchObject({ owner: 'Anna', due: '2027-03-01' })

    // A participant's client drags "Gevelfonds" from Nog open to Klaar: it writes the note's new position.
    const gevelfonds = (await actionsOf(next)).find((a) => a.text === 'Gevelfonds opzetten')!
    const done = lane.done!
    const record = board.get(gevelfonds.id)!
    board.apply({ put: [{ ...record, x: Number(done.x) + 460, y: Number(done.y) + 700 }] })
    await eventually(async () => expect((await actionsOf(next)).find((a) => a.id === gevelfonds.id)!.status).toBe('done'))

    // The facilitator sets "Website" to done in the panel (the API): the note moves into Klaar.
    const website = (await actionsOf(next)).find((a) => a.text === 'Website bijwerken')!
    await patch(next, website.id, { status: 'done' })
    expect((await actionsOf(next)).find((a) => a.id === website.id)).toMatchObject({ status: 'done', area: done.id })
    await eventually(() => {
      const note = board.get(website.id)!
      expect(Number(note.x)).toBeGreaterThanOrEqual(Number(done.x))
      expect(Number(note.x) + 200).toBeLessThanOrEqual(Number(done.x) + Number((done.props as { w: number }).w))
    })
    // Reopening "Kerstmarkt": into Nog open.
    const kerstmarkt = (await actionsOf(next)).find((a) => a.text === 'Kerstmarkt evalueren')!
    await patch(next, kerstmarkt.id, { status: 'open' })
    expect(await byStatus(next)).toEqual({
      open: ['Kerstmarkt evalueren'],
      done: ['Gevelfonds opzetten', 'Website bijwerken'],
      dropped: ['Koopzondag aanvragen'],
    })

    // The meeting after: what was closed in this one comes to be confirmed; what was already dropped
    // before it, and stayed so, does not come back.
    const third = await api.followUp(next, { title: 'Werkgroep, derde keer', templates: ['review'] })
    expect(await byStatus(third)).toEqual({
      open: ['Kerstmarkt evalueren'],
      done: ['Gevelfonds opzetten', 'Website bijwerken'],
    })
    // And once more: the done ones arrived done and stayed so: only the open one is left.
    const fourth = await api.followUp(third, { title: 'Werkgroep, vierde keer', templates: ['review'] })
    expect(await byStatus(fourth)).toEqual({ open: ['Kerstmarkt evalueren'] })
  })

  it('without a Terugblik, carries only what is still open or in progress, as before', async () => {
    const previous = await previousMeeting()
    const next = await api.followUp(previous, { templates: ['brainstorm'] })
    expect(await byStatus(next)).toEqual({ open: ['Gevelfonds opzetten'], doing: ['Website bijwerken'] })
    expect((await api.areas(next)).filter((a) => a.kind === 'actions')).toHaveLength(1)
  })
})

describe('Rolverdeling and Afsprakenkader', () => {
  it('places both, and gives their contents in the outcomes and the action plan', async () => {
    const session = await api.create(['role-division', 'agreements'], 'Werkgroep Centrum')
    const areas = await api.areas(session)
    expect(areas.filter((a) => a.kind === 'role').map((a) => a.label)).toEqual([
      'Kerngroep / trekker',
      'Werkt mee aan één thema',
      'Meedenker / sympathisant',
      'Op de hoogte houden',
    ])
    expect(areas.filter((a) => a.kind === 'agreement')).toHaveLength(7)
    const role = (label: string) => areas.find((a) => a.label === label)!.id
    await api.json(api.call(session, 'notes', session.join, { text: 'Ondernemersvereniging', area: role('Kerngroep / trekker') }), 201)
    await api.json(api.call(session, 'notes', session.join, { text: 'Woningcorporatie', area: role('Op de hoogte houden') }), 201)
    await api.json(api.call(session, 'notes', session.join, { text: 'Elke zes weken', area: role('Hoe vaak we samenkomen') }), 201)

    const outcomes = await api.json<{ templates: Array<{ template: string; title: string; areas: Array<{ key: string; items: Array<{ text?: string }> }> }> }>(
      api.call(session, 'outcomes', session.view),
    )
    expect(outcomes.templates.map((t) => [t.template, t.title])).toEqual([
      ['role-division', 'Rolverdeling'],
      ['agreements', 'Afsprakenkader'],
    ])
    const items = (t: number, key: string) => outcomes.templates[t]!.areas.find((a) => a.key === key)!.items.map((i) => i.text)
    expect(items(0, 'kerngroep')).toEqual(['Ondernemersvereniging'])
    expect(items(0, 'informed')).toEqual(['Woningcorporatie'])
    expect(items(1, 'meet')).toEqual(['Elke zes weken'])

    const md = await (await api.call(session, 'export?format=md', session.facilitator)).text()
    expect(md).toContain('| Kerngroep / trekker | Ondernemersvereniging |')
    expect(md).toContain('| Hoe vaak we samenkomen | Elke zes weken |')
  })
})
