// npm run bench [-- --quick] [--servers=samenbord,hocuspocus] [--scenarios=1,2,3,4,5]
// Orchestrator: starts each server as a child process, drives it from load-generator processes
// (bench/load/worker.ts), samples it from /proc, and writes bench/RESULTS.md.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LoadWorker } from './load/pool.ts'
import { writeResults, type Row, type Table } from './report.ts'
import { runCold, runIdle, runLoad, type LoadParams, type LoadResult } from './scenarios.ts'
import type { ServerName } from './servers/index.ts'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const servers = (arg('servers')?.split(',') ?? ['samenbord', 'y-websocket-server', 'hocuspocus']) as ServerName[]
const scenarios = new Set((arg('scenarios') ?? '1,2,3,4,5').split(',').map(Number))
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md')

const EDIT_HZ = 1
const CURSOR_HZ = 2
const base = { editHz: EDIT_HZ, cursorHz: CURSOR_HZ, warmupMs: quick ? 1000 : 3000, durationMs: quick ? 4000 : 30_000, drainMs: quick ? 700 : 2000 }
const LOADS: Array<{ id: number; title: string; params: LoadParams }> = [
  { id: 1, title: '1. One room, 50 participants', params: { ...base, rooms: 1, participants: 50 } },
  { id: 2, title: '2. One room, 200 participants', params: { ...base, rooms: 1, participants: 200 } },
  { id: 3, title: `3. ${quick ? 20 : 100} rooms × 20 participants`, params: { ...base, rooms: quick ? 20 : 100, participants: 20 } },
]
const SHAPES = 5000
const IDLE_SESSIONS = quick ? 200 : 1000
const MB = 2 ** 20

const problems: string[] = []
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a)

function loadTable(title: string, p: LoadParams, res: Partial<Record<ServerName, LoadResult>>): Table {
  const row = (label: string, pick: (r: LoadResult) => number, digits = 1): Row => ({
    label,
    digits,
    values: Object.fromEntries(Object.entries(res).map(([k, r]) => [k, pick(r)])),
  })
  return {
    title,
    note:
      `${p.rooms} room(s) × ${p.participants} participants, each editing its note at ${p.editHz}/s (alternately moving and typing) and ` +
      `moving its cursor at ${p.cursorHz}/s; ${p.durationMs / 1000} s measured after ${p.warmupMs / 1000} s warm-up.`,
    rows: [
      row('participants connected (failed)', (r) => r.connected + r.failed / 1000, 3),
      row('fan-out latency p50 (ms)', (r) => r.latency.p50),
      row('fan-out latency p95 (ms)', (r) => r.latency.p95),
      row('fan-out latency p99 (ms)', (r) => r.latency.p99),
      row('fan-out latency max (ms)', (r) => r.latency.max),
      row('edits/s sent', (r) => r.editsPerSec),
      row('edit deliveries/s', (r) => r.deliveredPerSec, 0),
      row('deliveries complete (%)', (r) => r.completeness * 100),
      row('server CPU (% of one core)', (r) => r.serverCpuPercent),
      row('server RSS mean (MB)', (r) => r.serverRssMeanBytes / MB),
      row('server RSS per room (MB, over idle baseline)', (r) => r.rssPerRoomBytes / MB, 2),
      row('disk growth per hour of editing (MB)', (r) => r.diskBytesPerHour / MB),
      row('bytes written per hour (MB, /proc io)', (r) => r.writeBytesPerHour / MB),
      row('load generators CPU (% of one core)', (r) => r.loadgenCpuPercent),
    ],
  }
}

async function main(): Promise<void> {
  const started = new Date()
  const workers = Array.from({ length: Math.max(2, Math.min(4, os.cpus().length)) }, () => LoadWorker.start())
  const tables: Table[] = []
  try {
    for (const load of LOADS) {
      if (!scenarios.has(load.id)) continue
      const res: Partial<Record<ServerName, LoadResult>> = {}
      for (const name of servers) {
        log(`${load.title}: ${name}`)
        try {
          res[name] = await runLoad(name, workers, load.params)
          log(`  p95 ${res[name].latency.p95.toFixed(1)} ms, ${res[name].editsPerSec.toFixed(0)} edits/s, cpu ${res[name].serverCpuPercent.toFixed(0)}%`)
        } catch (error) {
          problems.push(`${load.title}, ${name}: ${(error as Error).message.split('\n')[0]}`)
          log(`  failed: ${(error as Error).message}`)
        }
      }
      tables.push(loadTable(load.title, load.params, res))
    }
    if (scenarios.has(4)) {
      const rows: Record<string, Row> = {}
      const put = (label: string, name: ServerName, v: number, digits = 1) => {
        rows[label] ??= { label, digits, values: {} }
        rows[label].values[name] = v
      }
      for (const name of servers) {
        log(`4. cold load of ${SHAPES} shapes: ${name}`)
        try {
          const r = await runCold(name, workers[0]!, SHAPES)
          put('shapes on the board after cold load', name, r.coldRecords, 0)
          put('server restart to listening (ms)', name, r.restartMs, 0)
          put('cold load + first sync, client-observed (ms)', name, r.coldJoinMs)
          put('second join, document in memory (ms)', name, r.warmJoinMs)
          put('bytes on disk for the board (MB)', name, r.diskBytes / MB, 2)
          put('server RSS after cold load (MB)', name, r.rssAfterColdBytes / MB)
        } catch (error) {
          problems.push(`4. cold load, ${name}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
      tables.push({
        title: `4. Board with ${SHAPES} shapes: cold load and first sync`,
        note: 'One client writes the notes and leaves; the server is restarted on the same data; a fresh client joins (time from connect to synced, measured in the load-generator process, so it includes the client decoding the document).',
        rows: Object.values(rows),
      })
    }
    if (scenarios.has(5)) {
      const rows: Record<string, Row> = {}
      const put = (label: string, name: ServerName, v: number, digits = 1) => {
        rows[label] ??= { label, digits, values: {} }
        rows[label].values[name] = v
      }
      for (const name of servers) {
        log(`5. ${IDLE_SESSIONS} idle sessions: ${name}`)
        try {
          const r = await runIdle(name, workers[0]!, IDLE_SESSIONS, 2500)
          put('sessions opened and left (failed)', name, r.sessions + r.failed / 1000, 3)
          put('server RSS baseline (MB)', name, r.baselineRssBytes / MB)
          put('server RSS peak while opening (MB)', name, r.peakRssBytes / MB)
          put('server RSS 2.5 s after the last one left (MB)', name, r.afterRssBytes / MB)
          put('RSS kept per idle session (KB)', name, r.perSessionBytes / 1024)
        } catch (error) {
          problems.push(`5. idle sessions, ${name}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
      tables.push({
        title: `5. ${IDLE_SESSIONS} idle sessions opened and left: memory`,
        note: 'Each session: a client joins, syncs, adds one note and leaves (25 at a time). Ours runs with UNLOAD_AFTER_MS=1000 here. RSS only (heap is not comparable across servers); RSS rarely shrinks back after a peak, so "kept" over-counts.',
        rows: Object.values(rows),
      })
    }
  } finally {
    for (const w of workers) w.kill()
  }
  const seconds = (Date.now() - started.getTime()) / 1000
  const intro = [
    'Servers, each started fresh per scenario as its own process with its own temporary data directory:',
    '- **samenbord**: `server/main.ts`, defaults plus MAX_CONNECTIONS_PER_ADDRESS=0, MAX_CONNECTIONS_PER_SESSION=0, SESSION_CREATES_PER_MINUTE=0; every update appended to disk as it arrives.',
    '- **y-websocket-server**: `@y/websocket-server` 0.1.1 (its own `src/server.js`) with `YPERSISTENCE=<dir>`: y-leveldb stores every update.',
    '- **hocuspocus**: `@hocuspocus/server` 4.7.0 with `@hocuspocus/extension-sqlite` 4.7.0 (default debounce: the whole document is stored 2 s after a change, at most every 10 s), driven with `@hocuspocus/provider` 4.8.0. Hocuspocus 4.7 declares Node >= 22; it ran here on Node 20.',
    '',
    `Participants are stock providers (y-websocket 3.1.0 / @hocuspocus/provider), one WebSocket each, in ${workers.length} load-generator processes separate from the server; the load generators share the machine's cores with the server under test (see their CPU row). Latency: see bench/README.md. Ratios are ours/peer: below 1 is better for latency, CPU, memory and disk; above 1 is better for edits/s.`,
  ].join('\n')
  writeResults(OUT, { quick, started, seconds, intro, tables, problems })
  log(`wrote ${OUT} in ${seconds.toFixed(0)} s`)
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error)
    process.exit(1)
  },
)
