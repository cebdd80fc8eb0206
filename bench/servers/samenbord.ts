// Ours: the built server (dist/server/main.js) as `npm run serve` runs it, with plain node (no tsx),
// with the connection and creation limits off. `npm run bench` builds it first (server/cli/ensureBuilt.mjs).
import { benchServer, spawnNode, tempDir, type Spawned } from './spawn.ts'
import type { BenchServer, RoomAddress, StartOptions } from './types.ts'

/** One process of ours on a port of its own (0: any); `env` adds to the defaults (DATABASE_URL, REDIS_URL…). */
export async function spawnSamenbord(opts: StartOptions, dataDir: string): Promise<{ spawned: Spawned; port: number }> {
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of our server there when it stops (node --cpu-prof).
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []
  const spawned = await spawnNode(
    [...prof, ...(opts.exposeGc ? ['--expose-gc'] : []), '--enable-source-maps', 'dist/server/main.js'],
    {
      NODE_ENV: 'production',
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      MAX_CONNECTIONS_PER_SESSION: '0',
      SESSION_CREATES_PER_MINUTE: '0',
      ...opts.env,
    },
    /"msg":"listening"[^\n]*?"port":(\d+)|"port":(\d+)[^\n]*?"msg":"listening"/,
  )
  return { spawned, port: Number(spawned.match[1] ?? spawned.match[2]) }
}

/** Makes a session through the API of the process at `port`; clients join at `urls` (default: that process). */
export async function createSession(port: number, title: string, urls?: readonly string[]): Promise<RoomAddress> {
  const res = await fetch(`http://127.0.0.1:${port}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`)
  const created = (await res.json()) as { join: string }
  return { client: 'yws', url: urls?.[0] ?? syncUrl(port), room: created.join, ...(urls ? { urls } : {}) }
}

export const syncUrl = (port: number) => `ws://127.0.0.1:${port}/sync`

export async function startSamenbord(opts: StartOptions = {}): Promise<BenchServer> {
  const dataDir = opts.dataDir ?? tempDir('bench-samenbord-')
  const { spawned, port } = await spawnSamenbord(opts, dataDir)
  return benchServer(spawned, {
    name: 'samenbord',
    persistence: 'own: every update appended to a per-session log on disk, compacted into a snapshot',
    dataDir,
    createRoom: (title) => createSession(port, title),
    async stats() {
      const res = await fetch(`http://127.0.0.1:${port}/healthz?detail=1&gc=1`)
      return (await res.json()) as { rooms: number; heapUsedBytes: number }
    },
    restart: () => startSamenbord({ ...opts, dataDir, port }),
  })
}
