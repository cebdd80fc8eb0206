import { afterAll, beforeAll } from 'vitest'
import { describeSeriesLogContract } from '../series/seriesLog.contract.ts'
import { freshDatabase, type TestDatabase } from '../testing/backends.ts'
import { openDatabase, type Sql } from './database.ts'
import { PgSeriesLog } from './pgSeriesLog.ts'

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
describeSeriesLogContract('PostgreSQL', async (opts) => {
  const sql = await openDatabase(db.url, { max: 2 })
  pools.push(sql)
  return new PgSeriesLog(sql, opts)
})
