// The "Several processes" section of bench/RESULTS.md (`npm run bench -- --cluster`): ours with files, on
// PostgreSQL, and 2 and 3 processes on PostgreSQL + Redis side by side, with issue 16's targets. Only this
// section is rewritten; the rest of the file stays as the last full run wrote it.
import fs from 'node:fs'
import os from 'node:os'
import { machine, type Table } from './report.ts'
import type { LoadResult } from './scenarios.ts'
import type { ServerName } from './servers/index.ts'

const COLUMNS: Array<{ name: ServerName; label: string }> = [
  { name: 'samenbord', label: '1 process, files' },
  { name: 'samenbord-pg', label: '1 process, PostgreSQL' },
  { name: 'samenbord-2p', label: '2 processes' },
  { name: 'samenbord-3p', label: '3 processes' },
]
const START = '<!-- several processes: start (npm run bench -- --cluster rewrites this section) -->'
const END = '<!-- several processes: end -->'

const fmt = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits))
const ratio = (x?: number, base?: number) => (x === undefined || base === undefined || !Number.isFinite(x) || !base ? undefined : x / base)

function renderTable(t: Table): string {
  const others = COLUMNS.slice(1)
  const lines = [
    `### ${t.title}`,
    '',
    t.note,
    '',
    `| figure | ${COLUMNS.map((c) => c.label).join(' | ')} | ${others.map((c) => `${c.label} / files`).join(' | ')} |`,
    `| --- | ${COLUMNS.map(() => '---:').join(' | ')} | ${others.map(() => '---:').join(' | ')} |`,
  ]
  for (const r of t.rows) {
    const cells = COLUMNS.map((c) => fmt(r.values[c.name], r.digits))
    const ratios = others.map((c) => fmt(ratio(r.values[c.name], r.values.samenbord), 2))
    lines.push(`| ${r.label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`)
  }
  return lines.join('\n')
}

export interface ClusterTargetInputs {
  /** Scenario 2 (one room, 200 participants) and 3 (100 rooms × 20), per setup. */
  fanOut?: Partial<Record<ServerName, LoadResult>>
  /** Scenario 2 at a quarter of the pace, where one process and its load generators do not saturate the machine. */
  fanOutQuarterPace?: Partial<Record<ServerName, LoadResult>>
  rooms?: Partial<Record<ServerName, LoadResult>>
  /** Scenario 3 at half the pace, where one process and its load generators do not saturate the machine. */
  roomsHalfPace?: Partial<Record<ServerName, LoadResult>>
}

/** Issue 16's targets: 3 processes against the single file-backed process of the same run. */
function targetsTable(x: ClusterTargetInputs): string {
  const fanOutRow = (label: string, res: Partial<Record<ServerName, LoadResult>> | undefined) => {
    const one = res?.samenbord
    const three = res?.['samenbord-3p']
    const p95 = ratio(three?.latency.p95, one?.latency.p95)
    return [
      `${label}: p95 fan-out, 3 processes / 1 process (files)`,
      `${fmt(three?.latency.p95)} / ${fmt(one?.latency.p95)} ms = ${fmt(p95, 2)}×`,
      '≤ 1.5×',
      verdict(p95 === undefined ? undefined : p95 <= 1.5),
    ]
  }
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**missed**')
  const rateRows = (label: string, res: Partial<Record<ServerName, LoadResult>> | undefined) => {
    const three = res?.['samenbord-3p']
    const rate = ratio(three?.deliveredPerSec, res?.samenbord?.deliveredPerSec)
    const complete = three?.completeness
    return [
      [
        `${label}: edit deliveries/s, 3 processes / 1 process (files)`,
        `${fmt(three?.deliveredPerSec, 0)} / ${fmt(res?.samenbord?.deliveredPerSec, 0)} = ${fmt(rate, 3)}×`,
        'the same (≥ 0.99×)',
        verdict(rate === undefined ? undefined : rate >= 0.99),
      ],
      [
        `${label} over 3 processes: deliveries complete`,
        complete === undefined ? 'n/a' : `${(complete * 100).toFixed(2)} %`,
        '100 % (no loss)',
        verdict(complete === undefined ? undefined : complete >= 1),
      ],
    ]
  }
  const rows = [
    fanOutRow('200-person room', x.fanOut),
    fanOutRow('200-person room at a quarter of the pace', x.fanOutQuarterPace),
    ...rateRows('100 rooms × 20', x.rooms),
    ...rateRows('100 rooms × 20 at half the pace', x.roomsHalfPace),
  ]
  return [
    '### Targets (issue 16)',
    '',
    '| figure | this run | target | |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n')
}

/** Which process did the work: a session's owner judges and commits, the others relay (server/cluster/cluster.ts). */
function cpuPerProcess(x: ClusterTargetInputs): string {
  const lines: string[] = []
  for (const [scenario, res] of [
    ['one room, 200 participants', x.fanOut],
    ['one room, 200 participants at a quarter of the pace (2b)', x.fanOutQuarterPace],
    ['many rooms × 20 (scenario 3)', x.rooms],
    ['many rooms × 20 at half the pace (3b)', x.roomsHalfPace],
  ] as const) {
    for (const c of COLUMNS) {
      const each = res?.[c.name]?.serverCpuPercentEach
      if (each && each.length > 1) lines.push(`- ${scenario}, ${c.label}: ${each.map((p) => p.toFixed(0)).join(' / ')} % of one core`)
    }
  }
  return lines.length ? ['Server CPU per process (in the order of their ports; the sum is in the tables):', '', ...lines].join('\n') : ''
}

export function clusterSection(opts: {
  quick: boolean
  started: Date
  seconds: number
  intro: string
  targets: ClusterTargetInputs
  tables: Table[]
  notes: string[]
  problems: string[]
}): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')
  return [
    START,
    `## Several processes (issue 16)${opts.quick ? ': quick run, indicative only' : ''}`,
    '',
    `\`npm run bench -- --cluster${opts.quick ? ' --quick' : ''}\` (servers samenbord, samenbord-pg, samenbord-2p, samenbord-3p; scenarios 2 and 3, and each at a pace this machine can carry).`,
    '',
    `- Date: ${opts.started.toISOString()} (took ${opts.seconds.toFixed(0)} s)`,
    `- Machine: ${machine()}`,
    `- Load average when written (1 / 5 / 15 min): ${load}`,
    '',
    opts.intro,
    '',
    targetsTable(opts.targets),
    '',
    ...opts.tables.flatMap((t) => [renderTable(t), '']),
    ...[cpuPerProcess(opts.targets), ...opts.notes].filter(Boolean).flatMap((n) => [n, '']),
    ...(opts.problems.length ? ['#### Problems in this run', '', ...opts.problems.map((p) => `- ${p}`), ''] : []),
    END,
  ].join('\n')
}

/** Puts the section into `file` in place of the last one (or at its end); a quick run gets a file of its own. */
export function writeClusterSection(file: string, section: string): void {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  const start = old.indexOf(START)
  const end = old.indexOf(END)
  const next = start >= 0 && end > start ? old.slice(0, start) + section + old.slice(end + END.length) : `${old.trimEnd()}\n\n${section}\n`
  fs.writeFileSync(file, next)
}
