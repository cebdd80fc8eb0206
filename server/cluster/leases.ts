// Which process owns (judges) a session: a lease `<prefix>lease:<session>` holding the owner's process
// id, set with NX and an expiry, renewed while held. Renewal and release compare before they act (Lua,
// one atomic step), so a process never extends or deletes a lease another has taken meanwhile.
//
// When is a held lease lost? When a renewal finds it gone or someone else's, or when no renewal has
// been confirmed for `ttlMs` since it was sent (Redis unreachable, or this process stalled): from then
// on the key may have expired in Redis and another process may hold it, so the owner must stop at
// once. The local deadline counts from when the last confirmed renewal was *sent*, which is never
// later than when Redis set its expiry: the owner gives up no later than Redis lets another take over.
import type { Redis } from 'ioredis'
import type { RedisLink } from './redisConnection.ts'

export type Claim = { mine: true } | { mine: false; owner: string }

export interface LeaseOptions {
  /** How long a lease outlives its last renewal (default 3000 ms); renewed every ttl/3. */
  ttlMs?: number
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

type LeaseCommands = Redis & {
  samenbordRenewLease(key: string, owner: string, ttlMs: number): Promise<number>
  samenbordReleaseLease(key: string, owner: string): Promise<number>
}

interface Held {
  /** When the last confirmed claim or renewal was sent (performance.now()). */
  confirmedAt: number
  /** Fires at confirmedAt + ttl unless a renewal moves it. */
  deadline?: NodeJS.Timeout
}

export class SessionLeases {
  readonly ttlMs: number
  private readonly redis: LeaseCommands
  private readonly held = new Map<string, Held>()
  private readonly lostListeners: Array<(sessionId: string) => void> = []
  private readonly timer: NodeJS.Timeout
  private renewing = false

  constructor(
    private readonly link: RedisLink,
    private readonly procId: string,
    options: LeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 3000
    const redis = link.command as LeaseCommands
    if (!redis.samenbordRenewLease) {
      redis.defineCommand('samenbordRenewLease', { numberOfKeys: 1, lua: RENEW })
      redis.defineCommand('samenbordReleaseLease', { numberOfKeys: 1, lua: RELEASE })
    }
    this.redis = redis
    this.timer = setInterval(() => void this.renewAll(), Math.max(10, Math.floor(this.ttlMs / 3)))
    this.timer.unref()
  }

  /** Whether this process holds the session's lease (as far as it knows: see onLost). */
  holds(sessionId: string): boolean {
    return this.held.has(sessionId)
  }

  /** Takes the lease if nobody holds it; otherwise names the owner. */
  async claim(sessionId: string): Promise<Claim> {
    if (this.held.has(sessionId)) return { mine: true }
    const key = this.key(sessionId)
    for (;;) {
      const sentAt = performance.now()
      if ((await this.redis.set(key, this.procId, 'PX', this.ttlMs, 'NX')) === 'OK') {
        this.hold(sessionId, sentAt)
        return { mine: true }
      }
      const owner = await this.redis.get(key)
      // Expired between the two commands: try again.
      if (owner === null) continue
      if (owner !== this.procId) return { mine: false, owner }
      // Ours in Redis but not here (released while a renewal was under way): make it ours again.
      if ((await this.redis.samenbordRenewLease(key, this.procId, this.ttlMs)) === 1) {
        this.hold(sessionId, sentAt)
        return { mine: true }
      }
    }
  }

  /** The owner Redis names now (undefined: nobody). */
  async owner(sessionId: string): Promise<string | undefined> {
    return (await this.redis.get(this.key(sessionId))) ?? undefined
  }

  /** Gives the lease up (the room unloaded): another process may take it at once. */
  async release(sessionId: string): Promise<void> {
    const held = this.held.get(sessionId)
    if (!held) return
    clearTimeout(held.deadline)
    this.held.delete(sessionId)
    await this.redis.samenbordReleaseLease(this.key(sessionId), this.procId)
  }

  /**
   * `listener(sessionId)` when a lease this process held is lost: the owner must stop serving that
   * session at once (close its connections with 1012 and unload without writing more).
   */
  onLost(listener: (sessionId: string) => void): void {
    this.lostListeners.push(listener)
  }

  /** Stops renewing and releases every lease (shutdown, after the rooms are stored). */
  async close(): Promise<void> {
    clearInterval(this.timer)
    await Promise.all(Array.from(this.held.keys(), (id) => this.release(id).catch(() => {})))
  }

  private hold(sessionId: string, confirmedAt: number): void {
    const held: Held = { confirmedAt }
    this.held.set(sessionId, held)
    this.confirm(sessionId, held, confirmedAt)
  }

  private confirm(sessionId: string, held: Held, sentAt: number): void {
    if (sentAt < held.confirmedAt) return
    held.confirmedAt = sentAt
    clearTimeout(held.deadline)
    held.deadline = setTimeout(() => this.lose(sessionId), Math.max(0, sentAt + this.ttlMs - performance.now()))
    held.deadline.unref()
  }

  private lose(sessionId: string): void {
    const held = this.held.get(sessionId)
    if (!held) return
    clearTimeout(held.deadline)
    this.held.delete(sessionId)
    for (const listener of this.lostListeners) listener(sessionId)
  }

  /** Every held lease in one round trip (the commands are pipelined); one round at a time. */
  private async renewAll(): Promise<void> {
    if (this.renewing || this.held.size === 0) return
    this.renewing = true
    const sentAt = performance.now()
    try {
      await Promise.all(
        Array.from(this.held.keys(), async (sessionId) => {
          const renewed = await this.redis.samenbordRenewLease(this.key(sessionId), this.procId, this.ttlMs).catch(() => undefined)
          const held = this.held.get(sessionId)
          if (!held || renewed === undefined) return
          if (renewed === 1) this.confirm(sessionId, held, sentAt)
          else this.lose(sessionId)
        }),
      )
    } finally {
      this.renewing = false
    }
  }

  private key(sessionId: string): string {
    return `${this.link.prefix}lease:${sessionId}`
  }
}
