// The PostgreSQL connection every PostgreSQL-backed store shares (DATABASE_URL), and the schema
// migrations run once at start, before anything is served.
//
// Driver: `postgres` (porsager) 3.4.9. Why it rather than `pg`: tagged-template queries that cannot be
// string-concatenated into an injection, a built-in pool and pipelining, TypeScript types in the package,
// no native parts and no further dependencies (pg brings pg-pool, pg-types and @types/pg).
import postgres from 'postgres'
import { MIGRATIONS, type Migration } from './migrations.ts'

export type Sql = postgres.Sql

/** DATABASE_URL names no reachable database: the server refuses to start with this message. */
export class DatabaseUnreachable extends Error {}

export interface DatabaseOptions {
  /** Connections in the pool (default 10). */
  max?: number
  /** Seconds to wait for a connection before giving up (default 5). */
  connectTimeout?: number
  /** A statement running longer fails (default 15 s; a compaction of a long log takes about 1 s). */
  statementTimeoutMs?: number
}

/** Connects, checks that the database answers, and brings its schema up to date. */
export async function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Sql> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 5,
    idle_timeout: 60,
    // Notices (e.g. "relation already exists, skipping") are not problems.
    onnotice: () => {},
    // A database that hangs rather than refuses: a statement fails after this, and the room reports
    // failing storage as for a refusal, instead of waiting without a word.
    connection: { statement_timeout: options.statementTimeoutMs ?? 15_000 },
  })
  try {
    await sql`select 1`
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => {})
    throw new DatabaseUnreachable(`cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}`)
  }
  await migrate(sql, MIGRATIONS)
  return sql
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparsable DATABASE_URL)'
  }
}

/** Any number of processes may start at once: the advisory lock lets one migrate while the others wait. */
const MIGRATION_LOCK = 0x5a3e_b04d

async function migrate(sql: Sql, migrations: readonly Migration[]): Promise<number[]> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`
    await tx`create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`
    const done = new Set((await tx<{ version: number }[]>`select version from schema_migrations`).map((row) => row.version))
    const applied: number[] = []
    for (const migration of migrations) {
      if (done.has(migration.version)) continue
      await tx.unsafe(migration.sql)
      await tx`insert into schema_migrations (version, name) values (${migration.version}, ${migration.name})`
      applied.push(migration.version)
    }
    return applied
  })
}
