// Integration: votes over what people mean. A vote over the whole brainstorm keeps counting an idea
// after someone drags it from "Ideeën" into a cluster (its dots stay, new dots are taken); a vote over
// one template covers every area of it (both lanes of the ladder) and nothing outside; an area id as
// before still works. Bad scopes answer 400 and start nothing.
import { describe, expect, it } from 'vitest'
import type { DotAnswer } from '../shared/api/facilitation.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { readControl, type VoteState } from '../shared/facilitation/index.ts'
import { fileServer } from './testing/perTest.ts'
import { participantApi } from './testing/participantApi.ts'
import { sessionApi, type AreaJson } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced } from './testing/yClient.ts'

const s = fileServer()
const { create, call, json, areas, postNotes } = sessionApi(() => s.url)
const { identity, dots } = participantApi(() => s.url)

const start = (session: CreatedSession, body: object) => call(session, 'vote', session.facilitator, { do: 'start', dots: 3, tally: 'live', ...body })
const errorOf = async (res: Promise<Response>) => (await json<{ error: string }>(res, 400)).error
const find = (list: AreaJson[], pred: (a: AreaJson) => boolean) => list.find(pred)!

/** Drags a note into another area, as a participant's canvas does: a new x/y on the same page. */
async function dragInto(session: CreatedSession, noteId: string, areaId: string): Promise<void> {
  const client = connectClient(s.wsUrl, session.join)
  try {
    await whenSynced(client)
    const board = BoardDoc.of(client.doc)
    const target = board.get(areaId)!
    board.apply({ put: [{ ...board.get(noteId)!, x: (target.x as number) + 40, y: (target.y as number) + 80 }] })
    // Arrived: the outcomes list it in the target area.
    await eventually(async () => {
      const outcomes = await json<{ templates: Array<{ areas: Array<{ id: string; items: Array<{ id: string }> }> }> }>(call(session, 'outcomes', session.view))
      const where = outcomes.templates.flatMap((t) => t.areas).find((a) => a.items.some((item) => item.id === noteId))
      expect(where?.id).toBe(areaId)
    })
  } finally {
    client.destroy()
  }
}

describe('vote scopes', () => {
  it('a vote over the whole brainstorm counts an idea moved into a cluster; an "Ideeën" vote does not', async () => {
    const session = await create(['brainstorm', 'participation-ladder'])
    const list = await areas(session)
    const ideas = find(list, (a) => a.kind === 'ideas')
    const cluster = find(list, (a) => a.kind === 'cluster')
    expect(ideas.instance).toBe(cluster.instance)
    const [a, b, c] = await postNotes(session, ideas.id, ['Bankjes op het plein', 'Boerenmarkt', 'Fietsenstalling'])
    const rung = find(list, (x) => x.kind === 'rung').id
    const [elsewhere] = await postNotes(session, rung, ['Bewonersraad'])

    const vote = (await json<{ vote: VoteState }>(start(session, { scope: { kind: 'brainstorm' } }))).vote
    expect(vote).toMatchObject({ areaId: null, noteIds: null, scope: { kind: 'brainstorm' } })
    const anna = await identity(session, session.join)
    expect((await json<DotAnswer>(dots(session, session.join, anna.secret, { note: a, delta: 1 }))).left).toBe(2)
    expect((await dots(session, session.join, anna.secret, { note: elsewhere, delta: 1 })).status).toBe(400)

    await dragInto(session, a!, cluster.id)
    await dragInto(session, b!, cluster.id)
    // Still in the vote: Anna's dot stays counted, and the moved notes take new dots.
    const after = await json<DotAnswer>(dots(session, session.join, anna.secret, { note: b, delta: 1 }))
    expect(after).toMatchObject({ mine: { [a!]: 1, [b!]: 1 }, left: 1 })
    expect((await dots(session, session.join, anna.secret, { note: c, delta: 1 })).status).toBe(200)
    const outcomes = await json<{ templates: Array<{ areas: Array<{ items: Array<{ id: string; votes: number }> }> }> }>(
      call(session, 'outcomes', session.view),
    )
    const votes = Object.fromEntries(outcomes.templates.flatMap((t) => t.areas.flatMap((x) => x.items)).map((item) => [item.id, item.votes]))
    expect(votes).toMatchObject({ [a!]: 1, [b!]: 1, [c!]: 1, [elsewhere!]: 0 })
    // Every screen reads the same scope from the board.
    const watcher = connectClient(s.wsUrl, session.view)
    try {
      await whenSynced(watcher)
      await eventually(() => expect(readControl(watcher.doc).vote?.scope).toEqual({ kind: 'brainstorm' }))
    } finally {
      watcher.destroy()
    }

    // The same move under an area vote on "Ideeën" (an area id as before): the moved note drops out.
    await json(call(session, 'vote', session.facilitator, { do: 'reset' }))
    expect((await json<{ vote: VoteState }>(start(session, { area: ideas.id }))).vote).toMatchObject({ areaId: ideas.id, noteIds: null })
    expect((await dots(session, session.join, anna.secret, { note: a, delta: 1 })).status).toBe(400)
    expect((await dots(session, session.join, anna.secret, { note: c, delta: 1 })).status).toBe(200)
  })

  it('a vote over one template covers every area of it (both lanes of the ladder) and nothing else', async () => {
    const session = await create(['brainstorm', 'participation-ladder'])
    const list = await areas(session)
    const now = find(list, (a) => a.kind === 'rung' && a.lane === 'now')
    const next = find(list, (a) => a.kind === 'rung' && a.lane === 'next' && a.instance === now.instance)
    const [inNow] = await postNotes(session, now.id, ['Inwoners informeren'])
    const [inNext] = await postNotes(session, next.id, ['Meebeslissen over het plein'])
    const [idea] = await postNotes(session, find(list, (a) => a.kind === 'ideas').id, ['Boerenmarkt'])

    const vote = (await json<{ vote: VoteState }>(start(session, { scope: { kind: 'template', instance: now.instance } }))).vote
    expect(vote.scope).toEqual({ kind: 'template', instance: now.instance })
    const bob = await identity(session, session.join)
    expect((await dots(session, session.join, bob.secret, { note: inNow, delta: 1 })).status).toBe(200)
    expect((await dots(session, session.join, bob.secret, { note: inNext, delta: 1 })).status).toBe(200)
    expect((await dots(session, session.join, bob.secret, { note: idea, delta: 1 })).status).toBe(400)
  })

  it('refuses scopes that name nothing, or more than one target, with 400 and nothing started', async () => {
    const session = await create(['brainstorm', 'participation-ladder'])
    const list = await areas(session)
    const ladder = find(list, (a) => a.kind === 'rung').instance
    const ideas = find(list, (a) => a.kind === 'ideas')
    expect(await errorOf(start(session, { scope: { kind: 'template', instance: 'nope' } }))).toMatch(/no template on this board/)
    expect(await errorOf(start(session, { scope: { kind: 'brainstorm', instance: ladder } }))).toMatch(/not a brainstorm/)
    expect(await errorOf(start(session, { scope: { kind: 'template' } }))).toMatch(/scope/)
    expect(await errorOf(start(session, { scope: { kind: 'area', id: ideas.id } }))).toMatch(/scope must be/)
    expect(await errorOf(start(session, { scope: { kind: 'brainstorm', extra: 1 } }))).toMatch(/unknown field "extra"/)
    expect(await errorOf(start(session, { scope: { kind: 'brainstorm' }, area: ideas.id }))).toMatch(/either/)
    const empty = await create(['participation-ladder'])
    expect(await errorOf(start(empty, { scope: { kind: 'brainstorm' } }))).toMatch(/no brainstorm/)
    expect((await json<{ vote: VoteState | null }>(call(session, 'control', session.view))).vote).toBeNull()
    // A brainstorm named by its instance.
    expect((await json<{ vote: VoteState }>(start(session, { scope: { kind: 'brainstorm', instance: ideas.instance } }))).vote.scope).toEqual({
      kind: 'brainstorm',
      instance: ideas.instance,
    })
  })

  it('stamps a closed vote with the server time (screens hide its banner after a while); reopening clears it', async () => {
    const session = await create(['brainstorm'])
    await json(start(session, { scope: { kind: 'brainstorm' } }))
    const before = Date.now()
    const closed = (await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'close' }))).vote
    expect(closed.phase).toBe('closed')
    expect(closed.closedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(closed.closedAt).toBeLessThanOrEqual(Date.now() + 1000)
    const reopened = (await json<{ vote: VoteState }>(call(session, 'vote', session.facilitator, { do: 'reopen' }))).vote
    expect(reopened).toMatchObject({ phase: 'open', scope: { kind: 'brainstorm' } })
    expect(reopened.closedAt).toBeUndefined()
  })
})
