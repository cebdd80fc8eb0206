// Rate limits shared by every process (REDIS_URL): one fixed window per key in Redis, counted and
// judged in one atomic step, so a client spread over three processes gets the rate once, not three times.
import type { Redis } from 'ioredis'
import type { RateLimit, RateLimits, RateVerdict } from '../limits/rateLimit.ts'

/** KEYS[1] the window; ARGV limit, window ms, 1 to count a hit (0 to only judge). Refused: minus the ms left. */
const JUDGE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then return -math.max(redis.call('PTTL', KEYS[1]), 1) end
if ARGV[3] == '1' then
  count = redis.call('INCR', KEYS[1])
  if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
end
return count`

export function redisRateLimits(redis: Redis, prefix: string, windowMs = 60_000): RateLimits {
  return (name, limit): RateLimit => {
    const judge = async (key: string, count: boolean): Promise<RateVerdict> => {
      if (limit === 0) return { ok: true }
      const result = Number(await redis.eval(JUDGE, 1, `${prefix}rate:${name}:${key}`, limit, windowMs, count ? 1 : 0))
      return result < 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(-result / 1000)) } : { ok: true }
    }
    return { hit: (key) => judge(key, true), check: (key) => judge(key, false) }
  }
}
