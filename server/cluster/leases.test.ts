// Session leases and process heartbeats against the real Redis (testRedis: a prefix of its own).
import { afterEach, describe, expect, it } from 'vitest'
import { testRedis } from '../testing/backends.ts'
import { eventually } from '../testing/yClient.ts'
import { SessionLeases } from './leases.ts'
import { ProcessHeartbeat } from './processes.ts'
import { RedisUnreachable, connectRedis, type RedisLink } from './redisConnection.ts'

const redis = testRedis()
const TTL = 300
const opened: Array<{ link: RedisLink; leases: SessionLeases; heartbeat: ProcessHeartbeat }> = []

async function startProcess() {
  const link = await connectRedis(redis.url, redis.prefix)
  const heartbeat = new ProcessHeartbeat(link, { ttlMs: TTL, everyMs: TTL / 3 })
  await heartbeat.beat()
  const leases = new SessionLeases(link, heartbeat.id, { ttlMs: TTL })
  const lost: string[] = []
  leases.onLost((sessionId) => lost.push(sessionId))
  const proc = { link, leases, heartbeat, lost }
  opened.push(proc)
  return proc
}

afterEach(async () => {
  for (const { link, leases, heartbeat } of opened.splice(0)) {
    await leases.close().catch(() => {})
    await heartbeat.stop()
    await link.close()
  }
})

describe('connectRedis', () => {
  it('refuses with RedisUnreachable, naming the URL without its password', async () => {
    const error = await connectRedis('redis://:hunter2@127.0.0.1:1/', 'x:', { connectTimeoutMs: 1000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RedisUnreachable)
    expect((error as Error).message).toContain('127.0.0.1:1')
    expect((error as Error).message).not.toContain('hunter2')
  })

  it('reports a lost connection and its return, reconnecting by itself', async () => {
    const { link } = await startProcess()
    const states: string[] = []
    const back = new Promise<void>((resolve) =>
      link.onState((state) => {
        states.push(state)
        if (state === 'up') resolve()
      }),
    )
    const other = await connectRedis(redis.url, redis.prefix)
    await other.command.client('KILL', 'ID', String(await link.command.client('ID')))
    await other.close()
    await back
    expect(states).toEqual(['down', 'up'])
    expect(await link.command.ping()).toBe('PONG')
  })
})

describe('SessionLeases', () => {
  it('gives a free session to the first claimant, names it to the others, and keeps it past its ttl by renewing', async () => {
    const a = await startProcess()
    const b = await startProcess()
    const [first, second] = await Promise.all([a.leases.claim('s1'), b.leases.claim('s1')])
    expect([first, second].filter((claim) => claim.mine)).toHaveLength(1)
    const [owner, other] = first.mine ? [a, b] : [b, a]
    expect(await other.leases.claim('s1')).toEqual({ mine: false, owner: owner.heartbeat.id })
    // Past three renewals (the key's time to live seen rising three times) it is still the owner's: never lost.
    let renewals = 0
    let last = await owner.link.command.pttl(`${redis.prefix}lease:s1`)
    await eventually(
      async () => {
        const left = await owner.link.command.pttl(`${redis.prefix}lease:s1`)
        if (left > last) renewals++
        last = left
        expect(renewals).toBeGreaterThanOrEqual(3)
      },
      TTL * 10,
      10,
    )
    expect(await other.leases.claim('s1')).toEqual({ mine: false, owner: owner.heartbeat.id })
    expect(owner.lost).toEqual([])
    await owner.leases.release('s1')
    expect(await other.leases.claim('s1')).toEqual({ mine: true })
  })

  it('is lost by an owner cut off from Redis no later than another process can take it over', async () => {
    const a = await startProcess()
    const b = await startProcess()
    expect(await a.leases.claim('s2')).toEqual({ mine: true })
    let lostAt = 0
    a.leases.onLost(() => {
      lostAt = performance.now()
    })
    a.link.command.disconnect()
    let takenAt = 0
    await eventually(async () => {
      expect(await b.leases.claim('s2')).toEqual({ mine: true })
      takenAt = performance.now()
    }, 3000)
    expect(a.lost).toEqual(['s2'])
    expect(lostAt).toBeGreaterThan(0)
    expect(lostAt).toBeLessThanOrEqual(takenAt)
  })

  it('is lost when a renewal finds someone else in it, whose lease it then leaves alone', async () => {
    const a = await startProcess()
    expect(await a.leases.claim('s3')).toEqual({ mine: true })
    const key = `${redis.prefix}lease:s3`
    await a.link.command.set(key, 'someone-else', 'PX', 10_000)
    await eventually(() => expect(a.lost).toEqual(['s3']), 2000)
    await a.leases.release('s3')
    expect(await a.link.command.get(key)).toBe('someone-else')
    expect(await a.leases.claim('s3')).toEqual({ mine: false, owner: 'someone-else' })
  })
})

describe('ProcessHeartbeat', () => {
  it('says a process is alive while it beats, and dead once it stopped', async () => {
    const a = await startProcess()
    const b = await startProcess()
    expect(await b.heartbeat.isAlive(a.heartbeat.id)).toBe(true)
    expect(await b.heartbeat.dead([a.heartbeat.id, 'never-was'])).toEqual(['never-was'])
    await a.heartbeat.stop()
    expect(await b.heartbeat.isAlive(a.heartbeat.id)).toBe(false)
  })
})
