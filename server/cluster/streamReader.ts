// Follows a changing set of Redis streams with one blocking XREAD on a connection of its own, and
// hands every entry, in stream order, to its consumer. Each stream is read on from the last id seen,
// also across a reconnect (ioredis resends the unanswered XREAD with the same ids): nothing is skipped
// or read twice while the entries are still in the stream. That is why the tunnel uses streams, not
// pub/sub, which drops whatever is published while a subscriber reconnects.
//
// A stream followed while an XREAD blocks must not wait for that XREAD's timeout: the reader knows
// its connection's client id (asked in the same round trip as each XREAD) and interrupts the block
// with CLIENT UNBLOCK from the command connection; the next XREAD includes the new stream.
import type { Redis } from 'ioredis'
import type { RedisLink } from './redisConnection.ts'

/** One stream entry: its id and its fields (values as bytes, as they were written). */
export interface StreamEntry {
  id: string
  fields: Map<string, Buffer>
}

export interface StreamReaderOptions {
  /** Longest a single XREAD blocks (default 2000 ms): the bound on noticing a new stream after a reconnect. */
  blockMs?: number
  /** Most entries taken from each stream per read (default 1000). */
  count?: number
  /** A consumer that threw: reported here, and the reading goes on (it runs detached: a throw would end the process). */
  onError?: (error: Error) => void
}

type XReadReply = Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null

export class StreamReader {
  private readonly connection: Redis
  private readonly positions = new Map<string, string>()
  private running = true
  /** The blocking connection's client id while an XREAD of ours may be blocking on it. */
  private blockedClient: number | undefined
  /** The blocking connection's client id, asked once per connection. */
  private clientId: Promise<number> | undefined
  /** Set when the streams followed changed after the current XREAD was sent. */
  private stale = false
  private wakeIdle: (() => void) | undefined
  private readonly done: Promise<void>
  private readonly blockMs: number
  private readonly count: number
  private readonly onError: (error: Error) => void

  constructor(
    private readonly link: RedisLink,
    name: string,
    private readonly consume: (key: string, entry: StreamEntry) => void,
    options: StreamReaderOptions = {},
  ) {
    this.blockMs = options.blockMs ?? 2000
    this.count = options.count ?? 1000
    this.onError = options.onError ?? (() => {})
    this.connection = link.blocking(name)
    this.connection.on('close', () => {
      this.clientId = undefined
    })
    this.done = this.loop()
  }

  /** Reads `key` from after `afterId` ('0-0': from its start) on; a stream followed already keeps its position. */
  follow(key: string, afterId: string): void {
    if (this.positions.has(key)) return
    this.positions.set(key, afterId)
    this.interrupt()
  }

  unfollow(key: string): void {
    this.positions.delete(key)
  }

  following(key: string): boolean {
    return this.positions.has(key)
  }

  /** The id of the last entry of `key` handed to the consumer (or the id it was followed from). */
  position(key: string): string | undefined {
    return this.positions.get(key)
  }

  async close(): Promise<void> {
    this.running = false
    this.interrupt()
    this.connection.disconnect()
    await this.done
  }

  private interrupt(): void {
    this.stale = true
    if (this.wakeIdle) return this.wakeIdle()
    if (this.blockedClient !== undefined) void this.link.command.client('UNBLOCK', this.blockedClient).catch(() => {})
  }

  private async loop(): Promise<void> {
    while (this.running) {
      if (this.positions.size === 0) {
        await new Promise<void>((resolve) => {
          this.wakeIdle = resolve
        })
        this.wakeIdle = undefined
        continue
      }
      const keys = Array.from(this.positions.keys())
      const ids = keys.map((key) => this.positions.get(key)!)
      this.stale = false
      // Asked once per connection (a reconnect makes a new one), written before the XREAD on the same
      // connection, so answered before it blocks.
      const clientId = this.clientId ?? (this.connection.client('ID') as Promise<number>)
      this.clientId = clientId
      const read = this.connection.xreadBuffer('COUNT', this.count, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids) as Promise<XReadReply>
      void clientId.then(
        (id) => {
          this.blockedClient = id
          if (this.stale) this.interrupt()
        },
        () => {
          if (this.clientId === clientId) this.clientId = undefined
        },
      )
      let reply: XReadReply
      try {
        reply = await read
      } catch {
        // Closed, or the connection broke and could not resend: try again once it is back.
        this.blockedClient = undefined
        if (this.running) await new Promise((resolve) => setTimeout(resolve, 100))
        continue
      }
      this.blockedClient = undefined
      // A reply of another shape (seen once after a long Redis outage) is skipped, never thrown: this
      // loop runs detached, and a throw here would end the process.
      if (!Array.isArray(reply)) continue
      for (const [rawKey, entries] of reply) {
        if (!Array.isArray(entries)) continue
        const key = rawKey.toString()
        for (const [rawId, flat] of entries) {
          // Unfollowed meanwhile (possibly by the consumer of an earlier entry): the rest is not wanted.
          if (!this.positions.has(key)) break
          const id = rawId.toString()
          this.positions.set(key, id)
          const fields = new Map<string, Buffer>()
          for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!.toString(), flat[i + 1]!)
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
