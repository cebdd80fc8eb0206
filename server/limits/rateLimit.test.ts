import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rateLimit.ts'

describe('RateLimiter', () => {
  it('allows `limit` hits per window per key, then says when to retry', () => {
    let now = 1_000_000
    const limiter = new RateLimiter(2, 60_000, () => now)
    expect(limiter.hit('a')).toEqual({ ok: true })
    expect(limiter.hit('a')).toEqual({ ok: true })
    expect(limiter.hit('b')).toEqual({ ok: true })
    now += 15_000
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 45 })
    now += 45_000
    expect(limiter.hit('a')).toEqual({ ok: true })
  })

  it('check() gives the verdict without counting', () => {
    let now = 0
    const limiter = new RateLimiter(1, 60_000, () => now)
    for (let i = 0; i < 5; i++) expect(limiter.check('a')).toEqual({ ok: true })
    expect(limiter.hit('a')).toEqual({ ok: true })
    now += 10_000
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 50 })
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 50 })
  })

  it('0 means no limit', () => {
    const limiter = new RateLimiter(0)
    for (let i = 0; i < 1000; i++) expect(limiter.hit('a').ok).toBe(true)
  })
})
