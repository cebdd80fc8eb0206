import { describeSeriesLogContract } from '../series/seriesLog.contract.ts'
import { databaseForFile } from '../testing/backends.ts'
import { PgSeriesLog } from './pgSeriesLog.ts'

const database = databaseForFile()

// Each instance its own pool, as another process would have.
describeSeriesLogContract('PostgreSQL', async (opts) => {
  const sql = await database.pool(2)
  return new PgSeriesLog(sql, opts)
})
