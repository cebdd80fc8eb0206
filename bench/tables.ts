// Turning scenario results into the tables of bench/RESULTS.md (one column per server).
import type { Row, Table } from './report.ts'
import { sustained, type ColdResult, type IdleResult, type LoadParams, type LoadResult, type SaturationStep } from './scenarios.ts'
import type { ServerName } from './servers/index.ts'

const MB = 2 ** 20
type PerServer<T> = Partial<Record<ServerName, T>>

/** A row from one number per server. */
function row<T>(res: PerServer<T>, label: string, pick: (r: T) => number | undefined, digits = 1): Row {
  const values: Row['values'] = {}
  for (const [name, r] of Object.entries(res) as Array<[ServerName, T]>) {
    const v = pick(r)
    if (v !== undefined) values[name] = v
  }
  return { label, digits, values }
}

export function loadTable(title: string, p: LoadParams, res: PerServer<LoadResult>): Table {
  return {
    title,
    note:
      `${p.rooms} room(s) × ${p.participants} participants, each editing its note ${p.editHz}×/s (alternately moving and typing) and ` +
      `moving its cursor ${p.cursorHz}×/s, random phases; ${p.durationMs / 1000} s measured after ${p.warmupMs / 1000} s warm-up.`,
    rows: [
      row(res, 'participants connected', (r) => r.connected, 0),
      row(res, 'participants that failed to connect', (r) => r.failed, 0),
      row(res, 'fan-out latency p50 (ms)', (r) => r.latency.p50),
      row(res, 'fan-out latency p95 (ms)', (r) => r.latency.p95),
      row(res, 'fan-out latency p99 (ms)', (r) => r.latency.p99),
      row(res, 'fan-out latency max (ms)', (r) => r.latency.max),
      row(res, 'edits/s sent', (r) => r.editsPerSec),
      row(res, 'edit deliveries/s', (r) => r.deliveredPerSec, 0),
      row(res, 'deliveries complete (%)', (r) => r.completeness * 100),
      row(res, 'server CPU (% of one core)', (r) => r.serverCpuPercent),
      row(res, 'server event-loop delay p99 (ms, mean of 1 s windows)', (r) => r.loop.p99),
      row(res, 'server RSS mean (MB)', (r) => r.serverRssMeanBytes / MB),
      row(res, 'server RSS per room (MB, over the RSS before any room)', (r) => r.rssPerRoomBytes / MB, 2),
      row(res, 'disk growth per hour of editing (MB)', (r) => r.diskBytesPerHour / MB),
      row(res, 'bytes written per hour (MB, /proc io)', (r) => r.writeBytesPerHour / MB),
      row(res, 'load generators CPU (% of one core)', (r) => r.loadgenCpuPercent),
    ],
  }
}

export function saturationTable(title: string, note: string, res: PerServer<SaturationStep[]>): Table {
  const best = Object.fromEntries(Object.entries(res).map(([k, steps]) => [k, sustained(steps)])) as PerServer<SaturationStep | undefined>
  const rows: Row[] = [
    row(best, 'edits/s sustained (≥ 99 % delivered, p95 < 100 ms)', (s) => s?.delivered ?? 0, 0),
    row(best, 'p95 fan-out at that rate (ms)', (s) => s?.latency.p95),
    row(best, 'server CPU at that rate (% of one core)', (s) => s?.serverCpuPercent),
  ]
  const offers = [...new Set(Object.values(res).flatMap((steps) => steps.map((s) => s.offered)))].sort((a, b) => a - b)
  for (const offered of offers) {
    const at = Object.fromEntries(Object.entries(res).map(([k, steps]) => [k, steps.find((s) => s.offered === offered)])) as PerServer<
      SaturationStep | undefined
    >
    rows.push(
      row(at, `offered ${offered}/s: delivered edits/s`, (s) => s?.delivered, 0),
      row(at, `offered ${offered}/s: p95 (ms)`, (s) => s?.latency.p95),
      row(at, `offered ${offered}/s: server CPU (%)`, (s) => s?.serverCpuPercent, 0),
      row(at, `offered ${offered}/s: load generators CPU (%)`, (s) => s?.loadgenCpuPercent, 0),
    )
  }
  return { title, note, rows }
}

export function coldTable(title: string, res: PerServer<ColdResult>): Table {
  return {
    title,
    note:
      'One client writes the notes and leaves; the server is restarted on the same data; a fresh client joins. "Server-side" is ' +
      'timed inside our server (reading and applying the files, then encoding the first sync step 2; its "first sync served" log ' +
      'line); the peers log no such figure, so the comparison is the client-observed time (connect → synced, measured in the ' +
      'load generator, which includes the WebSocket handshake and the client decoding the board). Restart: SIGTERM, the process ' +
      'exits, a new one is started on the same data until it says it listens (ours: its "listening" log line); three times, the ' +
      'median in the table.',
    rows: [
      row(res, 'shapes on the board after cold load', (r) => r.coldRecords, 0),
      row(res, 'server-side: load from disk (ms)', (r) => r.serverLoadMs),
      row(res, 'server-side: load + first sync (ms)', (r) => r.serverColdMs),
      row(res, 'client-observed: cold load + first sync (ms)', (r) => r.coldJoinMs),
      row(res, 'client-observed: second join, document in memory (ms)', (r) => r.warmJoinMs),
      row(res, 'server restart to listening (ms, median of 3 restarts)', (r) => r.restartMs, 0),
      row(res, 'server restart to listening, slowest of the 3 (ms)', (r) => Math.max(...r.restartRunsMs), 0),
      row(res, '… of which stopping: SIGTERM → exited (ms, median)', (r) => r.stopMs, 0),
      row(res, '… of which starting: spawned → listening (ms, median)', (r) => r.startMs, 0),
      row(res, 'bytes on disk for the board (MB)', (r) => r.diskBytes / MB, 2),
      row(res, 'server RSS after cold load (MB)', (r) => r.rssAfterColdBytes / MB),
    ],
  }
}

export function idleTable(title: string, res: PerServer<IdleResult>): Table {
  return {
    title,
    note:
      'Each session: a client joins, syncs, adds one note and leaves (25 at a time). Ours runs with UNLOAD_AFTER_MS=1000 here ' +
      '(default 30 s). RSS only (heap is not comparable across servers); RSS rarely shrinks back after a peak, so "kept" over-counts.',
    rows: [
      row(res, 'sessions opened and left', (r) => r.sessions, 0),
      row(res, 'sessions that failed', (r) => r.failed, 0),
      row(res, 'server RSS at rest (MB: baseline, after 25 warm-up sessions opened, left and unloaded)', (r) => r.baselineRssBytes / MB),
      row(res, 'server RSS peak while opening (MB)', (r) => r.peakRssBytes / MB),
      row(res, 'server RSS after the last one left and unloaded (MB)', (r) => r.afterRssBytes / MB),
      row(res, 'RSS kept per idle session (KB)', (r) => r.perSessionBytes / 1024),
      row(res, 'rooms still loaded after (ours, /healthz)', (r) => r.roomsLoadedAfter, 0),
      row(res, 'heap before → after, after a full GC (ours, MB): before', (r) => (r.heapBeforeBytes === undefined ? undefined : r.heapBeforeBytes / MB)),
      row(res, 'heap before → after, after a full GC (ours, MB): after', (r) => (r.heapAfterBytes === undefined ? undefined : r.heapAfterBytes / MB)),
      row(res, 'heap kept per idle session (ours, KB)', (r) =>
        r.heapAfterBytes === undefined || r.heapBeforeBytes === undefined ? undefined : (r.heapAfterBytes - r.heapBeforeBytes) / r.sessions / 1024,
      ),
    ],
  }
}
