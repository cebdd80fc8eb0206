// The PostgreSQL and Redis the tests of the several-process setup run against. `npm test` starts both
// on loopback (server/cli/testBackends.sh) and names them in SAMENBORD_TEST_POSTGRES and
// SAMENBORD_TEST_REDIS. A test that needs them and finds no variable fails with this message: never
// skipped silently.
import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { afterAll, beforeAll } from 'vitest'
import { openDatabase, type Sql } from '../postgres/database.ts'

const HOW = 'run the tests through `npm test` (server/cli/testBackends.sh starts PostgreSQL and Redis on loopback), or start them yourself and set'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`This test needs ${name === 'SAMENBORD_TEST_POSTGRES' ? 'PostgreSQL' : 'Redis'}: ${HOW} ${name}`)
  return value
}

/** A server's PostgreSQL superuser URL (its `postgres` database): where fresh databases are made. */
export function postgresAdminUrl(): string {
  return required('SAMENBORD_TEST_POSTGRES')
}

export interface TestDatabase {
  url: string
  /** Drops the database (connections still open to it are ended). */
  drop(): Promise<void>
}

/** A new, empty database of its own for one test file or test: tests never see each other's rows. */
export async function freshDatabase(): Promise<TestDatabase> {
  const admin = postgresAdminUrl()
  const name = `sb_test_${randomBytes(6).toString('hex')}`
  const sql = postgres(admin, { max: 1, onnotice: () => {} })
  try {
    await sql.unsafe(`create database ${name}`)
  } finally {
    await sql.end({ timeout: 1 })
  }
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const sql = postgres(admin, { max: 1, onnotice: () => {} })
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`)
      } finally {
        await sql.end({ timeout: 1 })
      }
    },
  }
}

export interface TestRedis {
  url: string
  /** A key prefix of its own (REDIS_PREFIX): tests share one Redis without seeing each other's keys. */
  prefix: string
}

export function testRedis(): TestRedis {
  return { url: required('SAMENBORD_TEST_REDIS'), prefix: `sbt${randomBytes(5).toString('hex')}:` }
}

/**
 * A fresh database for this test file (made before its tests, dropped after them), and connection pools
 * on it, each as another process would have one: all ended before the database is dropped.
 */
export function databaseForFile(): { readonly url: string; pool(max?: number): Promise<Sql> } {
  let db: TestDatabase | undefined
  const pools: Sql[] = []
  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(async () => {
    await Promise.all(pools.splice(0).map((sql) => sql.end({ timeout: 1 })))
    await db?.drop()
  })
  return {
    /** Its URL (for a child process, or a connection of another kind); known once the file's tests run. */
    get url() {
      return db!.url
    },
    async pool(max = 4) {
      const sql = await openDatabase(db!.url, { max })
      pools.push(sql)
      return sql
    },
  }
}
