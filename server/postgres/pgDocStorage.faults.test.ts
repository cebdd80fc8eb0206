// A room on PostgreSQL when the database fails: it refuses writes (a constraint every row breaks), or
// the connection dies mid-append (pg_terminate_backend). The room reports storage failing, takes no
// edits, broadcasts nothing that is not stored, and recovers on its own once the database works.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import postgres from 'postgres'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { MESSAGE_SYNC, encodeUpdate } from '../sync/protocol.ts'
import { type Connection, Room, type RoomSocket } from '../sync/room.ts'
import { databaseForFile } from '../testing/backends.ts'
import { silentLog } from '../testing/silentLog.ts'
import type { Sql } from './database.ts'
import { PgDocStorage } from './pgDocStorage.ts'

const database = databaseForFile()
let sql: Sql
let admin: Sql

beforeAll(async () => {
  sql = await database.pool(2)
  admin = postgres(database.url, { max: 1, onnotice: () => {} })
})
// Registered after the file's database hooks, so it runs before the database is dropped.
afterAll(async () => {
  await admin?.end({ timeout: 1 })
})

class Socket implements RoomSocket {
  sent: Uint8Array[] = []
  send(data: Uint8Array): void {
    this.sent.push(data)
  }
  close(): void {}
  get syncMessages(): Uint8Array[] {
    return this.sent.filter((m) => m[0] === MESSAGE_SYNC)
  }
  /** What this client's document holds from everything the room sent it. */
  received(): Record<string, unknown> {
    const doc = new Y.Doc()
    for (const message of this.syncMessages) {
      const decoder = decoding.createDecoder(message)
      decoding.readVarUint(decoder)
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server')
    }
    return doc.getMap('m').toJSON()
  }
}

let session = 0
let room: Room
let writer: Connection
let client: Y.Doc
let watcher: Socket
let sessionId: string

beforeEach(() => {
  sessionId = `s${++session}`
  room = new Room({ id: sessionId, doc: new Y.Doc(), storage: new PgDocStorage(sql, 'docs'), log: silentLog, compactBytes: 1 << 20, onEmpty: () => {} })
  client = new Y.Doc()
  writer = room.connect(new Socket(), 'join')
  watcher = new Socket()
  room.connect(watcher, 'join')
  watcher.sent.length = 0
})

function edit(key: string): void {
  let update!: Uint8Array
  client.once('update', (u: Uint8Array) => {
    update = u
  })
  client.getMap('m').set(key, key)
  writer.receive(encodeUpdate(update))
}

/** The client's answer to the room's sync step 1: everything the room lacks. */
function answerResync(): void {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep2(encoder, client, Y.encodeStateVector(room.doc))
  writer.receive(encoding.toUint8Array(encoder))
}

async function stored(): Promise<Record<string, unknown>> {
  const doc = new Y.Doc()
  for (const update of (await new PgDocStorage(sql, 'docs').load(sessionId)).updates) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

const storageIs = (state: string) => vi.waitFor(() => expect(room.storage).toBe(state), { timeout: 5000, interval: 20 })

it('while the database refuses writes the room takes no edits and relays none; it recovers once it takes them again', { timeout: 15_000 }, async () => {
  edit('before')
  await room.settled()
  await admin.unsafe('alter table doc_updates add constraint refuse_all check (false) not valid')
  try {
    edit('refused')
    await storageIs('failing')
    edit('while failing')
    expect(room.doc.getMap('m').toJSON()).toEqual({ before: 'before', refused: 'refused' })
    expect(watcher.received()).toEqual({ before: 'before' })
    expect(await stored()).toEqual({ before: 'before' })
  } finally {
    await admin.unsafe('alter table doc_updates drop constraint refuse_all')
  }
  // The room's retry stores what it held, then publishes it, and asks the writer for what it dropped.
  await storageIs('ok')
  answerResync()
  edit('after')
  await room.settled()
  const all = { before: 'before', refused: 'refused', 'while failing': 'while failing', after: 'after' }
  expect(await stored()).toEqual(all)
  expect(watcher.received()).toEqual(all)
})

it('a connection killed mid-append fails the append (the room takes no edits) and the next connection stores it', { timeout: 15_000 }, async () => {
  await admin.begin(async (tx) => {
    // Holds the append in the database, then kills every other connection to it: the room's among them.
    await tx`lock table doc_updates in exclusive mode`
    edit('cut off')
    await vi.waitFor(
      async () => expect(await tx`select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into doc_updates%'`).toHaveLength(1),
      { timeout: 5000, interval: 20 },
    )
    await tx`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
    await storageIs('failing')
    expect(watcher.syncMessages).toEqual([])
  })
  await storageIs('ok')
  edit('next')
  await room.settled()
  expect(await stored()).toEqual({ 'cut off': 'cut off', next: 'next' })
  expect(watcher.received()).toEqual({ 'cut off': 'cut off', next: 'next' })
})
