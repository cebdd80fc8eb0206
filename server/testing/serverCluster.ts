// Several real server processes on one PostgreSQL and one Redis, for the integration tests of
// server/cluster: start them, kill -9 or restart one on its port (as a load balancer keeps its list of
// backends), and ask Redis which of them owns a session (its lease names the owner's process id).
import { Redis } from 'ioredis'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'

export interface ServerCluster {
  /** The running processes (a slot's entry changes when it restarts). */
  readonly processes: ServerProcess[]
  urls(): string[]
  wsUrls(): string[]
  /** Index of the process whose lease holds `sessionId` now, undefined when nobody (or a dead one) does. */
  owner(sessionId: string): Promise<number | undefined>
  /** Starts slot `i` again on its port, after a kill9 or stop of it. */
  restart(i: number): Promise<ServerProcess>
  /** Stops every process (SIGTERM), then closes the Redis connection. */
  close(): Promise<void>
}

export async function startServerCluster(count: number, env: Record<string, string>): Promise<ServerCluster> {
  const prefix = env.REDIS_PREFIX ?? 'samenbord:'
  const redis = new Redis(env.REDIS_URL!, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  const processes: ServerProcess[] = []
  /** Each slot's cluster process id, learned from the heartbeat key that appeared while it started. */
  const ids: string[] = []
  const heartbeats = async (): Promise<Set<string>> => new Set((await redis.keys(`${prefix}proc:*`)).map((k) => k.slice(`${prefix}proc:`.length)))

  // One at a time: the new heartbeat key tells which process id the new process took.
  async function start(i: number, port = '0'): Promise<ServerProcess> {
    const before = await heartbeats()
    const started = await startServerProcess({ env: { ...env, PORT: port } })
    const fresh = [...(await heartbeats())].filter((id) => !before.has(id))
    if (fresh.length !== 1) {
      await started.kill9()
      throw new Error(`process ${i}: expected one new heartbeat in Redis, found ${fresh.length}:\n${started.logs.slice(-20).join('\n')}`)
    }
    processes[i] = started
    ids[i] = fresh[0]!
    return started
  }

  for (let i = 0; i < count; i++) await start(i)
  return {
    processes,
    urls: () => processes.map((p) => p.url),
    wsUrls: () => processes.map((p) => p.wsUrl),
    async owner(sessionId) {
      const id = await redis.get(`${prefix}lease:${sessionId}`)
      const i = id === null ? -1 : ids.indexOf(id)
      return i < 0 || processes[i]!.proc.exitCode !== null || processes[i]!.proc.signalCode !== null ? undefined : i
    },
    restart: (i) => start(i, String(processes[i]!.port)),
    async close() {
      await Promise.all(processes.map((p) => p.stop()))
      redis.disconnect()
    },
  }
}
