// The Redis streams a process alone reads (its tunnel inbox, its forwarded requests and their replies),
// and their lifetime. Made at start with a marker entry, read with one blocking XREAD on a connection of
// their own, and every entry handed, in stream order, to the consumer. Each stream is read on from the
// last id seen, also across a reconnect (ioredis resends the unanswered XREAD with the same ids):
// nothing is skipped or read twice while the entries are still in the stream. That is why the tunnel
// uses streams, not pub/sub, which drops whatever is published while a subscriber reconnects.
//
// The streams live as long as their process: every sixth of `ttlMs` their expiry is renewed and what
// was read is trimmed (only this process reads them, and it reads on from its last id, so those entries
// are never wanted again; MAXLEN alone would keep thousands of them, whole boards and request bodies
// among them, for hours on a quiet evening). A killed process's streams disappear after `ttlMs`; close
// deletes them at once. Others write to them with NOMKSTREAM, so a dead process's stream is never made
// anew to lie in Redis for ever, and the writer learns the process is gone.
import type { Redis } from 'ioredis'
import type { RedisLink } from './redisConnection.ts'

/** One stream entry: its id and its fields (values as bytes, as they were written). */
export interface StreamEntry {
  id: string
  fields: Map<string, Buffer>
}

export interface OwnStreamsOptions {
  /** How long the streams outlive their process's last renewal (default 60 s). */
  ttlMs?: number
  /** Longest a single XREAD blocks (default 2000 ms). */
  blockMs?: number
  /** Most entries taken from each stream per read (default 1000). */
  count?: number
  /** A consumer that threw: reported here, and the reading goes on (it runs detached: a throw would end the process). */
  onError?: (error: Error) => void
}

type XReadReply = Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null

/** The field of the entry that makes a stream: skipped, never handed to the consumer. */
const MARKER = 'marker'

export class OwnStreams {
  /** stream → the id of the last entry handed to the consumer (or of its marker) */
  private readonly positions = new Map<string, string>()
  private readonly connection: Redis
  private running = true
  private readonly done: Promise<void>
  private readonly timer: NodeJS.Timeout
  private readonly ttlMs: number
  private readonly blockMs: number
  private readonly count: number
  private readonly onError: (error: Error) => void

  private constructor(
    private readonly link: RedisLink,
    name: string,
    starts: Array<[string, string]>,
    private readonly consume: (key: string, entry: StreamEntry) => void,
    options: OwnStreamsOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 60_000
    this.blockMs = options.blockMs ?? 2000
    this.count = options.count ?? 1000
    this.onError = options.onError ?? (() => {})
    for (const [key, id] of starts) this.positions.set(key, id)
    this.connection = link.blocking(name)
    this.done = this.loop()
    this.timer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.ttlMs / 6)))
    this.timer.unref()
  }

  /** Makes `keys` (named `name` on their reading connection) and reads them from then on. */
  static async open(
    link: RedisLink,
    name: string,
    keys: readonly string[],
    consume: (key: string, entry: StreamEntry) => void,
    options: OwnStreamsOptions = {},
  ): Promise<OwnStreams> {
    const ttlMs = options.ttlMs ?? 60_000
    const starts = await Promise.all(keys.map(async (key) => [key, await make(link.command, key, ttlMs)] as [string, string]))
    return new OwnStreams(link, name, starts, consume, options)
  }

  /** Stops reading and deletes the streams: writers learn at once that this process is gone. */
  async close(): Promise<void> {
    this.running = false
    clearInterval(this.timer)
    // The pending XREAD rejects, and the loop ends.
    this.connection.disconnect()
    await this.done
    await this.link.command.del(...this.positions.keys()).catch(() => {})
  }

  private async renew(): Promise<void> {
    const redis = this.link.command
    for (const [key, read] of this.positions) {
      try {
        // Gone (Redis lost it, or we stalled past its expiry): made anew; reading goes on from our last
        // id, and the new entries' ids come after it.
        if ((await redis.pexpire(key, this.ttlMs)) === 0) await make(redis, key, this.ttlMs)
        else await redis.xtrim(key, 'MINID', read)
      } catch {
        // Redis unreachable: tried again at the next renewal.
      }
    }
  }

  private async loop(): Promise<void> {
    const keys = Array.from(this.positions.keys())
    while (this.running) {
      const ids = keys.map((key) => this.positions.get(key)!)
      let reply: XReadReply
      try {
        reply = (await this.connection.xreadBuffer('COUNT', this.count, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids)) as XReadReply
      } catch {
        // Closed, or the connection broke and could not resend: try again once it is back.
        if (this.running) await new Promise((resolve) => setTimeout(resolve, 100))
        continue
      }
      // A reply of another shape (seen once after a long Redis outage) is skipped, never thrown: this
      // loop runs detached, and a throw here would end the process.
      if (!Array.isArray(reply)) continue
      for (const [rawKey, entries] of reply) {
        if (!Array.isArray(entries)) continue
        const key = rawKey.toString()
        for (const [rawId, flat] of entries) {
          const id = rawId.toString()
          this.positions.set(key, id)
          const fields = new Map<string, Buffer>()
          for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!.toString(), flat[i + 1]!)
          if (fields.has(MARKER)) continue
          try {
            this.consume(key, { id, fields })
          } catch (error) {
            this.onError(error as Error)
          }
        }
      }
    }
  }
}

/** Adds a marker entry (making the stream when missing) and sets the expiry; the marker's id. */
async function make(redis: Redis, key: string, ttlMs: number): Promise<string> {
  const id = await redis.xadd(key, '*', MARKER, '1')
  await redis.pexpire(key, ttlMs)
  return id!
}
