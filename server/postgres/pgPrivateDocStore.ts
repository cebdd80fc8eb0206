// Participants' private documents in PostgreSQL: one document namespace per session ('silent:<session>'),
// keyed by participant id, in the tables every document store shares (schema/docs.ts).
import type { PrivateDocStore } from '../silent/privateDocStore.ts'
import type { DocStorage } from '../storage/types.ts'
import type { Sql } from './database.ts'
import { PgDocStorage } from './pgDocStorage.ts'

export class PgPrivateDocStore implements PrivateDocStore {
  private readonly storages = new Map<string, PgDocStorage>()

  constructor(private readonly sql: Sql) {}

  session(sessionId: string): DocStorage {
    let storage = this.storages.get(sessionId)
    if (!storage) {
      storage = new PgDocStorage(this.sql, namespace(sessionId))
      this.storages.set(sessionId, storage)
    }
    return storage
  }

  async participants(sessionId: string): Promise<string[]> {
    const ns = namespace(sessionId)
    const rows = await this.sql<{ id: string }[]>`
      select session_id as id from doc_updates where ns = ${ns}
      union select session_id from doc_snapshots where ns = ${ns}`
    return rows.map((row) => row.id)
  }

  async removeSession(sessionId: string): Promise<void> {
    const ns = namespace(sessionId)
    this.storages.delete(sessionId)
    await this.sql.begin(async (tx) => {
      await tx`delete from doc_updates where ns = ${ns}`
      await tx`delete from doc_snapshots where ns = ${ns}`
      await tx`delete from doc_set_aside where ns = ${ns}`
    })
  }
}

function namespace(sessionId: string): string {
  return `silent:${sessionId}`
}
