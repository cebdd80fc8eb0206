// Integration: nothing is lost to one person. A participant's client deletes every note and a cluster
// and leaves; the facilitator finds them in the trash under the participant's name and puts them back
// for everyone; the board goes back to a history point and forward again; all of it survives a restart.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DeletedItemJson, HistoryPointJson } from '../shared/api/history.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc, type BoardRecord } from '../shared/board/index.ts'
import { note, readBoard } from './testing/board.ts'
import { perTestServers } from './testing/perTest.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

const { server, client } = perTestServers()
let current: ServerProcess
const { create, call, json, areas } = sessionApi(() => current.url)
// Points every 150 ms in which something changed: the test waits for them instead of minutes.
const HISTORY_ENV = { HISTORY_INTERVAL_MS: '150' }

async function synced(token: string): Promise<YClient> {
  const c = client(current, token)
  await whenSynced(c)
  return c
}

const deleted = async (session: CreatedSession) => (await json<{ items: DeletedItemJson[] }>(call(session, 'deleted', session.facilitator))).items
const points = async (session: CreatedSession) => (await json<{ points: HistoryPointJson[] }>(call(session, 'history', session.facilitator))).points
const sortedRecords = (c: YClient): BoardRecord[] =>
  BoardDoc.of(c.doc)
    .all()
    .sort((a, b) => a.id.localeCompare(b.id))
const shapes = (records: readonly BoardRecord[], type: string) => records.filter((r) => r.typeName === 'shape' && r.type === type)
const clusters = (records: readonly BoardRecord[]) => shapes(records, 'sb-area').filter((r) => (r.props as { kind: string }).kind === 'cluster')

/** A brainstorm with three notes in its ideas area, and a point in history that holds them. */
async function brainstormWithNotes(): Promise<{ session: CreatedSession; notes: string[] }> {
  const session = await create(['brainstorm'])
  const area = (await areas(session)).find((a) => a.kind === 'ideas')!.id
  const notes: string[] = []
  for (const text of ['Meer bankjes', 'Bomen planten', 'Markt op zaterdag']) {
    notes.push((await json<{ id: string }>(call(session, 'notes', session.facilitator, { text, area }), 201)).id)
  }
  await eventually(async () => expect((await points(session)).at(-1)?.notes).toBe(3))
  return { session, notes }
}

/** Anna's client deletes every note and the first cluster in one change, then closes. */
async function annaWipes(session: CreatedSession): Promise<{ gone: string[] }> {
  const anna = await synced(session.join)
  anna.provider.awareness.setLocalStateField('user', { name: 'Anna de Vries', color: '#e03131', role: 'join', author: 'browser-anna' })
  const board = BoardDoc.of(anna.doc)
  const gone = [...shapes(board.all(), 'note'), clusters(board.all())[0]!].map((r) => r.id)
  board.apply({ remove: gone })
  await eventually(async () => expect((await deleted(session)).length).toBe(gone.length))
  anna.destroy()
  return { gone }
}

describe('trash and history', () => {
  it('a participant wipes the board and leaves: the trash lists it under their name, restores it for everyone, refuses unknown ids whole', async () => {
    current = await server({ env: HISTORY_ENV })
    const { session, notes } = await brainstormWithNotes()
    const before = await readBoard(current, session.view)
    const { gone } = await annaWipes(session)

    const items = await deleted(session)
    expect(items.map((i) => i.id).sort()).toEqual([...gone].sort())
    expect(new Set(items.map((i) => i.deletion)).size).toBe(1)
    for (const item of items) expect(item).toMatchObject({ deletedBy: 'Anna de Vries', deletedByRole: 'join' })
    expect(
      items
        .filter((i) => i.kind === 'note')
        .map((i) => i.text)
        .sort(),
    ).toEqual(['Bomen planten', 'Markt op zaterdag', 'Meer bankjes'])
    expect(items.filter((i) => i.kind === 'note').every((i) => i.area === 'Ideeën')).toBe(true)
    expect(items.filter((i) => i.kind === 'cluster')).toHaveLength(1)
    expect(Number.isNaN(Date.parse(items[0]!.deletedAt))).toBe(false)

    const watcher = await synced(session.view)
    expect(shapes(sortedRecords(watcher), 'note')).toHaveLength(0)

    // One unknown id: 400, and nothing at all comes back.
    const refused = await call(session, 'deleted/restore', session.facilitator, { ids: [notes[0], 'shape:bestaat-niet'] })
    expect(refused.status).toBe(400)
    expect(shapes(await readBoard(current, session.view), 'note')).toHaveLength(0)
    expect(await deleted(session)).toHaveLength(gone.length)

    // One note on its own, then the rest of the deletion at once.
    expect(await json(call(session, 'deleted/restore', session.facilitator, { ids: [notes[0]] }))).toEqual({ restored: 1 })
    await eventually(() => expect(shapes(sortedRecords(watcher), 'note').map((r) => r.id)).toEqual([notes[0]]))
    const rest = (await deleted(session)).map((i) => i.id)
    expect(rest).toHaveLength(gone.length - 1)
    expect(await json(call(session, 'deleted/restore', session.facilitator, { ids: rest }))).toEqual({ restored: rest.length })
    await eventually(() => expect(sortedRecords(watcher)).toEqual(before))
    expect(await deleted(session)).toEqual([])
  })

  it('restoring a cluster brings back what was deleted inside it', async () => {
    current = await server({ env: HISTORY_ENV })
    const session = await create(['brainstorm'])
    const cluster = (await areas(session)).find((a) => a.kind === 'cluster')!.id
    const inside = (await json<{ id: string }>(call(session, 'notes', session.facilitator, { text: 'Groen', area: cluster }), 201)).id
    const writer = await synced(session.join)
    BoardDoc.of(writer.doc).apply({ remove: [cluster, inside] })
    await eventually(async () => expect(await deleted(session)).toHaveLength(2))
    expect((await deleted(session)).find((i) => i.id === inside)).toMatchObject({ parent: cluster, areaId: cluster })
    expect(await json(call(session, 'deleted/restore', session.facilitator, { ids: [cluster] }))).toEqual({ restored: 2 })
    await eventually(() => expect(BoardDoc.of(writer.doc).get(inside)).toBeDefined())
    expect(BoardDoc.of(writer.doc).get(cluster)).toBeDefined()
  })

  it('the board goes back to a history point for every client, as a change that can itself be undone', async () => {
    current = await server({ env: HISTORY_ENV })
    const { session, notes } = await brainstormWithNotes()
    const withThree = await readBoard(current, session.view)
    const pointOfThree = (await points(session)).at(-1)!
    expect(pointOfThree).toMatchObject({ notes: 3 })
    expect(pointOfThree.areas).toBeGreaterThan(0)

    await annaWipes(session)
    await eventually(async () => expect((await points(session)).at(-1)?.notes).toBe(0))
    // Later work: a new note and a moved one.
    const bert = await synced(session.join)
    const board = BoardDoc.of(bert.doc)
    expect(await json(call(session, 'deleted/restore', session.facilitator, { ids: (await deleted(session)).map((i) => i.id) }))).toMatchObject({ restored: 4 })
    await eventually(() => expect(board.get(notes[0]!)).toBeDefined())
    board.apply({ put: [note('shape:later', 'Later bedacht', { x: 40, y: 40 }), { ...board.get(notes[1]!)!, x: 9999 }] })
    await eventually(async () => expect((await readBoard(current, session.view)).find((r) => r.id === 'shape:later')).toBeDefined())
    const afterWork = await readBoard(current, session.view)

    const watcher = await synced(session.view)
    const restored = await json<{ at: string; put: number; removed: number }>(call(session, 'restore', session.facilitator, { at: pointOfThree.at }))
    expect(restored).toMatchObject({ at: pointOfThree.at, removed: 1 })
    await eventually(() => expect(sortedRecords(watcher)).toEqual(withThree))
    await eventually(() => expect(sortedRecords(bert)).toEqual(withThree))
    // What the restore removed is in the trash, put there by the facilitator.
    expect((await deleted(session)).find((i) => i.id === 'shape:later')).toMatchObject({ deletedBy: null, deletedByRole: 'facilitator' })

    // A point of the board right before the restore: restoring it undoes the restore.
    const undo = (await points(session)).filter((p) => p.at > pointOfThree.at).find((p) => p.notes === 4)!
    expect(undo).toBeDefined()
    await json(call(session, 'restore', session.facilitator, { at: undo.at }))
    await eventually(() => expect(sortedRecords(watcher)).toEqual(afterWork))

    expect((await call(session, 'restore', session.facilitator, { at: '2001-01-01T00:00:00.000Z' })).status).toBe(400)
    expect((await call(session, 'restore', session.facilitator, { at: 'gisteren' })).status).toBe(400)
    expect((await call(session, 'restore', session.facilitator, {})).status).toBe(400)
  })

  it('join and view links get 403 on all four routes', async () => {
    current = await server({ env: HISTORY_ENV })
    const { session } = await brainstormWithNotes()
    for (const token of [session.join, session.view]) {
      expect((await call(session, 'deleted', token)).status).toBe(403)
      expect((await call(session, 'deleted/restore', token, { ids: ['shape:x'] })).status).toBe(403)
      expect((await call(session, 'history', token)).status).toBe(403)
      expect((await call(session, 'restore', token, { at: new Date().toISOString() })).status).toBe(403)
    }
  })

  it('the trash and the points survive a restart, and go with the session', async () => {
    const dataDir = tempDataDir('samenbord-history-')
    current = await server({ dataDir, env: HISTORY_ENV })
    const { session } = await brainstormWithNotes()
    await annaWipes(session)
    await eventually(async () => expect((await points(session)).at(-1)?.notes).toBe(0))
    const trashBefore = await deleted(session)
    const pointsBefore = await points(session)
    await current.stop()

    current = await server({ dataDir, env: HISTORY_ENV })
    expect(await deleted(session)).toEqual(trashBefore)
    expect(await points(session)).toEqual(pointsBefore)
    // Still restorable after the restart.
    expect(await json(call(session, 'restore', session.facilitator, { at: pointsBefore.find((p) => p.notes === 3)!.at }))).toMatchObject({ put: 4 })
    await eventually(async () => expect(shapes(await readBoard(current, session.view), 'note')).toHaveLength(3))

    const removed = await fetch(`${current.url}/api/sessions/${session.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${session.facilitator}` } })
    expect(removed.status).toBeLessThan(300)
    expect(fs.existsSync(`${dataDir}/history/${session.id}`)).toBe(false)
    expect(fs.readdirSync(`${dataDir}/trash`).filter((f) => f.startsWith(session.id))).toEqual([])
  })
})
