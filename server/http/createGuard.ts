// Who may start a session: when CREATE_TOKEN is set, only holders of it (a follow-up session is
// authorised by the previous session's facilitator token instead, see sessions/sessionStart.ts); and nobody more often
// than SESSION_CREATES_PER_MINUTE per client address (every attempt counts, so guessing the token is
// throttled too).
import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Config } from '../config.ts'
import { localRateLimits, type RateLimit, type RateLimits } from '../limits/rateLimit.ts'
import { bearerToken } from './respond.ts'

export type CreateRefusal = { status: 401 | 403 | 429; message: string; headers?: Record<string, string> }

export class CreateGuard {
  private readonly limiter: RateLimit

  constructor(
    private readonly config: Pick<Config, 'createToken' | 'sessionCreatesPerMinute'>,
    limits: RateLimits = localRateLimits,
    /** The client's address (a request forwarded by another process carries the original one). */
    private readonly addressOf: (req: IncomingMessage) => string = (req) => req.socket.remoteAddress ?? 'unknown',
  ) {
    this.limiter = limits('session-creates', config.sessionCreatesPerMinute)
  }

  /** Counts this attempt; a refusal (429) when the address has made too many this minute. */
  async rate(req: IncomingMessage): Promise<CreateRefusal | undefined> {
    const rate = await this.limiter.hit(this.addressOf(req))
    if (!rate.ok) {
      return {
        status: 429,
        message: `too many new sessions from this address; try again in ${rate.retryAfterSeconds} s`,
        headers: { 'retry-after': String(rate.retryAfterSeconds) },
      }
    }
    return undefined
  }

  /** undefined when no create token is configured or the request carries it; otherwise 401/403. */
  token(req: IncomingMessage): CreateRefusal | undefined {
    const expected = this.config.createToken
    if (expected === null) return undefined
    const given = bearerToken(req)
    if (given === undefined) return { status: 401, message: 'this server needs its access code to start a session: send Authorization: Bearer <CREATE_TOKEN>' }
    if (!sameSecret(given, expected)) return { status: 403, message: 'wrong access code for starting a session' }
    return undefined
  }
}

/** Constant-time comparison; hashing first makes the lengths equal without revealing the length. */
function sameSecret(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest()
  const hb = crypto.createHash('sha256').update(b).digest()
  return crypto.timingSafeEqual(ha, hb)
}
