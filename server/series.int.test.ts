// Integration: a working group of three meetings, each a follow-up of the one before, on the real server.
// Actions change in each meeting (on the board) and between meetings (from the actieoverzicht, by name);
// GET …/series shows the whole history; who may see and change it; the log outlives a restart and
// leaves with a deleted session.
import { beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession, SessionInfo } from '../shared/api/types.ts'
import type { SeriesAction, SeriesView } from '../shared/series/types.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { fileServer } from './testing/perTest.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const api = sessionApi(() => s.url)
const actionsOf = api.actions

function call(sessionId: string, path: string, token: string | undefined, init: RequestInit = {}): Promise<Response> {
  return fetch(`${s.url}/api/sessions/${sessionId}/${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
  })
}

async function postActions(session: CreatedSession, texts: string[]): Promise<void> {
  await api.postNotes(session, await api.areaOf(session, 'actions'), texts)
}

/** A hand edit on the meeting's own board (as the room makes it in the panel). */
async function editOnBoard(session: CreatedSession, text: string, patch: Record<string, unknown>): Promise<void> {
  const action = (await actionsOf(session)).find((a) => a.text === text)!
  expect(
    (await call(session.id, `actions/${encodeURIComponent(action.id)}`, session.facilitator, { method: 'PATCH', body: JSON.stringify(patch) })).status,
  ).toBe(200)
}

async function series(sessionId: string, token: string): Promise<SeriesView> {
  const res = await call(sessionId, 'series', token)
  expect(res.status).toBe(200)
  return (await res.json()) as SeriesView
}

function update(sessionId: string, actionId: string, token: string | undefined, body: unknown): Promise<Response> {
  return call(sessionId, `series/actions/${encodeURIComponent(actionId)}`, token, { method: 'PATCH', body: JSON.stringify(body) })
}

const byText = (view: SeriesView, text: string): SeriesAction => view.actions.find((a) => a.text === text)!
const trail = (action: SeriesAction) => action.history.map((h) => [h.kind, h.session, h.status, ...(h.kind === 'update' ? [h.by] : [])])

describe('a working group across three meetings', () => {
  let m1: CreatedSession
  let m2: CreatedSession
  let m3: CreatedSession
  let alone: CreatedSession

  beforeAll(async () => {
    // Meeting 1: three actions; the room finishes one and starts another.
    m1 = await api.create(['vision'], 'Werkgroep Centrum, 1')
    await postActions(m1, ['Lampen ophangen', 'Subsidie aanvragen', 'Flyer maken'])
    await editOnBoard(m1, 'Lampen ophangen', { owner: 'Jan', due: '2026-11-20', status: 'done' })
    await editOnBoard(m1, 'Subsidie aanvragen', { owner: 'Petra', due: '2027-12-15', status: 'doing' })
    await editOnBoard(m1, 'Flyer maken', { owner: 'Karim' })
    // Between meetings 1 and 2: Karim reports from the actieoverzicht with meeting 1's join link.
    const flyer = byText(await series(m1.id, m1.join), 'Flyer maken')
    expect((await update(m1.id, flyer.id, m1.join, { status: 'doing', by: 'Karim' })).status).toBe(200)

    // Meeting 2, a follow-up: open actions carried; the room moves a due date into the past and adds one.
    m2 = await api.followUp(m1, { title: 'Werkgroep Centrum, 2' })
    await editOnBoard(m2, 'Subsidie aanvragen', { due: '2026-11-25' })
    await postActions(m2, ['Bankjes plaatsen'])
    // Between meetings 2 and 3: Petra reports with meeting 2's link; Els takes the benches with meeting 1's.
    const view = await series(m2.id, m2.join)
    expect((await update(m2.id, byText(view, 'Subsidie aanvragen').id, m2.join, { status: 'done', by: 'Petra' })).status).toBe(200)
    expect((await update(m1.id, byText(view, 'Bankjes plaatsen').id, m1.join, { owner: 'Els', due: '2027-01-31', by: 'Els' })).status).toBe(200)

    // Meeting 3, a follow-up of the follow-up: the room drops the flyer.
    m3 = await api.followUp(m2, { title: 'Werkgroep Centrum, 3' })
    await editOnBoard(m3, 'Flyer maken', { status: 'dropped' })

    alone = await api.create(['vision'], 'Buurtschouw')
  })

  it("every follow-up belongs to the first session's series and knows the one before", async () => {
    const info = async (token: string) => (await (await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })).json()) as SessionInfo
    expect((await info(m2.facilitator)).series).toBe(m1.id)
    expect((await info(m3.join)).series).toBe(m1.id)
    expect((await info(m1.facilitator)).series).toBeUndefined()
  })

  it('shows the whole history: each action once, per meeting and between meetings, done/late/dropped', async () => {
    const view = await series(m3.id, m3.facilitator)
    expect(view.series).toBe(m1.id)
    expect(view.sessions.map((x) => [x.id, x.title])).toEqual([
      [m1.id, 'Werkgroep Centrum, 1'],
      [m2.id, 'Werkgroep Centrum, 2'],
      [m3.id, 'Werkgroep Centrum, 3'],
    ])
    expect(view.actions.map((a) => [a.text, a.owner, a.due, a.status, a.late])).toEqual([
      // Done at meeting 1, so not carried on, but still in the series.
      ['Lampen ophangen', 'Jan', '2026-11-20', 'done', false],
      ['Subsidie aanvragen', 'Petra', '2026-11-25', 'done', false],
      ['Flyer maken', 'Karim', null, 'dropped', false],
      ['Bankjes plaatsen', 'Els', '2027-01-31', 'open', false],
    ])
    const [lampen, subsidie, flyer, bankjes] = view.actions as [SeriesAction, SeriesAction, SeriesAction, SeriesAction]
    expect(trail(lampen)).toEqual([['meeting', m1.id, 'done']])
    expect(lampen.session).toBe(m1.id)
    // All three meetings are today in this test, so a change on a meeting's day counts as part of it.
    expect(trail(subsidie)).toEqual([
      ['meeting', m1.id, 'doing'],
      ['meeting', m2.id, 'done'],
      ['update', m2.id, 'done', 'Petra'],
    ])
    expect(trail(flyer)).toEqual([
      ['meeting', m1.id, 'doing'],
      ['update', m1.id, 'doing', 'Karim'],
      ['meeting', m2.id, 'doing'],
      ['meeting', m3.id, 'dropped'],
    ])
    expect(trail(bankjes)).toEqual([
      ['meeting', m2.id, 'open'],
      ['update', m2.id, 'open', 'Els'],
      ['meeting', m3.id, 'open'],
    ])
    expect(bankjes.first).toBe(m2.id)
    expect(bankjes.updated?.by).toBe('Els')
    // One id however often it was carried: the note it started as.
    const m1Notes = (await actionsOf(m1)).map((a) => a.id)
    expect(m1Notes).toContain(flyer.id)
    expect(m1Notes).toContain(subsidie.id)

    // The change log, newest first, for the facilitator; the join link sees the history but not the log.
    expect(view.changes!.map((c) => [c.by, c.set, c.before.status, c.text])).toEqual([
      ['Els', { owner: 'Els', due: '2027-01-31' }, 'open', 'Bankjes plaatsen'],
      ['Petra', { status: 'done' }, 'doing', 'Subsidie aanvragen'],
      ['Karim', { status: 'doing' }, 'open', 'Flyer maken'],
    ])
    expect((await series(m1.id, m2.join)).changes).toBeUndefined()

    // The evaluation: per meeting, as the actions stood (all meetings are today: the past due date is late).
    expect(view.evaluation.meetings.map((r) => [r.total, r.open, r.doing, r.done, r.dropped, r.late])).toEqual([
      [3, 0, 2, 1, 0, 0],
      [4, 1, 1, 2, 0, 0],
      [4, 1, 0, 2, 1, 0],
    ])
  })

  it("the third meeting's plan puts the actions first and holds the next meeting", async () => {
    const nextMeeting = { at: '2027-01-12T19:30', place: 'Bibliotheek, zaal 2' }
    const patched = await fetch(`${s.url}/api/sessions/${m3.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${m3.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nextMeeting }),
    })
    expect(patched.status).toBe(200)
    const res = await call(m3.id, 'export?format=md', m3.facilitator)
    expect(res.status).toBe(200)
    const plan = await res.text()
    const at = (text: string) => {
      const i = plan.indexOf(text)
      expect(i, text).toBeGreaterThanOrEqual(0)
      return i
    }
    // What was agreed comes first: the actions (carried ones included), then the next meeting, then the outcomes.
    expect(at('## Acties')).toBeLessThan(at('| Els | Bankjes plaatsen |'))
    expect(at('| Karim | Flyer maken |')).toBeLessThan(at('## Volgende bijeenkomst'))
    expect(at('## Volgende bijeenkomst')).toBeLessThan(at('dinsdag 12 januari 2027'))
    expect(at('Bibliotheek, zaal 2')).toBeLessThan(at('## Uitkomsten'))
  })

  it('a change between meetings lands on the board of the latest meeting where the action lives', async () => {
    const view = await series(m1.id, m1.join)
    const bankjes = byText(view, 'Bankjes plaatsen')
    expect(bankjes.session).toBe(m3.id)
    // Named by an older note id of the chain (meeting 2's note) with meeting 1's join link.
    const m2Note = (await actionsOf(m2)).find((a) => a.text === 'Bankjes plaatsen')!.id
    const res = await update(m1.id, m2Note, m1.join, { status: 'doing', by: 'Els' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { action: SeriesAction }).action).toMatchObject({ id: bankjes.id, status: 'doing', session: m3.id, updated: { by: 'Els' } })
    expect((await actionsOf(m3)).find((a) => a.text === 'Bankjes plaatsen')!.status).toBe('doing')
    // Meeting 2's board keeps what it said.
    expect((await actionsOf(m2)).find((a) => a.text === 'Bankjes plaatsen')!.status).toBe('open')
  })

  it('refuses view links, other working groups, unknown tokens, actions and bodies', async () => {
    expect((await call(m2.id, 'series', m2.view)).status).toBe(403)
    expect((await call(m2.id, 'series', alone.join)).status).toBe(403)
    expect((await call(m2.id, 'series', alone.facilitator)).status).toBe(403)
    expect((await call(alone.id, 'series', m1.join)).status).toBe(403)
    expect((await call(m2.id, 'series', undefined)).status).toBe(401)
    expect((await call(m2.id, 'series', 'x'.repeat(21))).status).toBe(401)
    expect((await call('no-such-session', 'series', m1.join)).status).toBe(404)
    expect((await call(m2.id, 'series', m2.join, { method: 'POST', body: '{}' })).status).toBe(405)

    const some = (await series(m2.id, m2.join)).actions[0]!
    expect((await update(m2.id, some.id, m2.view, { status: 'done', by: 'Iemand' })).status).toBe(403)
    expect((await update(m2.id, some.id, alone.join, { status: 'done', by: 'Iemand' })).status).toBe(403)
    expect((await update(m2.id, some.id, m2.join, { status: 'done' })).status).toBe(400)
    expect((await update(m2.id, some.id, m2.join, { status: 'klaar', by: 'Iemand' })).status).toBe(400)
    expect((await update(m2.id, 'shape:nope', m2.join, { status: 'done', by: 'Iemand' })).status).toBe(404)
    // An action of another working group is not found through this one.
    await postActions(alone, ['Rondgang'])
    const other = (await series(alone.id, alone.join)).actions[0]!
    expect((await update(m2.id, other.id, m2.join, { status: 'done', by: 'Iemand' })).status).toBe(404)
    // A session on its own is a series of one.
    const own = await series(alone.id, alone.facilitator)
    expect(own.sessions.map((x) => x.id)).toEqual([alone.id])
    expect(own.changes).toEqual([])
  })
})

describe('the yearly evaluation', () => {
  it('follows an actor card up the participation ladder\'s "now" lane from meeting to meeting', async () => {
    /** Puts actor cards on the ladder's "now" rungs named (by label), as someone on the board would. */
    async function placeOnLadder(session: CreatedSession, cards: Array<{ name: string; rung: string }>): Promise<void> {
      const areas = (
        (await (await call(session.id, 'areas', session.view)).json()) as { areas: Array<{ id: string; kind: string; label: string; lane?: string }> }
      ).areas
      const client = connectClient(s.wsUrl, session.join)
      try {
        await whenSynced(client)
        const board = BoardDoc.of(client.doc)
        cards.forEach((card, i) => {
          const area = board.get(areas.find((a) => a.kind === 'rung' && a.lane === 'now' && a.label === card.rung)!.id)!
          board.apply({
            put: [
              {
                id: `shape:actor-${session.id}-${i}`,
                typeName: 'shape',
                type: 'sb-actor',
                x: (area.x as number) + 60 + i * 260,
                y: (area.y as number) + 60,
                rotation: 0,
                isLocked: false,
                opacity: 1,
                meta: {},
                parentId: area.parentId,
                index: `a${i + 5}`,
                props: { w: 240, h: 150, name: card.name, party: 'anders', interest: '', attitude: '', role: '' },
              },
            ],
          })
        })
        // The server has the cards once its outcomes read them (the barrier before closing the client).
        await eventually(async () => {
          const outcomes = (await (await call(session.id, 'outcomes', session.view)).json()) as { templates: Array<{ areas: Array<{ items: unknown[] }> }> }
          expect(outcomes.templates.flatMap((t) => t.areas).flatMap((a) => a.items)).toHaveLength(cards.length)
        })
      } finally {
        client.destroy()
      }
    }
    const first = await api.create(['participation-ladder'], 'Werkgroep Zuid, 1')
    await placeOnLadder(first, [
      { name: 'Bewonersvereniging', rung: 'Informeren' },
      { name: 'Politie', rung: 'Adviseren' },
    ])
    const second = await api.followUp(first, { title: 'Werkgroep Zuid, 2', templates: ['participation-ladder'] })
    await placeOnLadder(second, [
      { name: 'Bewonersvereniging', rung: 'Coproduceren' },
      { name: 'Politie', rung: 'Raadplegen' },
    ])

    const { evaluation } = await series(second.id, second.join)
    // In reading order of the first ladder (top down): Politie stood higher.
    expect(evaluation.ladder).toEqual([
      { name: 'Politie', rungs: ['adviseren', 'raadplegen'], moved: -1 },
      { name: 'Bewonersvereniging', rungs: ['informeren', 'coproduceren'], moved: 3 },
    ])
    expect(evaluation.rungs).toEqual(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'])
  })
})

describe('the change log on disk', () => {
  // Last in the file: it restarts the file's server.
  it('outlives a restart, and a deleted session takes its changes with it', async () => {
    const a = await api.create(['vision'], 'Werkgroep A')
    await postActions(a, ['Verlichting'])
    const id = (await series(a.id, a.join)).actions[0]!.id
    expect((await update(a.id, id, a.join, { status: 'doing', by: 'Jan' })).status).toBe(200)
    const b = await api.followUp(a, { title: 'Werkgroep B' })
    expect((await update(b.id, id, b.join, { status: 'done', by: 'Anna' })).status).toBe(200)

    await s.restart()
    const after = await series(b.id, b.facilitator)
    expect(after.sessions.map((x) => x.id)).toEqual([a.id, b.id])
    expect(after.changes!.map((c) => [c.by, c.session])).toEqual([
      ['Anna', b.id],
      ['Jan', a.id],
    ])

    // The first meeting is deleted (its facilitator deleted it, or its retention ran out).
    const deleted = await fetch(`${s.url}/api/sessions/${a.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${a.facilitator}` } })
    expect(deleted.status).toBe(204)
    const left = await series(b.id, b.facilitator)
    expect(left.series).toBe(a.id)
    expect(left.sessions.map((x) => x.id)).toEqual([b.id])
    expect(left.changes!.map((c) => c.by)).toEqual(['Anna'])
    expect(left.actions.map((x) => [x.text, x.status])).toEqual([['Verlichting', 'done']])
  }, 60_000)
})
