// Integration: `npm run migrate-to-postgres` moves a file installation into PostgreSQL. A real file
// server gets content in every store (boards, trash, ballots, a private document of a silent round,
// history points, participant identities, a working group's change log), is stopped, and the command
// runs as an operator runs it. PostgreSQL then holds the same records, documents and points, and the
// old tokens, join code and identity secrets resolve there; the source directory is unchanged. It
// refuses while the file server runs, into a database that holds sessions, and an unreachable one.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ParticipantIdentity } from '../shared/api/identity.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { listAreas } from '../shared/areas/index.ts'
import { BoardDoc, FIRST_PAGE_ID, noteRecord } from '../shared/board/index.ts'
import { readControl } from '../shared/facilitation/index.ts'
import { readConfig } from './config.ts'
import { createLogger } from './log.ts'
import type { DocStorage } from './storage/types.ts'
import { openStores, type Stores } from './stores.ts'
import { freshDatabase, type TestDatabase } from './testing/backends.ts'
import { readBoard } from './testing/board.ts'
import { participantApi } from './testing/participantApi.ts'
import { connectPrivateClient } from './testing/privateClient.ts'
import { startServerProcess, tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced, type YClient } from './testing/yClient.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = process.env.SAMENBORD_TEST_SERVER === 'built'
const COMMAND = built ? ['dist/server/cli/migrateToPostgres.js'] : ['--import', 'tsx', 'server/cli/migrateToPostgres.ts']

/** The command as an operator runs it: its exit status and what it printed. */
function migrate(dataDir: string, databaseUrl: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, COMMAND, {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Every file below `dir` with a hash of its content: what "unchanged" is checked against. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return files
}

async function docOf(storage: DocStorage, key: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of (await storage.load(key)).updates) Y.applyUpdate(doc, update)
  storage.release(key)
  return doc
}

const dataDir = tempDataDir('samenbord-migrate-')
let server: ServerProcess
let database: TestDatabase
const clients: YClient[] = []
const api = sessionApi(() => server.url)
const people = participantApi(() => server.url)
let m1: CreatedSession
let m2: CreatedSession
let anna: ParticipantIdentity
let bram: ParticipantIdentity
const privateText = 'Stille gedachte van Bram'

beforeAll(async () => {
  database = await freshDatabase()
  server = await startServerProcess({ dataDir, env: { HISTORY_INTERVAL_MS: '150' } })
  const open = (token: string, c = connectClient(server.wsUrl, token)) => {
    clients.push(c)
    return c
  }

  // Meeting 1: actions on the board, one of them deleted (trash), a dot from Anna (ballots), a history point.
  m1 = await api.create(['vision'], 'Werkgroep Centrum, 1')
  const [lampen, flyer, weg] = await api.postNotes(m1, await api.areaOf(m1, 'actions'), ['Lampen ophangen', 'Flyer maken', 'Weg ermee'])
  anna = await people.identity(m1, m1.join)
  await api.json(api.call(m1, 'vote', m1.facilitator, { do: 'start', dots: 2, notes: [lampen, flyer], tally: 'live' }))
  await api.json(people.dots(m1, m1.join, anna.secret, { note: lampen, delta: 1 }))
  const board = open(m1.join)
  await whenSynced(board)
  BoardDoc.of(board.doc).apply({ remove: [weg!] })
  await eventually(async () => expect((await api.json<{ items: unknown[] }>(api.call(m1, 'deleted', m1.facilitator))).items).toHaveLength(1))
  await eventually(async () => expect((await api.json<{ points: unknown[] }>(api.call(m1, 'history', m1.facilitator))).points.length).toBeGreaterThan(0))
  // Between meetings: Karim reports from the actieoverzicht (the working group's change log).
  const view = await api.json<{ actions: Array<{ id: string; text: string }> }>(api.call(m1, 'series', m1.join))
  const action = view.actions.find((a) => a.text === 'Flyer maken')!
  await api.json(api.call(m1, `series/actions/${encodeURIComponent(action.id)}`, m1.join, { status: 'doing', by: 'Karim' }, 'PATCH'))

  // Meeting 2, a follow-up, in a silent round: Bram's note lives in his private document.
  m2 = await api.followUp(m1, { title: 'Werkgroep Centrum, 2' })
  const area = await api.areaOf(m2, 'actions')
  bram = await people.identity(m2, m2.join)
  await api.json(api.call(m2, 'silent', m2.facilitator, { on: true, area }))
  const watcher = open(m2.view)
  const mine = open(m2.join, connectPrivateClient(server.wsUrl, m2.join, bram.secret))
  await Promise.all([whenSynced(watcher), whenSynced(mine)])
  const bounds = listAreas(BoardDoc.of(watcher.doc), 'nl').find((a) => a.id === area)!.bounds
  const note = noteRecord({ id: 'shape:bram-1', text: privateText, x: bounds.x + 20, y: bounds.y + 60, pageId: FIRST_PAGE_ID, index: 'a9' as never })
  BoardDoc.of(mine.doc).apply({ put: [{ ...note, meta: { createdBy: 'bram-browser', createdAt: Date.now() } }] })
  await eventually(() => expect(readControl(watcher.doc).silent.notes).toBe(1))
  for (const c of clients.splice(0)) c.destroy()
}, 30_000)

afterAll(async () => {
  for (const c of clients) c.destroy()
  await server?.stop()
  await database?.drop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('migrate-to-postgres', () => {
  it('refuses while the file server runs: the data directory is in use', () => {
    const run = migrate(dataDir, database.url)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/in use by another Samenbord server[\s\S]*Stop the file-backed server/)
  })

  it('moves every store into PostgreSQL, where the old tokens, join code and secrets work; the source is unchanged', async () => {
    const boardBefore = await readBoard(server, m1.view)
    await server.stop()
    const before = tree(dataDir)

    const run = migrate(dataDir, database.url)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`${m1.id} "Werkgroep Centrum, 1"`)
    expect(run.stdout).toContain(`${m2.id} "Werkgroep Centrum, 2"`)
    expect(run.stdout).toMatch(/done: 2 session\(s\), [\d.]+ kB of documents and history, 1 working-group log\(s\) with 1 change\(s\)/)
    expect(tree(dataDir)).toEqual(before)

    const log = createLogger('warn')
    const files = await openStores(readConfig({ DATA_DIR: dataDir }), log)
    const pg = await openStores(readConfig({ DATA_DIR: tempDataDir(), DATABASE_URL: database.url }), log)
    try {
      await expectSame(files, pg)
      // What the browsers and links hold resolves in PostgreSQL.
      const sessions = await pg.sessions.list()
      expect(sessions.map((s) => s.id).sort()).toEqual([m1.id, m2.id].sort())
      expect(await pg.sessions.resolveToken(m1.facilitator)).toMatchObject({ role: 'facilitator', session: { id: m1.id } })
      expect(await pg.sessions.resolveToken(m2.join)).toMatchObject({ role: 'join', session: { id: m2.id, series: m1.id, previous: m1.id } })
      expect(await pg.sessions.resolveToken(m1.view)).toMatchObject({ role: 'view' })
      const code = sessions.find((s) => s.id === m1.id)!.joinCode
      expect((await pg.sessions.resolveJoinCode(code.toLowerCase()))?.id).toBe(m1.id)
      expect(await pg.identities.resolve(m1.id, anna.secret)).toBe(anna.id)
      expect(await pg.identities.resolve(m2.id, bram.secret)).toBe(bram.id)
      // The board as the clients saw it, Bram's private note, a history point, Karim's change.
      const board = await docOf(pg.docs, m1.id)
      expect(
        BoardDoc.of(board)
          .all()
          .sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual(boardBefore)
      expect(await pg.privateDocs.participants(m2.id)).toEqual([bram.id])
      const privateDoc = Y.encodeStateAsUpdate(await docOf(pg.privateDocs.session(m2.id), bram.id))
      expect(Buffer.from(privateDoc).includes(Buffer.from(privateText))).toBe(true)
      expect((await pg.points.list(m1.id)).length).toBeGreaterThan(0)
      expect((await pg.seriesLog.read(m1.id)).map((c) => c.by)).toEqual(['Karim'])
    } finally {
      await pg.close()
      await files.close()
    }
  })

  it('refuses a database that already holds sessions, and one it cannot reach', () => {
    const again = migrate(dataDir, database.url)
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already holds 2 session\(s\).*nothing was copied/)
    const unreachable = migrate(dataDir, 'postgres://postgres@127.0.0.1:1/samenbord')
    expect(unreachable.status).toBe(1)
    expect(unreachable.stderr).toMatch(/cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/samenbord/)
  })
})

/** Every store of every session holds the same in both: records, documents, points, identities. */
async function expectSame(from: Stores, to: Stores): Promise<void> {
  const sessions = await from.sessions.list()
  expect(await to.sessions.list()).toEqual(expect.arrayContaining(sessions))
  const sameDoc = async (a: DocStorage, b: DocStorage, key: string) => {
    const [x, y] = [await docOf(a, key), await docOf(b, key)]
    expect(Y.encodeStateVector(y)).toEqual(Y.encodeStateVector(x))
    return Y.encodeStateVector(x).byteLength > 1
  }
  let stored = 0
  for (const { id } of sessions) {
    for (const [a, b] of [
      [from.docs, to.docs],
      [from.trash, to.trash],
      [from.ballots, to.ballots],
    ] as const) {
      if (await sameDoc(a, b, id)) stored++
    }
    for (const participant of await from.privateDocs.participants(id)) await sameDoc(from.privateDocs.session(id), to.privateDocs.session(id), participant)
    const points = await from.points.list(id)
    expect(await to.points.list(id)).toEqual(points)
    for (const point of points) expect(await to.points.read(id, point.at)).toEqual(await from.points.read(id, point.at))
    expect(await to.identities.exportSession(id)).toEqual(await from.identities.exportSession(id))
  }
  // Meeting 1's board, trash and ballots and meeting 2's board at least: the check compared something.
  expect(stored).toBeGreaterThanOrEqual(4)
}
