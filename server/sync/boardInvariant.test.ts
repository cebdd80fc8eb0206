// The invariant, as a property: after ANY sequence of updates a join client sends (valid notes and
// areas, moves, reparenting, deletions, invalid records of many kinds, raw Yjs writes into records,
// meta and other roots, nested Yjs types, raw deletions), with restarts, crashes and idle unloads in
// between, what the server accepted leaves a board that loads without repair, as tldraw's validators
// want it, and every reader behind the REST routes (areas, outcomes, actions, the action plan in every
// export format, POST notes, control) answers.
//
// Real rooms (Rooms/Room) on real files (FileDocStorage in a temp dir); the client side is a Y.Doc
// copy of the room's state plus one forged update per step, sent over a fresh connection.
// On failure fast-check prints the seed and path: rerun with INVARIANT_SEED=<seed> INVARIANT_PATH=<path>.
import fc from 'fast-check'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, FIRST_PAGE_ID, initBoard, noteRecord, type BoardRecord } from '../../shared/board/index.ts'
import { storedSchemaState } from '../../shared/board/migrate.ts'
import { boardProblems, entryProblem } from '../../shared/board/recordRules.ts'
import { boardSchema } from '../../shared/board/schema.ts'
import { EXPORT_FORMATS } from '../../shared/export/types.ts'
import { readControl } from '../../shared/facilitation/controlDoc.ts'
import { clusterRecord, placeTemplatesSideBySide } from '../../shared/templates/index.ts'
import { renderExport } from '../export/index.ts'
import { ActionService } from '../sessions/actionService.ts'
import { BoardService } from '../sessions/boardService.ts'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage } from '../storage/types.ts'
import { PrivateDocs } from '../silent/privateDocs.ts'
import { FilePrivateDocStore } from '../silent/privateDocStore.ts'
import { SilentRounds } from '../silent/silentRounds.ts'
import type { SessionRecord } from '../storage/types.ts'
import { encodeUpdate } from './protocol.ts'
import { Rooms } from './rooms.ts'
import { silentLog as silent } from '../testing/silentLog.ts'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/** One step of the sequence: a forged update from a join client, or something the server goes through. */
type Step = { kind: 'write'; name: string; change: (doc: Y.Doc) => void } | { kind: 'restart' | 'crash' | 'unload' }

const id = fc.integer({ min: 0, max: 12 }).map((n) => `shape:n${n}`)
const coordinate = fc.integer({ min: -5000, max: 5000 })
const json = fc.jsonValue({ maxDepth: 3 })
/** Pick one of the board's records by a number (the board is only known when the step runs). */
const pick = (doc: Y.Doc, n: number, filter: (r: BoardRecord) => boolean = () => true): BoardRecord | undefined => {
  const records = BoardDoc.of(doc)
    .all()
    .filter(filter)
    .sort((a, b) => a.id.localeCompare(b.id))
  return records.length === 0 ? undefined : records[n % records.length]
}
/** Steps print as their name in fast-check's counterexample. */
const named = <T extends Step>(step: T, name: string): T => Object.assign(step, { [fc.toStringMethod]: () => name })
const write = (name: string, change: (doc: Y.Doc) => void): Step => named({ kind: 'write', name, change }, name)
const note = (noteId: string, text: string, x: number, y: number) => noteRecord({ id: noteId, text, x, y, pageId: FIRST_PAGE_ID, index: 'a1' as never })

const nestedValue = fc.constantFrom('map', 'array', 'text').map((kind) => {
  const make = (): Y.Map<unknown> | Y.Array<unknown> | Y.Text => {
    if (kind === 'map') return new Y.Map()
    if (kind === 'array') return new Y.Array()
    return new Y.Text()
  }
  return make
})

const steps: fc.Arbitrary<Step> = fc.oneof(
  // Honest edits.
  fc
    .tuple(id, fc.string({ maxLength: 40 }), coordinate, coordinate)
    .map(([noteId, text, x, y]) => write(`note ${noteId}`, (doc) => BoardDoc.of(doc).apply({ put: [note(noteId, text, x, y)] }))),
  fc
    .tuple(fc.nat(), coordinate)
    .map(([n, x]) =>
      write('cluster', (doc) =>
        BoardDoc.of(doc).apply({ put: [clusterRecord({ existing: BoardDoc.of(doc).all(), pageId: FIRST_PAGE_ID, near: { x, y: x }, newId: () => `c${n}` })] }),
      ),
    ),
  fc.tuple(fc.nat(), coordinate).map(([n, x]) =>
    write('move', (doc) => {
      const shape = pick(doc, n, (r) => r.typeName === 'shape')
      if (shape) BoardDoc.of(doc).apply({ put: [{ ...shape, x }] })
    }),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) =>
    write('reparent', (doc) => {
      const child = pick(doc, a, (r) => r.typeName === 'shape')
      const parent = pick(doc, b, (r) => r.typeName === 'shape' || r.typeName === 'page')
      if (child && parent) BoardDoc.of(doc).apply({ put: [{ ...child, parentId: parent.id }] })
    }),
  ),
  fc.nat().map((n) =>
    write('delete a record', (doc) => {
      const record = pick(doc, n)
      if (record) BoardDoc.of(doc).apply({ remove: [record.id] })
    }),
  ),
  // Records that break the rules, written as a client's key-value array would write them.
  fc
    .tuple(
      id,
      fc.oneof(
        fc.string().map((typeName) => (r: BoardRecord) => ({ ...r, typeName })),
        fc.string().map((type) => (r: BoardRecord) => ({ ...r, type })),
        json.map((props) => (r: BoardRecord) => ({ ...r, props })),
        json.map((meta) => (r: BoardRecord) => ({ ...r, meta })),
        fc.constant((r: BoardRecord) => ({ ...r, id: 'shape:someone-else' })),
        fc.constant((r: BoardRecord) => ({ ...r, parentId: 'shape:nowhere' })),
        fc.constant((r: BoardRecord) => ({ ...r, x: Number.NaN })),
        fc.constant((r: BoardRecord) => ({
          ...r,
          props: { ...(r.props as object), richText: { type: 'doc', content: [{ type: 'text', text: 'x'.repeat(200_000) }] } },
        })),
      ),
    )
    .map(([noteId, spoil]) => write(`invalid ${noteId}`, (doc) => BoardDoc.of(doc).records.set(noteId, spoil(note(noteId, 'x', 0, 0)) as BoardRecord))),
  fc.tuple(id, json).map(([key, val]) => write(`{ key, val: json }`, (doc) => doc.getArray('records').push([{ key, val }]))),
  // Raw Yjs writes into records: anything Yjs can hold.
  fc
    .oneof(json, fc.string(), fc.constant(null), fc.uint8Array({ maxLength: 8 }))
    .map((value) => write('raw value in records', (doc) => doc.getArray('records').push([value as never]))),
  nestedValue.map((make) =>
    write('nested type in records', (doc) => {
      const type = make()
      doc.getArray('records').push([type])
      if (type instanceof Y.Map) type.set('key', 'shape:x')
      else if (type instanceof Y.Array) type.push([1])
      else (type as Y.Text).insert(0, 'tekst')
    }),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([at, length]) =>
    write('raw delete in records', (doc) => {
      const records = doc.getArray('records')
      if (records.length === 0) return
      const start = at % records.length
      records.delete(start, Math.min(length, records.length - start))
    }),
  ),
  // Roots the server owns, and one nobody reads.
  fc.tuple(fc.constantFrom('schema', 'formatVersion', 'other'), json).map(([key, value]) => write(`meta.${key}`, (doc) => doc.getMap('meta').set(key, value))),
  fc
    .tuple(fc.constantFrom('participants', 'control', 'votes', 'zz-other'), json)
    .map(([root, value]) => write(`root ${root}`, (doc) => doc.getMap(root).set('k', value))),
  // What the server goes through between updates.
  fc.constantFrom<Step>(named({ kind: 'restart' }, 'restart'), named({ kind: 'crash' }, 'crash'), named({ kind: 'unload' }, 'unload')),
)

class Server {
  storage: FileDocStorage
  rooms: Rooms
  silentRounds: SilentRounds
  constructor(readonly dir: string) {
    this.storage = new FileDocStorage(path.join(dir, 'docs'))
    this.rooms = new Rooms({ storage: new AsyncDocStorage(this.storage), log: silent, unloadAfterMs: 60_000, compactBytes: 1 << 20 })
    const privateDocs = new PrivateDocs({
      store: new FilePrivateDocStore(path.join(dir, 'silent'), silent),
      log: silent,
      compactBytes: 1 << 20,
      maxDocBytes: 1 << 20,
      unloadAfterMs: 60_000,
    })
    this.silentRounds = new SilentRounds(this.rooms, privateDocs, { log: silent, maxDocBytes: 32 << 20 })
  }
}

const SESSION: SessionRecord = {
  id: 'invariant',
  title: 'Eigenschap',
  joinToken: 'j',
  viewToken: 'v',
  facilitatorHash: 'h',
  joinCode: 'c',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

async function newServer(): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-invariant-'))
  dirs.push(dir)
  const server = new Server(dir)
  await server.rooms.change(SESSION.id, (doc) => {
    const board = BoardDoc.of(doc)
    initBoard(board, { pageName: 'Bord' }, 'server')
    placeTemplatesSideBySide(board, ['actor-map'], 'server')
  })
  return server
}

/** Sends the step's update from a fresh join connection; returns the server to use next. */
async function run(server: Server, step: Step): Promise<Server> {
  if (step.kind === 'restart' || step.kind === 'unload') {
    // An idle unload and a clean stop do the same to the files: compact, release.
    server.rooms.closeAll()
    return new Server(server.dir)
  }
  if (step.kind !== 'write') {
    // kill -9: nothing compacted, the old process's memory is simply gone.
    server.rooms.get(SESSION.id)?.destroy()
    return new Server(server.dir)
  }
  const room = await server.rooms.open(SESSION.id)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  step.change(doc)
  if (updates.length === 0) return server
  const conn = room.connect({ send() {}, close() {} }, 'join')
  conn.receive(encodeUpdate(Y.mergeUpdates(updates)))
  conn.close()
  return server
}

/** The board loads as it is (nothing to repair), and every reader behind the REST routes answers. */
async function expectWorks(server: Server): Promise<void> {
  const room = await server.rooms.open(SESSION.id)
  // What a client receives.
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
  const raw = client.getArray<unknown>('records').toArray()
  expect(raw.filter((entry) => entry instanceof Y.AbstractType || entryProblem(entry) !== undefined)).toEqual([])
  const board = BoardDoc.of(client)
  expect(storedSchemaState(board.schema(), boardSchema())).toBe('current')
  expect(boardProblems(new Map(board.all().map((r) => [r.id, r])))).toEqual(new Map())
  expect(board.get('document:document')).toBeDefined()
  expect(board.all().some((r) => r.typeName === 'page')).toBe(true)
  // The readers behind the routes.
  const boards = new BoardService(server.rooms, server.silentRounds)
  const actions = new ActionService(server.rooms)
  await boards.areas(SESSION.id, 'nl')
  await boards.outcomes(SESSION.id, 'en')
  await actions.list(SESSION, 'nl')
  const plan = await actions.plan(SESSION, 'nl')
  for (const format of EXPORT_FORMATS) await renderExport(plan, format)
  await server.rooms.read(SESSION.id, (doc) => readControl(doc))
  expect((await boards.addNote(SESSION.id, 'via de API', undefined, { role: 'join' })).ok).toBe(true)
}

describe('the board invariant', () => {
  it("after any sequence of a join client's updates, the board loads (live, after a restart, a crash and an idle unload) and every route answers", async () => {
    const params: fc.Parameters<[Step[]]> = {
      numRuns: Number(process.env.INVARIANT_RUNS ?? 25),
      ...(process.env.INVARIANT_SEED ? { seed: Number(process.env.INVARIANT_SEED), path: process.env.INVARIANT_PATH } : {}),
    }
    await fc.assert(
      fc.asyncProperty(fc.array(steps, { minLength: 1, maxLength: 10 }), async (sequence) => {
        let server = await newServer()
        try {
          for (const step of sequence) server = await run(server, step)
          await expectWorks(server)
          // And once more from the files alone, with nothing set aside on the way.
          server.rooms.closeAll()
          server = new Server(server.dir)
          await expectWorks(server)
          expect(fs.readdirSync(server.dir).filter((name) => name.includes('.set-aside-'))).toEqual([])
        } finally {
          server.rooms.closeAll()
        }
      }),
      params,
    )
  }, 120_000)
})
