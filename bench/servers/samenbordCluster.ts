// Ours on PostgreSQL: one process (DATABASE_URL, no Redis), or 2 or 3 processes sharing one PostgreSQL
// and one Redis (REDIS_URL), each on a port of its own, as behind a load balancer without sticky
// sessions: a room's participants are spread over the processes round-robin (RoomAddress.urls).
// Each start gets a fresh database (server/testing/backends.ts) and a REDIS_PREFIX of its own, from the
// PostgreSQL and Redis named in SAMENBORD_TEST_POSTGRES / SAMENBORD_TEST_REDIS (clusterBackends.ts).
import { freshDatabase, testRedis, type TestDatabase } from '../../server/testing/backends.ts'
import { databaseBytes, removeKeys } from './clusterBackends.ts'
import { createSession, spawnSamenbord, syncUrl } from './samenbord.ts'
import { tempDir, type Spawned } from './spawn.ts'
import type { BenchServer, ClusterName, StartOptions } from './types.ts'

const PROCESSES: Record<ClusterName, { processes: number; redis: boolean }> = {
  'samenbord-pg': { processes: 1, redis: false },
  'samenbord-2p': { processes: 2, redis: true },
  'samenbord-3p': { processes: 3, redis: true },
}

/** Every database and Redis prefix this run made: removed at its end (not at a stop, so a restart finds its data). */
const made: Backends[] = []

export async function dropClusterDatabases(): Promise<void> {
  await Promise.all(made.splice(0).map((b) => Promise.all([b.db.drop(), b.redis && removeKeys(b.redis.url, b.redis.prefix)]).catch(() => {})))
}

async function fresh(redis: boolean): Promise<Backends> {
  const backends = { db: await freshDatabase(), ...(redis ? { redis: testRedis() } : {}) }
  made.push(backends)
  return backends
}

interface Backends {
  db: TestDatabase
  redis?: { url: string; prefix: string }
}

/** Starts the named setup on fresh backends (or, for a restart, on the same ones and ports). */
export async function startSamenbordCluster(name: ClusterName, opts: StartOptions = {}, reuse?: { backends: Backends; ports: number[] }): Promise<BenchServer> {
  const { processes, redis } = PROCESSES[name]
  const backends: Backends = reuse?.backends ?? (await fresh(redis))
  const env = {
    ...opts.env,
    DATABASE_URL: backends.db.url,
    ...(backends.redis ? { REDIS_URL: backends.redis.url, REDIS_PREFIX: backends.redis.prefix } : {}),
  }
  const dataDir = opts.dataDir ?? tempDir(`bench-${name}-`)
  const started: Array<{ spawned: Spawned; port: number }> = []
  try {
    // The first alone: it runs the migrations; the others then start on an up-to-date schema.
    started.push(await spawnSamenbord({ ...opts, env, port: reuse?.ports[0] }, tempDir(`bench-${name}-0-`)))
    const rest = Array.from({ length: processes - 1 }, (_, i) =>
      spawnSamenbord({ ...opts, env, port: reuse?.ports[i + 1] }, tempDir(`bench-${name}-${i + 1}-`)),
    )
    started.push(...(await Promise.all(rest)))
  } catch (error) {
    await Promise.all(started.map((s) => s.spawned.stop()))
    throw error
  }
  const ports = started.map((s) => s.port)
  const urls = ports.map(syncUrl)
  let rooms = 0
  const stopAll = () => Promise.all(started.map((s) => s.spawned.stop())).then(() => {})
  return {
    name,
    persistence: `PostgreSQL${backends.redis ? ` + Redis, ${processes} processes` : ', one process'}`,
    pid: started[0]!.spawned.proc.pid!,
    pids: started.map((s) => s.spawned.proc.pid!),
    proc: started[0]!.spawned.proc,
    dataDir,
    // Every process's probe lines: the event-loop figures are the worst (p99, max) and mean (p50) over them.
    get kept() {
      return started.flatMap((s) => s.spawned.kept).sort((a, b) => a.at - b.at)
    },
    // Sessions made through the processes in turn; every one reachable at each.
    createRoom: (title) => createSession(ports[rooms++ % ports.length]!, title, urls),
    storedBytes: () => databaseBytes(backends.db.url),
    stop: stopAll,
    async restart() {
      await stopAll()
      return startSamenbordCluster(name, opts, { backends, ports })
    },
  }
}
