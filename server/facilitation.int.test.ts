// Integration: the facilitator's HTTP API on the real server — who may call what, the timer reaching
// connected screens live, dot votes under concurrency, silence and focus, the board lock on API
// edits, and the short join link. (The lock on the WebSocket is in facilitationGuard.int.test.ts.)
import { describe, expect, it } from 'vitest'
import type { ControlAnswer, DotAnswer } from '../shared/api/facilitation.ts'
import type { SessionInfo } from '../shared/api/types.ts'
import { readControl, type TimerState, type VoteState } from '../shared/facilitation/index.ts'
import { fileServer } from './testing/perTest.ts'
import { participantApi } from './testing/participantApi.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const { create, call, json, areas, postNotes } = sessionApi(() => s.url)
const { identity, dots } = participantApi(() => s.url)

async function errorOf(res: Promise<Response>, status: number): Promise<string> {
  return (await json<{ error: string }>(res, status)).error
}

describe('facilitation API', () => {
  it('answers the control state to every token, and keeps the controls to the facilitator', async () => {
    const session = await create(['brainstorm'])
    const ideas = (await areas(session)).find((a) => a.kind === 'ideas')!.id
    for (const token of [session.view, session.join, session.facilitator]) {
      const control = await json<ControlAnswer>(call(session, 'control', token))
      expect(control).toMatchObject({ lock: { board: false, structure: true }, vote: null, silent: { on: false }, focus: { areaId: null } })
      expect(Math.abs(control.serverNow - Date.now())).toBeLessThan(5000)
    }
    const valid: Array<[string, unknown]> = [
      ['lock', { locked: true }],
      ['timer', { do: 'set', minutes: 5 }],
      ['follow', { userId: 'user:f', keep: true }],
      ['vote', { do: 'start', dots: 3 }],
      ['silent', { on: true, area: ideas }],
      ['focus', { area: ideas }],
    ]
    for (const [path, body] of valid) {
      for (const token of [session.join, session.view]) expect((await call(session, path, token, body)).status, path).toBe(403)
    }
    expect(await errorOf(call(session, 'dots', session.view, { note: 'shape:x', delta: 1 }), 403)).toMatch(/view/)
    // Nothing the others sent changed anything.
    expect(await json<ControlAnswer>(call(session, 'control', session.view))).toMatchObject({ lock: { board: false }, vote: null })
    for (const [path, body] of valid) expect((await call(session, path, session.facilitator, body)).status, path).toBe(200)
  })

  it('answers invalid bodies with 400 and a message', async () => {
    const session = await create()
    const bad: Array<[string, unknown]> = [
      ['lock', {}],
      ['lock', { locked: 'yes' }],
      ['lock', { locked: true, extra: 1 }],
      ['timer', { do: 'set', minutes: 181 }],
      ['timer', { do: 'set' }],
      ['timer', { do: 'jump' }],
      ['follow', { userId: 5 }],
      ['vote', { do: 'start', dots: 0 }],
      ['vote', { do: 'start', dots: 21 }],
      ['vote', { do: 'start', dots: 1.5 }],
      ['vote', { do: 'start', dots: 2, tally: 'loud' }],
      ['silent', {}],
      ['focus', {}],
      ['dots', { note: 'shape:x', voter: 'v', delta: 1 }],
      ['dots', { note: 'shape:x', delta: 2 }],
      ['dots', { note: 'shape:x', delta: 1, extra: true }],
    ]
    for (const [path, body] of bad) {
      const error = await errorOf(call(session, path, session.facilitator, body), 400)
      expect(error.length, `${path} ${JSON.stringify(body)}`).toBeGreaterThan(5)
    }
  })

  it('sends the timer to every connected screen live, on the server clock', async () => {
    const session = await create()
    const screen = s.client(session.view)
    await whenSynced(screen)
    await json(call(session, 'timer', session.facilitator, { do: 'set', minutes: 10 }))
    const started = await json<{ timer: TimerState; serverNow: number }>(call(session, 'timer', session.facilitator, { do: 'start' }))
    expect(started.timer).toMatchObject({ phase: 'running', endsAt: started.serverNow + 10 * 60_000 })
    await eventually(() => expect(readControl(screen.doc).timer).toEqual(started.timer))
    const paused = await json<{ timer: TimerState }>(call(session, 'timer', session.facilitator, { do: 'pause' }))
    await eventually(() => expect(readControl(screen.doc).timer.phase).toBe('paused'))
    expect(paused.timer.remainingMs).toBeLessThanOrEqual(10 * 60_000)
  })

  it("runs a dot vote: each person's budget holds under concurrent requests, tallies show in outcomes and actions once revealed", async () => {
    const session = await create(['vision'])
    const actionsArea = (await areas(session)).find((a) => a.kind === 'actions')!.id
    const notes = await postNotes(session, actionsArea, ['Gevelfonds @Anna', 'Sfeerverlichting', 'Fietsenstalling', 'Markt op zondag', 'Groen plein'])
    const start = await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'start', dots: 2, area: actionsArea }))
    expect(start.vote).toMatchObject({ phase: 'open', dots: 2, areaId: actionsArea, noteIds: null, tally: 'hidden', revealed: false })

    const [anna, bob] = [await identity(session, session.join), await identity(session, session.facilitator)]
    const answers = await Promise.all(notes.map((note) => dots(session, session.join, anna.secret, { note, delta: 1 })))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 409, 409, 409])
    const refused = answers.find((r) => r.status === 409)!
    expect(((await refused.json()) as { error: string }).error).toMatch(/no dots left/)
    const second = await json<DotAnswer>(dots(session, session.facilitator, bob.secret, { note: notes[0], delta: 1 }))
    expect(second.left).toBe(1)

    // Hidden until the reveal: no counts in outcomes or actions yet.
    expect((await json<{ actions: Array<{ votes: number }> }>(call(session, 'actions', session.view))).actions.every((a) => a.votes === 0)).toBe(true)
    expect((await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'reveal' }))).vote).toMatchObject({ revealed: true, voters: 2 })
    const outcomes = await json<{ templates: Array<{ areas: Array<{ items: Array<{ id: string; votes: number }> }> }> }>(
      call(session, 'outcomes', session.view),
    )
    const items = outcomes.templates.flatMap((t) => t.areas.flatMap((a) => a.items))
    expect(items.reduce((sum, item) => sum + item.votes, 0)).toBe(3)
    const actions = (await json<{ actions: Array<{ noteId: string; votes: number }> }>(call(session, 'actions', session.view))).actions
    expect(actions.reduce((sum, a) => sum + a.votes, 0)).toBe(3)
    expect(actions.find((a) => a.noteId === notes[0])!.votes).toBeGreaterThanOrEqual(1)

    // Errors are clear: a note outside the vote, a dot that is not there.
    expect(await errorOf(dots(session, session.facilitator, bob.secret, { note: 'shape:nope', delta: 1 }), 400)).toMatch(/not part of the vote/)
    const bare = notes.find((id) => actions.find((a) => a.noteId === id)!.votes === 0)!
    expect(await errorOf(dots(session, session.facilitator, bob.secret, { note: bare, delta: -1 }), 409)).toMatch(/no dot/)

    expect((await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'close' }))).vote.phase).toBe('closed')
    expect(await errorOf(dots(session, session.facilitator, bob.secret, { note: bare, delta: 1 }), 409)).toMatch(/no vote is open/)
    // Closing keeps the results.
    expect((await json<{ actions: Array<{ votes: number }> }>(call(session, 'actions', session.view))).actions.reduce((n, a) => n + a.votes, 0)).toBe(3)
    expect((await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'reopen' }))).vote.phase).toBe('open')
    expect((await json<{ vote: null }>(call(session, 'vote', session.facilitator, { do: 'reset' }))).vote).toBeNull()
    expect((await json<{ actions: Array<{ votes: number }> }>(call(session, 'actions', session.view))).actions.every((a) => a.votes === 0)).toBe(true)
    expect(await errorOf(call(session, 'vote', session.facilitator, { do: 'reveal' }), 409)).toMatch(/no vote/)
  })

  it('starts votes on an existing area or on a selection of notes only', async () => {
    const session = await create(['vision'])
    const goals = (await areas(session)).find((a) => a.kind === 'goals')!.id
    const [a, b] = await postNotes(session, goals, ['Leegstand halveren', 'Meer groen'])
    expect(await errorOf(call(session, 'vote', session.facilitator, { do: 'start', dots: 2, area: 'shape:nope' }), 400)).toMatch(/unknown area/)
    expect(await errorOf(call(session, 'vote', session.facilitator, { do: 'start', dots: 2, notes: [a, goals] }), 400)).toMatch(/not a note/)
    expect(await errorOf(call(session, 'vote', session.facilitator, { do: 'start', dots: 2, area: goals, notes: [a] }), 400)).toMatch(/either/)
    const vote = (await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'start', dots: 1, notes: [a], tally: 'live' }))).vote
    expect(vote).toMatchObject({ noteIds: [a], areaId: null, tally: 'live' })
    const voter = await identity(session, session.join)
    expect((await dots(session, session.join, voter.secret, { note: b, delta: 1 })).status).toBe(400)
    expect((await dots(session, session.join, voter.secret, { note: a, delta: 1 })).status).toBe(200)
  })

  it('starts and ends a silent round, and sets the focus, on existing areas only', async () => {
    const session = await create(['brainstorm'])
    const ideas = (await areas(session)).find((a) => a.kind === 'ideas')!.id
    expect(await errorOf(call(session, 'silent', session.facilitator, { on: true, area: 'shape:nope' }), 400)).toMatch(/unknown area/)
    const before = Date.now()
    const on = (await json<{ silent: { on: boolean; areaId: string; since: number } }>(call(session, 'silent', session.facilitator, { on: true, area: ideas })))
      .silent
    // The count of notes waiting in private documents comes from the server (none yet).
    expect(on).toMatchObject({ on: true, areaId: ideas, notes: 0, people: 0 })
    expect(Math.abs(on.since - before)).toBeLessThan(5000)
    expect((await json<{ silent: { on: boolean } }>(call(session, 'silent', session.facilitator, { on: false }))).silent.on).toBe(false)
    expect(await errorOf(call(session, 'focus', session.facilitator, { area: 'shape:nope' }), 400)).toMatch(/unknown area/)
    expect((await json<{ focus: { areaId: string | null } }>(call(session, 'focus', session.facilitator, { area: ideas }))).focus.areaId).toBe(ideas)
    expect((await json<{ focus: { areaId: string | null } }>(call(session, 'focus', session.facilitator, { area: null }))).focus.areaId).toBeNull()
    const follow = await json<{ follow: { seq: number } }>(call(session, 'follow', session.facilitator, { userId: 'user:f' }))
    expect((await json<{ follow: { seq: number } }>(call(session, 'follow', session.facilitator, { userId: 'user:f' }))).follow.seq).toBe(follow.follow.seq + 1)
  })

  it("refuses participants' notes and action edits while the board is locked (423), not the facilitator's, nor dots", async () => {
    const session = await create(['vision'])
    const actionsArea = (await areas(session)).find((a) => a.kind === 'actions')!.id
    const [note] = await postNotes(session, actionsArea, ['Gevelfonds @Anna'])
    await json(call(session, 'vote', session.facilitator, { do: 'start', dots: 1 }))
    expect((await json<{ lock: { board: boolean } }>(call(session, 'lock', session.facilitator, { locked: true }))).lock.board).toBe(true)
    expect(await errorOf(call(session, 'notes', session.join, { text: 'x', area: actionsArea }), 423)).toBe('the board is locked by the facilitator')
    expect(await errorOf(call(session, `actions/${encodeURIComponent(note!)}`, session.join, { status: 'done' }, 'PATCH'), 423)).toMatch(/locked/)
    expect((await call(session, 'notes', session.facilitator, { text: 'Begeleider', area: actionsArea })).status).toBe(201)
    expect((await call(session, `actions/${encodeURIComponent(note!)}`, session.facilitator, { status: 'doing' }, 'PATCH')).status).toBe(200)
    expect((await dots(session, session.join, (await identity(session, session.join)).secret, { note, delta: 1 })).status).toBe(200)
    await json(call(session, 'lock', session.facilitator, { locked: false }))
    expect((await call(session, 'notes', session.join, { text: 'Weer open', area: actionsArea })).status).toBe(201)
  })
})

describe('short join link', () => {
  it('gives every role the code and the server clock, and /j/<code> leads to the join page', async () => {
    const session = await create()
    const infos = await Promise.all(
      [session.view, session.join, session.facilitator].map((token) =>
        json<SessionInfo>(fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })),
      ),
    )
    const code = infos[0]!.joinCode
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/)
    for (const info of infos) {
      expect(info.joinCode).toBe(code)
      expect(Math.abs(info.serverNow - Date.now())).toBeLessThan(5000)
    }
    const res = await fetch(`${s.url}/j/${code.toLowerCase()}?lang=en`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`/s/${session.join}?lang=en`)
    expect((await fetch(`${s.url}/j/${code}`, { redirect: 'manual' })).headers.get('location')).toBe(`/s/${session.join}`)
    const unknown = await fetch(`${s.url}/j/ZZZZZZZZ`, { redirect: 'manual' })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { error: string }).error).toBe('unknown join code')
    expect((await fetch(`${s.url}/j/${code}`, { method: 'POST', redirect: 'manual' })).status).toBe(405)
  })
})
