import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { testRedis } from '../testing/backends.ts'
import { redisRateLimits } from './redisRateLimit.ts'

const { url, prefix } = testRedis()
// Two connections: two processes sharing one Redis.
const one = new Redis(url)
const two = new Redis(url)
afterAll(async () => {
  await one.quit()
  await two.quit()
})

describe('redisRateLimits', () => {
  it('counts one window for all processes: the limit holds across them, and the refusal says how long', async () => {
    const a = redisRateLimits(one, prefix)('creates', 3)
    const b = redisRateLimits(two, prefix)('creates', 3)
    const verdicts = await Promise.all([a.hit('1.2.3.4'), b.hit('1.2.3.4'), a.hit('1.2.3.4'), b.hit('1.2.3.4'), a.hit('1.2.3.4')])
    expect(verdicts.filter((v) => v.ok)).toHaveLength(3)
    const refused = verdicts.find((v) => !v.ok)
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 60 })
    // Another address and another limit have windows of their own.
    expect(await b.hit('5.6.7.8')).toEqual({ ok: true })
    expect(await redisRateLimits(two, prefix)('lookups', 3).hit('1.2.3.4')).toEqual({ ok: true })
  })

  it('check judges without counting; a window ends and the key may go again', async () => {
    const limit = redisRateLimits(one, prefix, 200)('short', 1)
    expect(await limit.check('k')).toEqual({ ok: true })
    expect(await limit.check('k')).toEqual({ ok: true })
    expect(await limit.hit('k')).toEqual({ ok: true })
    expect((await limit.check('k')).ok).toBe(false)
    await expect.poll(async () => (await limit.hit('k')).ok, { timeout: 2000, interval: 50 }).toBe(true)
  })

  it('limit 0 is no limit', async () => {
    const limit = redisRateLimits(one, prefix)('none', 0)
    for (let i = 0; i < 5; i++) expect(await limit.hit('k')).toEqual({ ok: true })
  })
})
