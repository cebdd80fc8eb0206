import { afterAll, beforeAll } from 'vitest'
import { describePointStoreContract } from '../history/pointStore.contract.ts'
import { freshDatabase, type TestDatabase } from '../testing/backends.ts'
import { openDatabase, type Sql } from './database.ts'
import { PgPointStore } from './pgPointStore.ts'

let db: TestDatabase
const pools: Sql[] = []

beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await Promise.all(pools.map((sql) => sql.end({ timeout: 1 })))
  await db.drop()
})

// Each instance its own pool, as another process would have.
describePointStoreContract(
  'PostgreSQL',
  async (limits) => {
    const sql = await openDatabase(db.url, { max: 4 })
    pools.push(sql)
    return new PgPointStore(sql, limits)
  },
  { shared: true },
)
