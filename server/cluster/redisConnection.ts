// The connection to Redis (REDIS_URL) every cluster part shares: one command client (auto-pipelined:
// commands issued in one turn of the event loop go out as one write) and, per blocking reader, a
// dedicated connection, since an XREAD BLOCK holds its connection until it returns.
//
// At start the server refuses to run (RedisUnreachable) when Redis does not answer within a few
// seconds. Afterwards every connection reconnects on its own; `onState` hears when the command
// connection is lost and back, so the facilitator can be told as of a failing disk.
import { Redis, type RedisOptions } from 'ioredis'
import { withoutPassword } from '../log.ts'

/** REDIS_URL names no reachable Redis: the server refuses to start with this message. */
export class RedisUnreachable extends Error {}

export type RedisState = 'up' | 'down'

export interface RedisLink {
  readonly prefix: string
  /** For every non-blocking command. */
  readonly command: Redis
  /** A new connection of its own, for one blocking reader (closed with the link). */
  blocking(name: string): Redis
  /** Called on every change: 'down' when the command connection is lost, 'up' when it is back. */
  onState(listener: (state: RedisState) => void): void
  readonly state: RedisState
  close(): Promise<void>
}

export interface RedisLinkOptions {
  /** How long the first connection may take before the start is refused (default 5000 ms). */
  connectTimeoutMs?: number
}

/** Reconnects quickly at first, then every second at most: a lease lapses after a few seconds. */
const retryStrategy = (times: number): number => Math.min(50 * 2 ** Math.min(times, 5), 1000)

export async function connectRedis(url: string, prefix: string, options: RedisLinkOptions = {}): Promise<RedisLink> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000
  const base: RedisOptions = {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    retryStrategy,
    // Commands issued while disconnected wait for the reconnect instead of failing after 20 tries.
    maxRetriesPerRequest: null,
  }
  // A command waits at most this long, also while Redis is away (queued): a request then gets its 503
  // instead of hanging until Redis is back. Blocking readers have no such limit.
  const command = new Redis(url, { ...base, commandTimeout: 3000, enableAutoPipelining: true, connectionName: 'samenbord' })
  // ioredis logs unhandled 'error' events to the console; the state listeners report instead.
  command.on('error', () => {})
  try {
    await withTimeout(
      command.connect().then(() => command.ping()),
      connectTimeoutMs,
    )
  } catch (error) {
    command.disconnect()
    throw new RedisUnreachable(`cannot reach Redis at ${withoutPassword(url)}: ${(error as Error).message}`)
  }

  const blockers = new Set<Redis>()
  const listeners: Array<(state: RedisState) => void> = []
  let state: RedisState = 'up'
  const setState = (next: RedisState) => {
    if (state === next) return
    state = next
    for (const listener of listeners) listener(next)
  }
  command.on('close', () => setState('down'))
  command.on('ready', () => setState('up'))

  return {
    prefix,
    command,
    get state() {
      return state
    },
    blocking(name) {
      const connection = new Redis(url, { ...base, lazyConnect: false, connectionName: `samenbord-${name}` })
      connection.on('error', () => {})
      blockers.add(connection)
      return connection
    },
    onState(listener) {
      listeners.push(listener)
    },
    async close() {
      listeners.length = 0
      for (const connection of blockers) connection.disconnect()
      blockers.clear()
      await command.quit().catch(() => command.disconnect())
    },
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
