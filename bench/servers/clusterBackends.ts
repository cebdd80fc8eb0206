// The PostgreSQL and Redis the cluster setups run on: the ones the tests use (SAMENBORD_TEST_POSTGRES,
// SAMENBORD_TEST_REDIS; server/cli/testBackends.sh starts both). The bench refuses to start without
// them rather than leaving columns empty, and writes their durability settings beside the figures,
// since those decide what a commit costs.
import { Redis } from 'ioredis'
import postgres from 'postgres'
import { postgresAdminUrl } from '../../server/testing/backends.ts'

const HOW_TO_RUN = 'bash server/cli/testBackends.sh npm run bench -- --cluster'

/** Null when both are named, else what is missing and how to run the bench. */
export function missingBackends(): string | null {
  const missing = ['SAMENBORD_TEST_POSTGRES', 'SAMENBORD_TEST_REDIS'].filter((name) => !process.env[name])
  if (missing.length === 0) return null
  return `the PostgreSQL setups need ${missing.join(' and ')} (a PostgreSQL superuser URL and a Redis URL). Run \`${HOW_TO_RUN}\`, which starts both on loopback, or set them to servers of your own.`
}

/** Size of a database on disk (its files, in whole pages; WAL not included). */
export async function databaseBytes(url: string): Promise<number> {
  const sql = postgres(postgresAdminUrl(), { max: 1, onnotice: () => {} })
  try {
    const [row] = await sql<Array<{ bytes: string }>>`select pg_database_size(${new URL(url).pathname.slice(1)}) as bytes`
    return Number(row!.bytes)
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Deletes every key under a prefix (the streams and leases a cluster run left in the shared Redis). */
export async function removeKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) if (keys.length > 0) await redis.unlink(...keys)
  } finally {
    redis.disconnect()
  }
}

/** One line on the two servers and the settings that decide what a commit costs. */
export async function describeBackends(): Promise<string> {
  const sql = postgres(postgresAdminUrl(), { max: 1, onnotice: () => {} })
  const redis = new Redis(process.env.SAMENBORD_TEST_REDIS!, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    const [pg] = await sql<Array<{ version: string; fsync: string; sync: string }>>`
      select current_setting('server_version') as version, current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync`
    await redis.connect()
    const version = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? '?'
    const [, aof] = (await redis.config('GET', 'appendonly')) as string[]
    const [, everysec] = (await redis.config('GET', 'appendfsync')) as string[]
    return (
      `PostgreSQL ${pg!.version} (fsync=${pg!.fsync}, synchronous_commit=${pg!.sync}) and Redis ${version} (appendonly=${aof}, appendfsync=${everysec}) ` +
      'on loopback on the same machine, sharing its cores'
    )
  } finally {
    redis.disconnect()
    await sql.end({ timeout: 1 })
  }
}
