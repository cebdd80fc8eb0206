import { describeIdentityRegistryContract } from '../identity/identityRegistry.contract.ts'
import { databaseForFile } from '../testing/backends.ts'
import { PgIdentityRegistry } from './pgIdentityRegistry.ts'

const database = databaseForFile()

// Each instance its own pool, as another process would have.
describeIdentityRegistryContract(
  'PostgreSQL',
  async (limits) => {
    const sql = await database.pool(4)
    return new PgIdentityRegistry(sql, limits)
  },
  { shared: true },
)
