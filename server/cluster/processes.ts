// This process among the others: an id of its own (new at every start, so nothing addressed to an
// earlier run is ever taken for ours) and a heartbeat key that lives while the process does. A
// kill -9 stops the renewals, and the key is gone within `ttlMs`: relays then stop waiting for that
// owner, and owners drop the connections relayed through it.
import { nanoid } from 'nanoid'
import type { RedisLink } from './redisConnection.ts'

export interface HeartbeatOptions {
  /** How long the key outlives the last renewal (default 3000 ms). */
  ttlMs?: number
  /** How often it is renewed (default 1000 ms). */
  everyMs?: number
}

export class ProcessHeartbeat {
  readonly id = nanoid()
  private readonly ttlMs: number
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly link: RedisLink,
    options: HeartbeatOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 3000
    this.timer = setInterval(() => void this.beat(), options.everyMs ?? 1000)
    this.timer.unref()
  }

  /** Writes the key now (call once before serving: isAlive(this.id) holds from then on). */
  async beat(): Promise<void> {
    await this.link.command.set(this.key(this.id), '1', 'PX', this.ttlMs).catch(() => {})
  }

  async isAlive(id: string): Promise<boolean> {
    return (await this.link.command.exists(this.key(id))) === 1
  }

  /** Of several processes, the ones whose heartbeat is gone (one round trip). */
  async dead(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return []
    const alive = await Promise.all(ids.map((id) => this.link.command.exists(this.key(id))))
    return ids.filter((_, i) => alive[i] === 0)
  }

  /** Stops beating and removes the key: the others learn at once that this process is gone. */
  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.link.command.del(this.key(this.id)).catch(() => {})
  }

  key(id: string): string {
    return `${this.link.prefix}proc:${id}`
  }
}
