// Integration: dot votes bound to a person on the real server, probed as a hostile participant would —
// invented voters and identities, taking back someone else's dot, reading a hidden tally with a raw
// Yjs client, the view link and /outcomes — and kept on disk through kill -9, gone with the session.
import fs from 'node:fs'
import path from 'node:path'
import { nanoid } from 'nanoid'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { DotAnswer } from '../shared/api/facilitation.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { readControl, votesMap, type VoteState } from '../shared/facilitation/index.ts'
import { participantApi } from './testing/participantApi.ts'
import { perTestServers } from './testing/perTest.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

const { server, client } = perTestServers()
let current: ServerProcess
const { create, call, json, areas } = sessionApi(() => current.url)
const { mint, identity, dots } = participantApi(() => current.url)

async function boardWithNotes(texts: string[]): Promise<{ session: CreatedSession; area: string; notes: string[] }> {
  const session = await create(['brainstorm'])
  const area = (await areas(session)).find((a) => a.kind === 'ideas')!.id
  const notes: string[] = []
  for (const text of texts) notes.push((await json<{ id: string }>(call(session, 'notes', session.join, { text, area }), 201)).id)
  return { session, area, notes }
}

function startVote(session: CreatedSession, body: Record<string, unknown>): Promise<{ vote: VoteState }> {
  return json(call(session, 'vote', session.facilitator, { do: 'start', ...body }))
}

async function errorOf(res: Promise<Response>, status: number): Promise<string> {
  return (await json<{ error: string }>(res, status)).error
}

/** Every item's votes in /outcomes, by note id. */
async function outcomeVotes(session: CreatedSession, token: string): Promise<Map<string, number>> {
  const outcomes = await json<{ templates: Array<{ areas: Array<{ items: Array<{ id: string; votes: number }> }> }> }>(call(session, 'outcomes', token))
  return new Map(outcomes.templates.flatMap((t) => t.areas.flatMap((a) => a.items.map((item) => [item.id, item.votes] as const))))
}

const tempDataDirFor = (name: string) => tempDataDir(`samenbord-${name}-`)

const sum = (values: Iterable<number>) => Array.from(values).reduce((a, b) => a + b, 0)

async function synced(s: ServerProcess, token: string): Promise<YClient> {
  const c = client(s, token)
  await whenSynced(c)
  return c
}

/** Every change to the votes map this client ever received, from now on. */
function watchVotes(c: YClient): Array<Record<string, unknown>> {
  const seen: Array<Record<string, unknown>> = []
  votesMap(c.doc).observe(() => seen.push(votesMap(c.doc).toJSON()))
  return seen
}

describe('votes bound to a person', () => {
  it('lets 25 invented voters place nothing: body voter ids and invented secrets are refused, and minting stops at the per-address bound', async () => {
    current = await server({ env: { MAX_IDENTITIES_PER_ADDRESS: '3' } })
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen', 'Fietsenstalling', 'Markt', 'Speeltuin'])
    await startVote(session, { dots: 2, area, tally: 'hidden' })
    const real = await identity(session, session.join)

    // The old attack: one join token, a new voter id in the body each time.
    for (let i = 0; i < 25; i++) {
      const error = await errorOf(dots(session, session.join, real.secret, { note: notes[i % notes.length], voter: `invented-${i}`, delta: 1 }), 400)
      expect(error).toMatch(/x-samenbord-participant/)
    }
    // Invented secrets, and no secret at all.
    for (let i = 0; i < 25; i++) {
      expect(await errorOf(dots(session, session.join, nanoid(32), { note: notes[i % notes.length], delta: 1 }), 401)).toMatch(/unknown participant/)
    }
    expect(await errorOf(dots(session, session.join, null, { note: notes[0], delta: 1 }), 401)).toMatch(/missing x-samenbord-participant/)
    expect(await errorOf(dots(session, session.view, real.secret, { note: notes[0], delta: 1 }), 403)).toMatch(/view/)
    // A secret of another session is unknown here.
    const other = await boardWithNotes(['Elders'])
    const foreign = await identity(other.session, other.session.join)
    expect((await dots(session, session.join, foreign.secret, { note: notes[0], delta: 1 })).status).toBe(401)

    // Minting 25 identities from this address: the bound (3, one already used) holds.
    const minted = await Promise.all(Array.from({ length: 25 }, () => mint(session, session.join)))
    expect(minted.filter((r) => r.status === 201)).toHaveLength(2)
    expect(minted.filter((r) => r.status === 429)).toHaveLength(23)
    const people = [real, ...(await Promise.all(minted.filter((r) => r.status === 201).map((r) => r.json() as Promise<{ id: string; secret: string }>)))]

    // Every person tries every note at once: two dots each, no more.
    const answers = await Promise.all(people.flatMap((p) => notes.map((note) => dots(session, session.join, p.secret, { note, delta: 1 }))))
    expect(answers.filter((r) => r.status === 200)).toHaveLength(people.length * 2)
    expect(answers.filter((r) => r.status === 409)).toHaveLength(people.length * (notes.length - 2))
    for (const p of people) expect(await json<DotAnswer>(dots(session, session.join, p.secret))).toMatchObject({ left: 0 })

    await json(call(session, 'vote', session.facilitator, { do: 'reveal' }))
    expect(sum((await outcomeVotes(session, session.view)).values())).toBe(6)
    expect((await json<{ vote: VoteState }>(call(session, 'control', session.view))).vote.voters).toBe(3)
  })

  it("lets nobody take back another person's dot", async () => {
    current = await server()
    const { session, notes } = await boardWithNotes(['Gevelfonds', 'Sfeerverlichting'])
    await startVote(session, { dots: 1, notes, tally: 'live' })
    const [anna, bert] = [await identity(session, session.join), await identity(session, session.facilitator)]
    const placed = await json<DotAnswer>(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    expect(placed.mine).toEqual({ [notes[0]!]: 1 })
    expect(placed.left).toBe(0)

    expect(await errorOf(dots(session, session.facilitator, bert.secret, { note: notes[0], delta: -1 }), 409)).toMatch(/you have no dot on this note/)
    expect(await json<DotAnswer>(dots(session, session.facilitator, bert.secret))).toMatchObject({ mine: {}, left: 1 })
    expect((await outcomeVotes(session, session.view)).get(notes[0]!)).toBe(1)
    // Anna's own: taken back.
    expect(await json<DotAnswer>(dots(session, session.join, anna.secret, { note: notes[0], delta: -1 }))).toMatchObject({ mine: {}, left: 1 })
    expect((await outcomeVotes(session, session.view)).get(notes[0]!)).toBe(0)
  })

  it('keeps a hidden tally off every client and off /outcomes until the reveal, then gives everyone the totals at once', async () => {
    current = await server()
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen', 'Markt'])
    await startVote(session, { dots: 3, area, tally: 'hidden' })
    const [anna, bert] = [await identity(session, session.join), await identity(session, session.join)]
    const bertsClient = await synced(current, session.join)
    const projector = await synced(current, session.view)
    const seen = [watchVotes(bertsClient), watchVotes(projector)]

    await json(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    await json(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    await json(dots(session, session.join, anna.secret, { note: notes[1], delta: 1 }))
    await json(dots(session, session.join, bert.secret, { note: notes[1], delta: 1 }))
    // The barrier: the count of voters is written with the dots; once both clients hold it, any
    // per-note count would have reached them too.
    for (const c of [bertsClient, projector]) await eventually(() => expect(readControl(c.doc).vote?.voters).toBe(2))
    for (const c of [bertsClient, projector]) {
      expect(votesMap(c.doc).size).toBe(0)
      const everything = JSON.stringify({ doc: c.doc.toJSON(), update: Buffer.from(Y.encodeStateAsUpdate(c.doc)).toString('latin1') })
      for (const id of [anna.id, bert.id]) expect(everything).not.toContain(id)
    }
    expect(seen).toEqual([[], []])
    for (const token of [session.view, session.join, session.facilitator]) expect(sum((await outcomeVotes(session, token)).values())).toBe(0)
    const actions = await json<{ actions: Array<{ votes: number }> }>(call(session, 'actions', session.view))
    expect(actions.actions.every((a) => a.votes === 0)).toBe(true)
    // Each person gets their own dots, and only those.
    expect(await json<DotAnswer>(dots(session, session.join, bert.secret))).toEqual({ vote: expect.any(String), mine: { [notes[1]!]: 1 }, left: 2 })

    await json(call(session, 'vote', session.facilitator, { do: 'reveal' }))
    const totals = { [notes[0]!]: 2, [notes[1]!]: 2 }
    for (const c of [bertsClient, projector]) await eventually(() => expect(votesMap(c.doc).toJSON()).toEqual(totals))
    // All at once: one change carried every total.
    expect(seen.map((changes) => changes.length)).toEqual([1, 1])
    expect(Object.fromEntries(await outcomeVotes(session, session.view))).toMatchObject(totals)
  })

  it('shows totals live as dots change when the tally is live, and a reset takes them off', async () => {
    current = await server()
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen'])
    await startVote(session, { dots: 2, area, tally: 'live' })
    const anna = await identity(session, session.join)
    const projector = await synced(current, session.view)
    await json(dots(session, session.join, anna.secret, { note: notes[1], delta: 1 }))
    await eventually(() => expect(votesMap(projector.doc).toJSON()).toEqual({ [notes[1]!]: 1 }))
    await json(dots(session, session.join, anna.secret, { note: notes[1], delta: 1 }))
    await eventually(() => expect(votesMap(projector.doc).toJSON()).toEqual({ [notes[1]!]: 2 }))
    expect((await outcomeVotes(session, session.view)).get(notes[1]!)).toBe(2)
    await json(call(session, 'vote', session.facilitator, { do: 'close' }))
    expect(await errorOf(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }), 409)).toMatch(/no vote is open/)
    await json(call(session, 'vote', session.facilitator, { do: 'reopen' }))
    expect((await json<{ vote: null }>(call(session, 'vote', session.facilitator, { do: 'reset' }))).vote).toBeNull()
    await eventually(() => expect(votesMap(projector.doc).size).toBe(0))
    expect(await json<DotAnswer>(dots(session, session.join, anna.secret))).toEqual({ vote: null, mine: {}, left: 0 })
  })

  it("keeps each person's dots through kill -9 and a restart, and deletes them with the session", async () => {
    const first = await server()
    current = first
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen'])
    await startVote(session, { dots: 2, area, tally: 'hidden' })
    const anna = await identity(session, session.join)
    const bert = await identity(session, session.join)
    await json(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    await first.kill9()

    current = await server({ dataDir: first.dataDir })
    expect(await json<DotAnswer>(dots(session, session.join, anna.secret))).toMatchObject({ mine: { [notes[0]!]: 1 }, left: 1 })
    expect(await json<DotAnswer>(dots(session, session.join, bert.secret))).toMatchObject({ mine: {}, left: 2 })
    await json(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    expect(await errorOf(dots(session, session.join, anna.secret, { note: notes[1], delta: 1 }), 409)).toMatch(/no dots left/)
    await json(call(session, 'vote', session.facilitator, { do: 'reveal' }))
    expect((await outcomeVotes(session, session.view)).get(notes[0]!)).toBe(2)

    const ballots = path.join(first.dataDir, 'ballots')
    expect(fs.readdirSync(ballots).some((name) => name.startsWith(session.id))).toBe(true)
    expect(
      (await fetch(`${current.url}/api/sessions/${session.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${session.facilitator}` } })).status,
    ).toBe(204)
    expect(fs.readdirSync(ballots).filter((name) => name.startsWith(session.id))).toEqual([])
  })

  it('holds every budget when dots race into a restarted server on slow storage, whose ballots are not in memory yet', async () => {
    // Every load and write takes 15 ms, as across a network: a check-then-write that is not one turn would interleave.
    const faults = path.join(tempDataDirFor('slow'), 'storage-faults')
    fs.writeFileSync(faults, 'delay 15\n')
    const first = await server({ faultFile: faults })
    current = first
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen', 'Fietsenstalling', 'Markt', 'Speeltuin', 'Bibliotheek'])
    await startVote(session, { dots: 1, area, tally: 'live' })
    const people = [await identity(session, session.join), await identity(session, session.join), await identity(session, session.join)]
    await first.stop()
    current = await server({ dataDir: first.dataDir, faultFile: faults })

    // Every person places a dot on every note at once, each placement loading or checking the ballots while others are stored.
    const answers = await Promise.all(people.flatMap((p) => notes.map((note) => dots(session, session.join, p.secret, { note, delta: 1 }))))
    expect(answers.filter((r) => r.status === 200)).toHaveLength(people.length)
    expect(answers.filter((r) => r.status === 409)).toHaveLength(people.length * (notes.length - 1))
    for (const p of people) expect(await json<DotAnswer>(dots(session, session.join, p.secret))).toMatchObject({ left: 0 })
    expect(sum((await outcomeVotes(session, session.view)).values())).toBe(people.length)
  })

  it('answers 503 and keeps nothing when the disk refuses a dot, and takes dots again once it works', async () => {
    const faults = path.join(tempDataDirFor('faults'), 'faulty-sessions')
    current = await server({ faultFile: faults })
    const { session, area, notes } = await boardWithNotes(['Bankjes'])
    await startVote(session, { dots: 2, area, tally: 'live' })
    const anna = await identity(session, session.join)
    await json(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))
    fs.writeFileSync(faults, `${session.id}\n`)
    expect(await errorOf(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }), 503)).toMatch(/cannot store dots/)
    expect(await json<DotAnswer>(dots(session, session.join, anna.secret))).toMatchObject({ mine: { [notes[0]!]: 1 }, left: 1 })
    expect((await outcomeVotes(session, session.view)).get(notes[0]!)).toBe(1)
    fs.writeFileSync(faults, '')
    expect(await json<DotAnswer>(dots(session, session.join, anna.secret, { note: notes[0], delta: 1 }))).toMatchObject({ mine: { [notes[0]!]: 2 }, left: 0 })
    expect((await outcomeVotes(session, session.view)).get(notes[0]!)).toBe(2)
  })

  it('opens an older board whose votes name their voters: read as totals, voter ids gone from the document once voting resumes', async () => {
    current = await server()
    const { session, area, notes } = await boardWithNotes(['Bankjes', 'Bomen'])
    const backup = (await json<{ doc: string }>(call(session, 'backup', session.facilitator))) as Record<string, unknown> & { doc: string }
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Buffer.from(backup.doc, 'base64'))
    votesMap(doc).set(notes[0]!, { 'browser-anna-0001': 2, 'browser-bert-0002': 1 })
    const imported = await fetch(`${current.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...backup, doc: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') }),
    })
    expect(imported.status).toBe(201)
    const old = (await imported.json()) as CreatedSession
    expect((await outcomeVotes(old, old.view)).get(notes[0]!)).toBe(3)

    const projector = await synced(current, old.view)
    await startVote(old, { dots: 1, area, tally: 'hidden' })
    // Hidden now: the older entry (with its voter ids) leaves the document.
    await eventually(() => expect(votesMap(projector.doc).size).toBe(0))
    const anna = await identity(old, old.join)
    await json(dots(old, old.join, anna.secret, { note: notes[0], delta: 1 }))
    // The older dots belong to nobody: they cannot be taken back.
    await json(dots(old, old.join, anna.secret, { note: notes[0], delta: -1 }))
    expect(await errorOf(dots(old, old.join, anna.secret, { note: notes[0], delta: -1 }), 409)).toMatch(/no dot/)
    await json(dots(old, old.join, anna.secret, { note: notes[1], delta: 1 }))
    await json(call(old, 'vote', old.facilitator, { do: 'close' }))
    await eventually(() => expect(votesMap(projector.doc).toJSON()).toEqual({ [notes[0]!]: 3, [notes[1]!]: 1 }))
    expect(JSON.stringify(projector.doc.toJSON())).not.toContain('browser-anna')
  })
})
