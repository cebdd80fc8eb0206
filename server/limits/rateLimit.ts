// Fixed-window rate limit per key (client address). Cheap and predictable: at most `limit` hits per
// window, and the refusal says when the window ends, for a Retry-After header.

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * A rate limit as the routes use it: this process's windows (RateLimiter), or one window for all
 * processes (cluster/redisRateLimit.ts), so that three processes do not allow three times the rate.
 */
export interface RateLimit {
  hit(key: string): Promise<RateVerdict>
  check(key: string): Promise<RateVerdict>
}

/** Makes the rate limit named `name` (one per use) with at most `limit` hits a minute per key; 0 = none. */
export type RateLimits = (name: string, limit: number) => RateLimit

/** One process: windows in memory. */
export const localRateLimits: RateLimits = (_name, limit) => {
  const limiter = new RateLimiter(limit)
  return { hit: async (key) => limiter.hit(key), check: async (key) => limiter.check(key) }
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()
  private lastSweep = 0

  /** limit 0 means no limit. */
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit, unless the key is already at its limit: then the refusal, and nothing counted. */
  hit(key: string): RateVerdict {
    const verdict = this.check(key)
    if (verdict.ok && this.limit !== 0) this.windows.get(key)!.count++
    return verdict
  }

  /**
   * The verdict without counting: for limits on only some outcomes (failed lookups), where the request
   * is refused while the key is over the limit but only its failures are counted.
   */
  check(key: string): RateVerdict {
    if (this.limit === 0) return { ok: true }
    const now = this.now()
    this.sweep(now)
    let window = this.windows.get(key)
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    if (window.count >= this.limit) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) }
    }
    return { ok: true }
  }

  /** Forgets finished windows now and then, so many one-off addresses do not pile up in memory. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return
    this.lastSweep = now
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key)
  }
}
