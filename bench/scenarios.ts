// The scenarios, each run against one freshly started server with its own data directory.
import { ProcessSampler, clockMs, dirBytes, loopDelay, rssBytes, summarize, summed, writeBytes, type LatencySummary, type LoopDelay } from './metrics.ts'
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
  /** Per server process (one, except for a cluster). */
  serverCpuPercentEach: number[]
  serverRssMeanBytes: number
  serverRssMaxBytes: number
  baselineRssBytes: number
  rssPerRoomBytes: number
  diskBytesPerHour: number
  writeBytesPerHour: number
  loadgenCpuPercent: number
  /** The server's own event-loop delay over the window (its probe). */
  loop: LoopDelay
}

export async function runLoad(name: ServerName, workers: LoadWorker[], p: LoadParams): Promise<LoadResult> {
  const server = await SERVERS[name]()
  try {
    await sleep(300)
    const baselineRss = summed(server.pids, rssBytes)
    const ready = await openRooms(server, workers, p.rooms, p.participants, 'bench room', 180_000)
    await sleep(500)
    const m = await measure(server, workers, p)
    await Promise.all(workers.map((w) => w.ask({ type: 'close' }, 'done')))
    const latencies = m.results.flatMap((r) => r.latencies)
    const edits = m.results.reduce((a, r) => a + r.editsInWindow, 0)
    const seconds = p.durationMs / 1000
    return {
      connected: ready.reduce((a, r) => a + r.connected, 0),
      failed: ready.reduce((a, r) => a + r.failed, 0),
      connectMs: Math.max(...ready.map((r) => r.ms)),
      latency: summarize(latencies),
      editsPerSec: edits / seconds,
      deliveredPerSec: latencies.length / seconds,
      completeness: edits > 0 ? latencies.length / (edits * (p.participants - 1)) : 0,
      serverCpuPercent: m.sample.cpuPercent,
      serverCpuPercentEach: m.sample.cpuPercentEach,
      serverRssMeanBytes: m.sample.rssMeanBytes,
      serverRssMaxBytes: m.sample.rssMaxBytes,
      baselineRssBytes: baselineRss,
      rssPerRoomBytes: (m.sample.rssMeanBytes - baselineRss) / p.rooms,
      diskBytesPerHour: (m.diskGrowthBytes / seconds) * 3600,
      writeBytesPerHour: (m.writtenBytes / seconds) * 3600,
      loadgenCpuPercent: m.results.reduce((a, r) => a + r.cpuPercent, 0),
      loop: m.loop,
    }
  } finally {
    await server.stop()
  }
}

/** Makes `rooms` rooms and connects `participants` to each, every room's spread over all load generators. */
async function openRooms(server: BenchServer, workers: LoadWorker[], rooms: number, participants: number, title: string, timeoutMs: number) {
  const addresses: RoomAddress[] = []
  for (let r = 0; r < rooms; r++) addresses.push(await server.createRoom(`${title} ${r}`))
  const perWorker: RoomAddress[][] = workers.map(() => [])
  let k = 0
  for (const [r, room] of addresses.entries()) for (let i = 0; i < participants; i++) perWorker[k++ % workers.length]!.push(spread(room, r + i))
  return Promise.all(workers.map((w, i) => w.ask({ type: 'connect', clients: perWorker[i]!, batch: 25 }, 'ready', timeoutMs)))
}

/**
 * Of a room several processes serve, participant n's address: the processes' URLs round-robin. Counting
 * from the room's number too, so the rooms' first participants (whose process is likely to become the
 * room's owner) are spread over the processes as well.
 */
function spread(room: RoomAddress, n: number): RoomAddress {
  return room.urls && room.urls.length > 0 ? { ...room, url: room.urls[n % room.urls.length]! } : room
}

type Window = Pick<LoadParams, 'editHz' | 'cursorHz' | 'warmupMs' | 'durationMs' | 'drainMs'>

/** One measurement window on connected participants: edit, warm up, sample the server, drain, collect. */
async function measure(server: BenchServer, workers: LoadWorker[], w: Window) {
  const stored = async () => dirBytes(server.dataDir) + ((await server.storedBytes?.()) ?? 0)
  const disk0 = await stored()
  const written0 = summed(server.pids, writeBytes)
  const t0 = clockMs() + w.warmupMs
  const t1 = t0 + w.durationMs
  for (const worker of workers) worker.post({ type: 'go', t0, t1, editHz: w.editHz, cursorHz: w.cursorHz })
  await sleep(w.warmupMs)
  const sampler = new ProcessSampler(server.pids)
  await sleep(w.durationMs)
  const sample = sampler.stop()
  const loop = loopDelay(server.kept, t0, t1)
  const writtenBytes = summed(server.pids, writeBytes) - written0
  const diskGrowthBytes = (await stored()) - disk0
  await sleep(w.drainMs)
  const results = await Promise.all(workers.map((worker) => worker.ask({ type: 'stop' }, 'result')))
  return { sample, loop, writtenBytes, diskGrowthBytes, results }
}

export interface ColdResult {
  shapes: number
  populateMs: number
  diskBytes: number
  /** Stop → listening again on the same data, median of RESTARTS (one start is a noisy figure on a shared machine). */
  restartMs: number
  restartRunsMs: number[]
  /** Of the restart: SIGTERM → process gone (ours compacts loaded boards and writes a last history point), median. */
  stopMs: number
  /** Of the restart: process started → listening, median. */
  startMs: number
  coldJoinMs: number
  coldRecords: number
  warmJoinMs: number
  rssAfterColdBytes: number
  /** Ours only: load from disk + first sync step 2, timed inside the server (its 'first sync served' line). */
  serverColdMs?: number
  serverLoadMs?: number
}

const RESTARTS = 3

/** Stop, then start on the same data: the whole restart, and how much of it was the stop. */
async function timedRestart(server: BenchServer): Promise<{ server: BenchServer; restartMs: number; stopMs: number }> {
  const started = clockMs()
  await server.stop()
  const stopMs = clockMs() - started
  const next = await server.restart()
  return { server: next, restartMs: clockMs() - started, stopMs }
}

/** A board with `shapes` notes: written, server restarted, then the first client's join timed; then restarted twice more. */
export async function runCold(name: ServerName, worker: LoadWorker, shapes: number): Promise<ColdResult> {
  let server: BenchServer = await SERVERS[name]()
  try {
    const room = await server.createRoom('bench big board')
    const pop = await worker.ask({ type: 'populate', room, shapes, settleMs: 2500 }, 'done', 180_000)
    const diskBytes = dirBytes(server.dataDir)
    const first = await timedRestart(server)
    server = first.server
    await sleep(300)
    const cold = await worker.ask({ type: 'join', room, shapes }, 'done')
    const rssAfterCold = summed(server.pids, rssBytes)
    const served = server.kept.find((k) => k.line.includes('"msg":"first sync served"'))
    const timing = served ? (JSON.parse(served.line) as { coldMs: number; loadMs: number }) : undefined
    const warm = await worker.ask({ type: 'join', room, shapes }, 'done')
    const runs = [first]
    while (runs.length < RESTARTS) {
      const again = await timedRestart(server)
      server = again.server
      runs.push(again)
    }
    const restartRunsMs = runs.map((r) => r.restartMs)
    const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    return {
      shapes: pop.records ?? 0,
      populateMs: pop.ms,
      diskBytes,
      restartMs: middle(restartRunsMs),
      restartRunsMs,
      stopMs: middle(runs.map((r) => r.stopMs)),
      startMs: middle(runs.map((r) => r.restartMs - r.stopMs)),
      coldJoinMs: cold.ms,
      coldRecords: cold.records ?? 0,
      warmJoinMs: warm.ms,
      rssAfterColdBytes: rssAfterCold,
      serverColdMs: timing?.coldMs,
      serverLoadMs: timing?.loadMs,
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
  /** Ours only (/healthz): rooms still loaded, and heap after a full GC, before and after. */
  roomsLoadedAfter?: number
  heapBeforeBytes?: number
  heapAfterBytes?: number
}

/** Opens `sessions` rooms (join, sync, one note, leave), waits for unloading, then reads RSS. */
export async function runIdle(name: ServerName, worker: LoadWorker, sessions: number, settleMs: number): Promise<IdleResult> {
  const server = await SERVERS[name]({ env: { UNLOAD_AFTER_MS: '1000' }, exposeGc: true })
  try {
    const warm = await Promise.all(Array.from({ length: 25 }, (_, i) => server.createRoom(`warm ${i}`)))
    await worker.ask({ type: 'openLeave', rooms: warm, batch: 25 }, 'done')
    await sleep(settleMs)
    const baseline = summed(server.pids, rssBytes)
    const before = await server.stats?.()
    const rooms: RoomAddress[] = []
    for (let i = 0; i < sessions; i++) rooms.push(await server.createRoom(`idle ${i}`))
    const sampler = new ProcessSampler(server.pids, 100)
    const done = await worker.ask({ type: 'openLeave', rooms, batch: 25 }, 'done', 300_000)
    const peak = sampler.stop().rssMaxBytes
    await sleep(settleMs)
    const after = summed(server.pids, rssBytes)
    const stats = await server.stats?.()
    return {
      roomsLoadedAfter: stats?.rooms,
      heapBeforeBytes: before?.heapUsedBytes,
      heapAfterBytes: stats?.heapUsedBytes,
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

export interface SaturationStep {
  /** Edits per second the generators were asked for, and what they managed to send. */
  offered: number
  sent: number
  delivered: number
  completeness: number
  latency: LatencySummary
  serverCpuPercent: number
  loadgenCpuPercent: number
}

/**
 * Throughput: `rooms` rooms of two participants (so every edit has exactly one receiver and the load
 * generators spend little per edit), edits only, the offered rate raised step by step on the same
 * connections. A step is sustained when ≥ 99 % of its edits arrived and p95 stayed under 100 ms.
 */
export async function runSaturation(
  name: ServerName,
  workers: LoadWorker[],
  p: { rooms: number; perClientHz: number[]; warmupMs: number; durationMs: number; drainMs: number },
): Promise<SaturationStep[]> {
  const server = await SERVERS[name]()
  try {
    await openRooms(server, workers, p.rooms, 2, 'bench throughput', 120_000)
    const steps: SaturationStep[] = []
    for (const hz of p.perClientHz) {
      const m = await measure(server, workers, { ...p, editHz: hz, cursorHz: 0 })
      const latencies = m.results.flatMap((r) => r.latencies)
      const edits = m.results.reduce((a, r) => a + r.editsInWindow, 0)
      const seconds = p.durationMs / 1000
      steps.push({
        offered: hz * p.rooms * 2,
        sent: edits / seconds,
        delivered: latencies.length / seconds,
        completeness: edits > 0 ? latencies.length / edits : 0,
        latency: summarize(latencies),
        serverCpuPercent: m.sample.cpuPercent,
        loadgenCpuPercent: m.results.reduce((a, r) => a + r.cpuPercent, 0),
      })
      // Let the queues empty before the next step.
      await sleep(500)
    }
    await Promise.all(workers.map((w) => w.ask({ type: 'close' }, 'done')))
    return steps
  } finally {
    await server.stop()
  }
}

/** The best sustained step: ≥ 99 % delivered, p95 under 100 ms. */
export function sustained(steps: SaturationStep[]): SaturationStep | undefined {
  return steps.filter((s) => s.completeness >= 0.99 && s.latency.p95 < 100).sort((a, b) => b.delivered - a.delivered)[0]
}
