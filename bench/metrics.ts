// Figures: percentiles, and CPU / resident memory of another process read from /proc (Linux), so the
// harness needs no extra dependency and samples the server from outside it.
import fs from 'node:fs'
import path from 'node:path'

/** p in [0, 100]; nearest-rank on a sorted copy. NaN when there are no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export interface LatencySummary {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort()
  const arr = Array.from(sorted)
  return { count: arr.length, p50: percentile(arr, 50), p95: percentile(arr, 95), p99: percentile(arr, 99), max: arr[arr.length - 1] ?? Number.NaN }
}

const CLOCK_TICKS = 100 // USER_HZ on Linux

/** utime + stime of a process, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return Number.NaN
  }
}

/** Resident set size in bytes (VmRSS of /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /VmRSS:\s+(\d+) kB/.exec(status)
    return m ? Number(m[1]) * 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

/** Bytes the process caused to be written to storage (/proc/<pid>/io write_bytes), NaN if unreadable. */
export function writeBytes(pid: number): number {
  try {
    const io = fs.readFileSync(`/proc/${pid}/io`, 'utf8')
    const m = /write_bytes:\s+(\d+)/.exec(io)
    return m ? Number(m[1]) : Number.NaN
  } catch {
    return Number.NaN
  }
}

/** Total size of the files under dir. */
export function dirBytes(dir: string): number {
  let total = 0
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) total += dirBytes(full)
    else if (entry.isFile()) {
      try {
        total += fs.statSync(full).size
      } catch {
        // removed meanwhile (compaction, LevelDB log rotation)
      }
    }
  }
  return total
}

export interface ProcessSample {
  /** Mean CPU over the window, in % of one core. */
  cpuPercent: number
  /** The same per process, in the order given (a cluster's: which process did the work). */
  cpuPercentEach: number[]
  rssMeanBytes: number
  rssMaxBytes: number
}

/** A figure summed over several processes (a cluster's): NaN when any is unreadable. */
export function summed(pids: readonly number[], figure: (pid: number) => number): number {
  return pids.reduce((total, pid) => total + figure(pid), 0)
}

/** Samples the summed RSS of processes every intervalMs and their CPU time at start and stop. */
export class ProcessSampler {
  private readonly rss: number[] = []
  private readonly timer: NodeJS.Timeout
  private readonly cpu0: number[]
  private readonly t0 = performance.now()

  constructor(
    private readonly pids: readonly number[],
    intervalMs = 250,
  ) {
    this.cpu0 = pids.map(cpuSeconds)
    this.rss.push(summed(pids, rssBytes))
    this.timer = setInterval(() => this.rss.push(summed(pids, rssBytes)), intervalMs)
  }

  stop(): ProcessSample {
    clearInterval(this.timer)
    this.rss.push(summed(this.pids, rssBytes))
    const seconds = (performance.now() - this.t0) / 1000
    const ok = this.rss.filter((x) => Number.isFinite(x))
    const each = this.pids.map((pid, i) => ((cpuSeconds(pid) - this.cpu0[i]!) / seconds) * 100)
    return {
      cpuPercent: each.reduce((a, b) => a + b, 0),
      cpuPercentEach: each,
      rssMeanBytes: ok.reduce((a, b) => a + b, 0) / Math.max(1, ok.length),
      rssMaxBytes: Math.max(...ok),
    }
  }
}

/** One clock for every process on this machine: ms since the epoch, sub-millisecond resolution. */
export function clockMs(): number {
  return performance.timeOrigin + performance.now()
}

export interface LoopDelay {
  /** Mean of the per-second p50s and the worst per-second p99 and max (ms) in the window. */
  p50: number
  p99: number
  max: number
}

/** Event-loop delay of a server over [t0, t1], from its probe lines (bench/servers/eventLoopProbe.mjs). */
export function loopDelay(kept: ReadonlyArray<{ at: number; line: string }>, t0: number, t1: number): LoopDelay {
  const seconds = kept
    .filter((k) => k.at > t0 + 1000 && k.at <= t1 + 100 && k.line.startsWith('bench-eld '))
    .map((k) => JSON.parse(k.line.slice('bench-eld '.length)) as LoopDelay)
  if (seconds.length === 0) return { p50: Number.NaN, p99: Number.NaN, max: Number.NaN }
  return {
    p50: seconds.reduce((a, s) => a + s.p50, 0) / seconds.length,
    p99: Math.max(...seconds.map((s) => s.p99)),
    max: Math.max(...seconds.map((s) => s.max)),
  }
}
