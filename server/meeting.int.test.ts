// Integration: the meeting a session is, on the real server. The facilitator sets time, place and the
// next meeting (PATCH /api/sessions/:id, kept across a crash); participants mark decisions on the board
// as they mark actions; the organisation people give with their name is recorded; the facilitator
// marks a name as not a participant, and the action plan leaves it out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession, SessionInfo } from '../shared/api/types.ts'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { toggleDecisionMark } from '../shared/decisions/mark.ts'
import { isMarkedDecision } from '../shared/decisions/readDecisions.ts'
import { note } from './testing/board.ts'
import { perTestServers } from './testing/perTest.ts'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

// One server for the file; the crash test starts (and kills) its own.
const { server, client } = perTestServers()
let shared: ServerProcess
beforeAll(async () => {
  shared = await startServerProcess()
})
afterAll(async () => {
  await shared.stop()
})

async function create(s: ServerProcess, title = 'Werkgroep Centrum Oosterhout'): Promise<CreatedSession> {
  const res = await fetch(`${s.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) })
  expect(res.status).toBe(201)
  return (await res.json()) as CreatedSession
}

function patch(s: ServerProcess, session: CreatedSession, body: unknown, token = session.facilitator, path = ''): Promise<Response> {
  return fetch(`${s.url}/api/sessions/${session.id}${path}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function sessionInfo(s: ServerProcess, token: string): Promise<SessionInfo> {
  const res = await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as SessionInfo
}

async function errorOf(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status)
  return ((await res.json()) as { error: string }).error
}

async function planJson(s: ServerProcess, session: CreatedSession): Promise<{ participants: string[] }> {
  const res = await fetch(`${s.url}/api/sessions/${session.id}/export?format=json`, { headers: { authorization: `Bearer ${session.facilitator}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as { participants: string[] }
}

/** A client that says who it is the way the board page does (name, colour, author id, organisation). */
async function person(s: ServerProcess, token: string, name: string, organisation?: string): Promise<YClient> {
  const c = client(s, token)
  c.provider.awareness.setLocalStateField('user', {
    name,
    color: '#336699',
    author: `author_${name.replace(/\W/g, '')}`,
    ...(organisation === undefined ? {} : { organisation }),
  })
  await whenSynced(c)
  return c
}

const participantsOf = (c: YClient) => BoardDoc.of(c.doc).participants()

describe('PATCH /api/sessions/:id (the meeting)', () => {
  it('stores title, time, place and next meeting, shows them in GET /api/session, and keeps them through a crash', async () => {
    const s = await server()
    const session = await create(s)
    const body = {
      title: 'Werkgroep Centrum, 2e bijeenkomst',
      startsAt: '2026-12-01T19:30',
      place: 'Stadhuis, raadzaal',
      nextMeeting: { at: '2027-01-12T19:30', place: 'Bibliotheek' },
    }
    const res = await patch(s, session, body)
    expect(res.status).toBe(200)
    const meeting = { startsAt: '2026-12-01T19:30', place: 'Stadhuis, raadzaal', nextMeeting: { at: '2027-01-12T19:30', place: 'Bibliotheek' } }
    expect(await res.json()).toEqual({ id: session.id, title: body.title, meeting })
    // Every role reads it (participants may see time and place).
    for (const token of [session.facilitator, session.join, session.view]) {
      const info = await sessionInfo(s, token)
      expect(info.title).toBe(body.title)
      expect(info.meeting).toEqual(meeting)
    }
    // Stored before the answer: a kill -9 right after it loses nothing.
    await s.kill9()
    const again = await server({ dataDir: s.dataDir })
    expect((await sessionInfo(again, session.join)).meeting).toEqual(meeting)
    // Null clears a field; the others stay. A day without a time is a next meeting too.
    const cleared = await patch(again, session, { place: null, nextMeeting: { at: '2027-01-12' } })
    expect(await cleared.json()).toEqual({ id: session.id, title: body.title, meeting: { startsAt: '2026-12-01T19:30', nextMeeting: { at: '2027-01-12' } } })
    await patch(again, session, { startsAt: null, nextMeeting: null })
    expect((await sessionInfo(again, session.join)).meeting).toBeUndefined()
  })

  it('answers 400 naming every problem, for unknown fields and for an empty body', async () => {
    const s = shared
    const session = await create(s)
    const all = await errorOf(await patch(s, session, { title: '  ', startsAt: '2026-02-30T19:30', place: 'a\nb', nextMeeting: { at: '12-01-2027' } }), 400)
    for (const part of ['title must not be empty', 'startsAt must be', 'place must be one line', 'nextMeeting.at must be']) expect(all).toContain(part)
    expect(await errorOf(await patch(s, session, { place: 'Stadhuis', joinToken: 'mine' }), 400)).toContain('unknown field "joinToken"')
    expect(await errorOf(await patch(s, session, {}), 400)).toContain('nothing to change')
    expect(await errorOf(await patch(s, session, { startsAt: '2026-12-01 19:30' }), 400)).toContain('YYYY-MM-DDTHH:mm')
    expect(await errorOf(await patch(s, session, { place: 'x'.repeat(201) }), 400)).toContain('at most 200')
    expect(await errorOf(await patch(s, session, { title: 'x'.repeat(201) }), 400)).toContain('title must be at most 200')
    expect(await errorOf(await patch(s, session, '{"place":'), 400)).toContain('not valid JSON')
    // Nothing of it was stored.
    expect((await sessionInfo(s, session.join)).meeting).toBeUndefined()
    expect((await sessionInfo(s, session.join)).title).toBe('Werkgroep Centrum Oosterhout')
  })

  it('is the facilitator’s only: 403 for the join and view links and another session’s facilitator, 401 without a token, 404 for no session', async () => {
    const s = shared
    const session = await create(s)
    const other = await create(s, 'Andere sessie')
    const body = { place: 'Stadhuis' }
    expect(await errorOf(await patch(s, session, body, session.join), 403)).toContain('join link may not')
    expect(await errorOf(await patch(s, session, body, session.view), 403)).toContain('view link may not')
    await errorOf(await patch(s, session, body, other.facilitator), 403)
    await errorOf(await fetch(`${s.url}/api/sessions/${session.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' }), 401)
    await errorOf(await patch(s, { ...session, id: 'nosuchsession' }, body), 404)
    expect((await sessionInfo(s, session.join)).meeting).toBeUndefined()
    // DELETE still answers there; other methods are told which ones work.
    const get = await fetch(`${s.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${session.facilitator}` } })
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('DELETE, PATCH')
  })

  it('a follow-up takes over the next meeting agreed last time: its start and place; a day alone gives the place, no start', async () => {
    const s = shared
    const followUp = async (source: CreatedSession, title: string): Promise<SessionInfo> => {
      const res = await fetch(`${s.url}/api/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${source.facilitator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title, from: source.id }),
      })
      expect(res.status).toBe(201)
      return sessionInfo(s, ((await res.json()) as CreatedSession).facilitator)
    }
    const first = await create(s)
    expect(
      (await patch(s, first, { startsAt: '2026-12-01T19:30', place: 'Stadhuis, raadzaal', nextMeeting: { at: '2027-01-12T19:30', place: 'Bibliotheek' } }))
        .status,
    ).toBe(200)
    // This meeting's own place is not carried over: the next meeting's is.
    expect((await followUp(first, 'Werkgroep Centrum, 2')).meeting).toEqual({ startsAt: '2027-01-12T19:30', place: 'Bibliotheek' })

    const dayOnly = await create(s)
    expect((await patch(s, dayOnly, { nextMeeting: { at: '2027-02-23', place: 'Wijkcentrum De Bron' } })).status).toBe(200)
    expect((await followUp(dayOnly, 'Werkgroep Centrum, 3')).meeting).toEqual({ place: 'Wijkcentrum De Bron' })

    // No next meeting set: the follow-up starts without time or place (not the source's own).
    const none = await create(s)
    expect((await patch(s, none, { startsAt: '2026-12-01T19:30', place: 'Stadhuis' })).status).toBe(200)
    expect((await followUp(none, 'Werkgroep Centrum, 4')).meeting).toBeUndefined()
  })
})

describe('decisions on the board', () => {
  it('a participant marks a note as a decision through the board, as an action is marked; the others see it', async () => {
    const s = shared
    const session = await create(s)
    const participant = await person(s, session.join, 'Anna')
    const facilitator = await person(s, session.facilitator, 'Fatima')
    const board = BoardDoc.of(participant.doc)
    board.apply({ put: [note('shape:markt', 'Markt op zaterdag')] })
    await eventually(() => expect(BoardDoc.of(facilitator.doc).get('shape:markt')).toBeDefined())
    board.apply({ put: [toggleDecisionMark(board.get('shape:markt')!)] })
    // A later note from the same participant: once it is there, the mark before it was judged too.
    board.apply({ put: [note('shape:probe', 'Na het besluit', { x: 400, y: 0 })] })
    await eventually(() => expect(BoardDoc.of(facilitator.doc).get('shape:probe')).toBeDefined())
    const seen = BoardDoc.of(facilitator.doc).get('shape:markt') as BoardRecord
    expect(isMarkedDecision(seen)).toBe(true)
    expect(participant.provider.wsconnected).toBe(true)
    // And unmarked again.
    board.apply({ put: [toggleDecisionMark(board.get('shape:markt')!)] })
    await eventually(() => expect(isMarkedDecision(BoardDoc.of(facilitator.doc).get('shape:markt')!)).toBe(false))
  })
})

describe('who took part', () => {
  it('records the organisation given with the name, one line and bounded, and a change of it', async () => {
    const s = shared
    const session = await create(s)
    const facilitator = await person(s, session.facilitator, 'Fatima', 'Gemeente')
    const anna = await person(s, session.join, 'Anna de Vries', ' Ondernemer\n bakkerij ')
    await eventually(() => {
      const byName = new Map(participantsOf(facilitator).map((p) => [p.name, p]))
      expect(byName.get('Anna de Vries')).toMatchObject({ role: 'join', organisation: 'Ondernemer bakkerij' })
      expect(byName.get('Fatima')).toMatchObject({ role: 'facilitator', organisation: 'Gemeente' })
    })
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna de Vries', color: '#336699', author: 'author_Annade', organisation: 'bewoner' })
    await eventually(() => expect(participantsOf(facilitator).find((p) => p.name === 'Anna de Vries')?.organisation).toBe('bewoner'))
  })

  it('the facilitator marks a name as not a participant and takes the mark away; the action plan follows', async () => {
    const s = shared
    const session = await create(s)
    const facilitator = await person(s, session.facilitator, 'Fatima')
    await person(s, session.join, 'Test')
    await person(s, session.join, 'Anna')
    await eventually(() => expect(participantsOf(facilitator)).toHaveLength(3))
    expect((await planJson(s, session)).participants.sort()).toEqual(['Anna', 'Fatima', 'Test'])

    const res = await patch(s, session, { excluded: true }, session.facilitator, '/participants/test')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ name: 'Test', role: 'join', excluded: true })
    await eventually(() => expect(participantsOf(facilitator).find((p) => p.name === 'Test')?.excluded).toBe(true))
    expect((await planJson(s, session)).participants.sort()).toEqual(['Anna', 'Fatima'])

    // Names with spaces and accents travel encoded.
    await errorOf(await patch(s, session, { excluded: true }, session.facilitator, `/participants/${encodeURIComponent('José Nobody')}`), 404)
    expect(await errorOf(await patch(s, session, { excluded: 'yes' }, session.facilitator, '/participants/Anna'), 400)).toContain(
      'excluded must be true or false',
    )
    expect(await errorOf(await patch(s, session, { excluded: true, name: 'x' }, session.facilitator, '/participants/Anna'), 400)).toContain(
      'unknown field "name"',
    )
    await errorOf(await patch(s, session, { excluded: true }, session.join, '/participants/Anna'), 403)
    await errorOf(await patch(s, session, { excluded: true }, session.view, '/participants/Anna'), 403)

    const undo = await patch(s, session, { excluded: false }, session.facilitator, '/participants/Test')
    expect(await undo.json()).not.toHaveProperty('excluded')
    await eventually(() => expect(participantsOf(facilitator).find((p) => p.name === 'Test')).not.toHaveProperty('excluded'))
    expect((await planJson(s, session)).participants.sort()).toEqual(['Anna', 'Fatima', 'Test'])
  })
})
