// PgDocStorage: the DocStorage contract on PostgreSQL (one database per file, a namespace per test),
// and what only a database can do wrong.
import { beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeDocStorageContract } from '../storage/docStorage.contract.ts'
import { databaseForFile } from '../testing/backends.ts'
import type { Sql } from './database.ts'
import { PgDocStorage } from './pgDocStorage.ts'

const database = databaseForFile()
let sql: Sql
let namespaces = 0

beforeAll(async () => {
  sql = await database.pool(4)
})

async function kept(ns: string, sessionId: string): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select 'update-' || seq as name from doc_updates where ns = ${ns} and session_id = ${sessionId}
    union all select 'snapshot' from doc_snapshots where ns = ${ns} and session_id = ${sessionId}
    union all select name from doc_set_aside where ns = ${ns} and session_id = ${sessionId}`
  return rows.map((row) => row.name)
}

describeDocStorageContract(
  'PostgreSQL',
  async () => {
    const ns = `contract${++namespaces}`
    return { open: () => new PgDocStorage(sql, ns), kept: (sessionId) => kept(ns, sessionId), close: async () => {} }
  },
  { sharedWriters: true },
)

describe('PgDocStorage', () => {
  function update(key: string): Uint8Array {
    const doc = new Y.Doc()
    doc.getMap('m').set(key, key)
    return Y.encodeStateAsUpdate(doc)
  }

  it('keeps namespaces apart: the same session id in another store is another document', async () => {
    const boards = new PgDocStorage(sql, 'ns-docs')
    const trash = new PgDocStorage(sql, 'ns-trash')
    await boards.append('s', update('board'))
    await trash.append('s', update('trashed'))
    await trash.remove('s')
    expect((await boards.load('s')).updates).toHaveLength(1)
    expect(await trash.load('s')).toEqual({ updates: [], problems: [] })
  })

  it('sets aside a row that is not a Yjs update, reports it, and loads the rest', async () => {
    const store = new PgDocStorage(sql, 'ns-damaged')
    await store.append('s', update('before'))
    await sql`insert into doc_updates (ns, session_id, data) values ('ns-damaged', 's', ${Buffer.from([0xff, 0xff, 0xff, 0x07])})`
    await store.append('s', update('after'))
    const loaded = await store.load('s')
    expect(loaded.problems).toEqual([expect.stringMatching(/^log row \d+ is not a Yjs update; set aside as update-\d+\.bin and skipped$/)])
    expect(loaded.quarantined).toEqual([expect.stringMatching(/^update-\d+\.bin$/)])
    const doc = new Y.Doc()
    for (const u of loaded.updates) Y.applyUpdate(doc, u)
    expect(doc.getMap('m').toJSON()).toEqual({ before: 'before', after: 'after' })
    // Moved out of the log: the next load is clean, the bytes are kept for a person to look at.
    expect((await store.load('s')).problems).toEqual([])
    expect(await kept('ns-damaged', 's')).toContain(loaded.quarantined![0])
  })

  it('sets aside a snapshot that is not a Yjs update, reports it, and loads the log after it', async () => {
    const store = new PgDocStorage(sql, 'ns-bad-snapshot')
    await store.append('s', update('folded'))
    await store.compact('s', update('folded'))
    await store.append('s', update('after'))
    await sql`update doc_snapshots set data = ${Buffer.from([0xff, 0xff, 0xff, 0x07])} where ns = 'ns-bad-snapshot'`
    const loaded = await store.load('s')
    expect(loaded.problems).toEqual(['snapshot is not a Yjs update; set aside as snapshot-1.bin and skipped'])
    expect(loaded.quarantined).toEqual(['snapshot-1.bin'])
    const doc = new Y.Doc()
    for (const u of loaded.updates) Y.applyUpdate(doc, u)
    expect(doc.getMap('m').toJSON()).toEqual({ after: 'after' })
    expect(await kept('ns-bad-snapshot', 's')).toEqual([expect.stringMatching(/^update-\d+$/), 'snapshot-1.bin'])
  })

  it('rejects an append the database refuses, and stores none of its group', async () => {
    const store = new PgDocStorage(sql, 'ns-refused')
    await store.append('s', update('first'))
    await sql.unsafe(`alter table doc_updates add constraint refuse_big check (length(data) < 64) not valid`)
    try {
      await expect(store.append('s', [update('small'), update('x'.repeat(100))])).rejects.toThrow(/refuse_big/)
    } finally {
      await sql.unsafe('alter table doc_updates drop constraint refuse_big')
    }
    const doc = new Y.Doc()
    for (const u of (await store.load('s')).updates) Y.applyUpdate(doc, u)
    expect(doc.getMap('m').toJSON()).toEqual({ first: 'first' })
  })
})
