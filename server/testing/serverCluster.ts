// Several real server processes on one PostgreSQL and one Redis, for the integration tests of
// server/cluster: start them, kill -9 or restart one on its port (as a load balancer keeps its list of
// backends), and ask Redis which of them owns a session (its lease names the owner's process id, which
// each process logs in its `listening` line).
import { Redis } from 'ioredis'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'

function processIdOf(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: string; process?: string }
    return entry.msg === 'listening' ? entry.process : undefined
  } catch {
    return undefined
  }
}

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
  /** Each slot's cluster process id, as its `listening` log line names it. */
  const ids: string[] = []

  async function start(i: number, port = '0'): Promise<ServerProcess> {
    const started = await startServerProcess({ env: { ...env, PORT: port } })
    const id = started.logs.map(processIdOf).find((found) => found !== undefined)
    if (!id) {
      await started.kill9()
      throw new Error(`process ${i}: no cluster process id in its listening line:\n${started.logs.slice(-20).join('\n')}`)
    }
    processes[i] = started
    ids[i] = id
    return started
  }

  await Promise.all(Array.from({ length: count }, (_, i) => start(i)))
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
