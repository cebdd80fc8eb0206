// The SessionRepository contract against PostgreSQL, each instance on a connection pool of its own as
// a separate server process has; then what only several processes on one database show: a session
// created, changed or deleted through one is seen by the other at once, and join codes stay unique.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSessionRepositoryContract } from '../storage/sessionRepository.contract.ts'
import { freshDatabase, type TestDatabase } from '../testing/backends.ts'
import { openDatabase, type Sql } from './database.ts'
import { PgSessionRepository } from './pgSessionRepository.ts'

let database: TestDatabase
let admin: Sql
/** The pools of the instances ("processes") of the current test, ended before the next one. */
const pools: Sql[] = []
const pool = async () => {
  const sql = await openDatabase(database.url, { max: 2 })
  pools.push(sql)
  return sql
}
const endPools = () => Promise.all(pools.splice(0).map((sql) => sql.end({ timeout: 1 })))

beforeAll(async () => {
  database = await freshDatabase()
  admin = await openDatabase(database.url, { max: 1 })
})
afterAll(async () => {
  await endPools()
  await admin?.end({ timeout: 1 })
  await database?.drop()
})

describeSessionRepositoryContract('PostgreSQL', async () => {
  await endPools()
  await admin`truncate sessions`
  return { open: async () => new PgSessionRepository(await pool()) }
})

describe('PgSessionRepository across processes', () => {
  it('a session created, changed or deleted through one process is seen through another at once', async () => {
    const one = new PgSessionRepository(await pool())
    const two = new PgSessionRepository(await pool())
    const { session, facilitatorToken } = await one.create('Samen')
    expect(await two.resolveToken(facilitatorToken)).toEqual({ session, role: 'facilitator' })
    expect(await two.resolveJoinCode(session.joinCode)).toEqual(session)
    const changed = await two.update(session.id, { title: 'Samen verder', nextMeeting: { at: '2027-01-12' } })
    expect(await one.get(session.id)).toEqual(changed)
    await two.delete(session.id)
    expect(await one.resolveToken(session.joinToken)).toBeUndefined()
    expect(await one.resolveJoinCode(session.joinCode)).toBeUndefined()
    expect(await one.get(session.id)).toBeUndefined()
  })

  it('draws another join code when another process holds the one drawn', async () => {
    // Both processes draw the same codes in the same order: every create after the first meets a taken code.
    const draws = () => {
      let n = 0
      return () => `ABCDEFG${'HJKLMNPQ'[Math.min(n++, 7)]}`
    }
    const one = new PgSessionRepository(await pool(), { newJoinCode: draws() })
    const two = new PgSessionRepository(await pool(), { newJoinCode: draws() })
    const made = await Promise.all([one.create('A'), two.create('B'), one.create('C'), two.create('D')])
    const codes = made.map((m) => m.session.joinCode)
    expect(new Set(codes).size).toBe(4)
    for (const { session } of made) expect((await two.resolveJoinCode(session.joinCode))?.id).toBe(session.id)
    // Out of draws: the same code again and again is an error, not an endless loop.
    const stuck = new PgSessionRepository(await pool(), { newJoinCode: () => codes[0]! })
    await expect(stuck.create('E')).rejects.toThrow(/sessions_join_code_key/)
  })

  it('coalesces touches into one write, never moves updatedAt backwards, and writes at close', async () => {
    const one = new PgSessionRepository(await pool(), { touchWriteDelayMs: 60_000 })
    const two = new PgSessionRepository(await pool())
    const { session } = await one.create('A')
    const later = new Date(Date.UTC(2031, 0, 1))
    one.touch(session.id, later)
    one.touch(session.id, new Date(Date.UTC(2030, 0, 1)))
    // Not written yet (the write waits for the timer or close): the other process still sees creation time.
    expect((await two.get(session.id))?.updatedAt).toBe(session.updatedAt)
    expect((await one.get(session.id))?.updatedAt).toBe(later.toISOString())
    await one.close()
    expect((await two.get(session.id))?.updatedAt).toBe(later.toISOString())
    // Another process's late touch with an older time does not take it back.
    two.touch(session.id, new Date(Date.UTC(2029, 0, 1)))
    await two.flush()
    expect((await one.get(session.id))?.updatedAt).toBe(later.toISOString())
  })
})
