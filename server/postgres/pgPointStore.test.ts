import { describePointStoreContract } from '../history/pointStore.contract.ts'
import { databaseForFile } from '../testing/backends.ts'
import { PgPointStore } from './pgPointStore.ts'

const database = databaseForFile()

// Each instance its own pool, as another process would have.
describePointStoreContract(
  'PostgreSQL',
  async (limits) => {
    const sql = await database.pool(4)
    return new PgPointStore(sql, limits)
  },
  { shared: true },
)
