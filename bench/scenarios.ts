// The scenarios, each run against one freshly started server with its own data directory.
import { ProcessSampler, clockMs, dirBytes, rssBytes, summarize, writeBytes, type LatencySummary } from './metrics.ts'
import type { LoadWorker } from './load/pool.ts'
import { SERVERS, type BenchServer, type RoomAddress, type ServerName } from './servers/index.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export interface LoadParams {
  rooms: number
  participants: number
  editHz: number
  cursorHz: number
  warmupMs: number
  durationMs: number
  drainMs: number
}

export interface LoadResult {
  connected: number
  failed: number
  connectMs: number
  latency: LatencySummary
  editsPerSec: number
  deliveredPerSec: number
  /** Received samples / (edits sent × (participants − 1)). */
  completeness: number
  serverCpuPercent: number
  serverRssMeanBytes: number
  serverRssMaxBytes: number
  baselineRssBytes: number
  rssPerRoomBytes: number
  diskBytesPerHour: number
  writeBytesPerHour: number
  loadgenCpuPercent: number
}

export async function runLoad(name: ServerName, workers: LoadWorker[], p: LoadParams): Promise<LoadResult> {
  const server = await SERVERS[name]()
  try {
    await sleep(300)
    const baselineRss = rssBytes(server.pid)
    const rooms: RoomAddress[] = []
    for (let r = 0; r < p.rooms; r++) rooms.push(await server.createRoom(`bench room ${r}`))
    // Every room's participants are spread over all load generators.
    const perWorker: RoomAddress[][] = workers.map(() => [])
    let k = 0
    for (const room of rooms) for (let i = 0; i < p.participants; i++) perWorker[k++ % workers.length]!.push(room)
    const ready = await Promise.all(workers.map((w, i) => w.ask({ type: 'connect', clients: perWorker[i]!, batch: 25 }, 'ready', 180_000)))
    await sleep(500)
    const disk0 = dirBytes(server.dataDir)
    const wb0 = writeBytes(server.pid)
    const t0 = clockMs() + p.warmupMs
    const t1 = t0 + p.durationMs
    for (const w of workers) w.post({ type: 'go', t0, t1, editHz: p.editHz, cursorHz: p.cursorHz })
    await sleep(p.warmupMs)
    const sampler = new ProcessSampler(server.pid)
    await sleep(p.durationMs)
    const sample = sampler.stop()
    const wb1 = writeBytes(server.pid)
    const disk1 = dirBytes(server.dataDir)
    await sleep(p.drainMs)
    const results = await Promise.all(workers.map((w) => w.ask({ type: 'stop' }, 'result')))
    await Promise.all(workers.map((w) => w.ask({ type: 'close' }, 'done')))
    const latencies = results.flatMap((r) => r.latencies)
    const edits = results.reduce((a, r) => a + r.editsInWindow, 0)
    const seconds = p.durationMs / 1000
    return {
      connected: ready.reduce((a, r) => a + r.connected, 0),
      failed: ready.reduce((a, r) => a + r.failed, 0),
      connectMs: Math.max(...ready.map((r) => r.ms)),
      latency: summarize(latencies),
      editsPerSec: edits / seconds,
      deliveredPerSec: latencies.length / seconds,
      completeness: edits > 0 ? latencies.length / (edits * (p.participants - 1)) : 0,
      serverCpuPercent: sample.cpuPercent,
      serverRssMeanBytes: sample.rssMeanBytes,
      serverRssMaxBytes: sample.rssMaxBytes,
      baselineRssBytes: baselineRss,
      rssPerRoomBytes: (sample.rssMeanBytes - baselineRss) / p.rooms,
      diskBytesPerHour: ((disk1 - disk0) / seconds) * 3600,
      writeBytesPerHour: ((wb1 - wb0) / seconds) * 3600,
      loadgenCpuPercent: results.reduce((a, r) => a + r.cpuPercent, 0),
    }
  } finally {
    await server.stop()
  }
}

export interface ColdResult {
  shapes: number
  populateMs: number
  diskBytes: number
  restartMs: number
  coldJoinMs: number
  coldRecords: number
  warmJoinMs: number
  rssAfterColdBytes: number
}

/** A board with `shapes` notes: written, server restarted, then the first client's join timed. */
export async function runCold(name: ServerName, worker: LoadWorker, shapes: number): Promise<ColdResult> {
  let server: BenchServer = await SERVERS[name]()
  try {
    const room = await server.createRoom('bench big board')
    const pop = await worker.ask({ type: 'populate', room, shapes, settleMs: 2500 }, 'done', 180_000)
    const diskBytes = dirBytes(server.dataDir)
    const started = clockMs()
    server = await server.restart()
    const restartMs = clockMs() - started
    await sleep(300)
    const cold = await worker.ask({ type: 'join', room }, 'done')
    const rssAfterCold = rssBytes(server.pid)
    const warm = await worker.ask({ type: 'join', room }, 'done')
    return {
      shapes: pop.records ?? 0,
      populateMs: pop.ms,
      diskBytes,
      restartMs,
      coldJoinMs: cold.ms,
      coldRecords: cold.records ?? 0,
      warmJoinMs: warm.ms,
      rssAfterColdBytes: rssAfterCold,
    }
  } finally {
    await server.stop()
  }
}

export interface IdleResult {
  sessions: number
  failed: number
  openMs: number
  baselineRssBytes: number
  peakRssBytes: number
  afterRssBytes: number
  /** (after − baseline) / sessions. */
  perSessionBytes: number
}

/** Opens `sessions` rooms (join, sync, one note, leave), waits for unloading, then reads RSS. */
export async function runIdle(name: ServerName, worker: LoadWorker, sessions: number, settleMs: number): Promise<IdleResult> {
  const server = await SERVERS[name]({ env: { UNLOAD_AFTER_MS: '1000' } })
  try {
    const warm = await Promise.all(Array.from({ length: 25 }, (_, i) => server.createRoom(`warm ${i}`)))
    await worker.ask({ type: 'openLeave', rooms: warm, batch: 25 }, 'done')
    await sleep(settleMs)
    const baseline = rssBytes(server.pid)
    const rooms: RoomAddress[] = []
    for (let i = 0; i < sessions; i++) rooms.push(await server.createRoom(`idle ${i}`))
    const sampler = new ProcessSampler(server.pid, 100)
    const done = await worker.ask({ type: 'openLeave', rooms, batch: 25 }, 'done', 300_000)
    const peak = sampler.stop().rssMaxBytes
    await sleep(settleMs)
    const after = rssBytes(server.pid)
    return {
      sessions,
      failed: done.failed ?? 0,
      openMs: done.ms,
      baselineRssBytes: baseline,
      peakRssBytes: peak,
      afterRssBytes: after,
      perSessionBytes: (after - baseline) / sessions,
    }
  } finally {
    await server.stop()
  }
}
