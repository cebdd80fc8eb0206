// A process that writes one session's document to PostgreSQL as a room does, for the crash test
// (server/postgres/pgDocStorage.crash.int.test.ts), which kills it with SIGKILL at random moments.
// Loads the session, then appends forever: groups of 1–3 updates (one append in flight), a compaction
// with its whole state every 10 appends. Prints `up` once connected, waits for a line on stdin (so a test
// can start writers ahead and let them load when it wants), then `stored <key> <key>…` per resolved append.
// Usage: DATABASE_URL=… node --import tsx server/testing/pgDocWriter.ts <namespace> <session> <key prefix>
import { once } from 'node:events'
import * as Y from 'yjs'
import { openDatabase } from '../postgres/database.ts'
import { PgDocStorage } from '../postgres/pgDocStorage.ts'

const [ns, sessionId, prefix] = process.argv.slice(2) as [string, string, string]
const sql = await openDatabase(process.env.DATABASE_URL!, { max: 2 })
const store = new PgDocStorage(sql, ns)
process.stdout.write('up\n')
await once(process.stdin, 'data')
const doc = new Y.Doc()
for (const update of (await store.load(sessionId)).updates) Y.applyUpdate(doc, update)
const made: Uint8Array[] = []
doc.on('update', (update: Uint8Array) => made.push(update))
for (let i = 0; ; i++) {
  const keys = Array.from({ length: 1 + (i % 3) }, (_, j) => `${prefix}-${i}-${j}`)
  for (const key of keys) doc.getMap('m').set(key, key)
  const group = made.splice(0)
  await store.append(sessionId, group.length === 1 ? group[0]! : group)
  process.stdout.write(`stored ${keys.join(' ')}\n`)
  if (i % 10 === 9) await store.compact(sessionId, Y.encodeStateAsUpdate(doc))
}
