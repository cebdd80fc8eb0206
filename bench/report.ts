// bench/RESULTS.md: one table per scenario, servers side by side, ratios ours/peer.
import fs from 'node:fs'
import os from 'node:os'
import type { ServerName } from './servers/index.ts'

export type Row = { label: string; lowerIsBetter?: boolean; values: Partial<Record<ServerName, number>>; digits?: number }
export interface Table {
  title: string
  note: string
  rows: Row[]
}

const PEERS: ServerName[] = ['y-websocket-server', 'hocuspocus']
const fmt = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits))
const ratio = (ours?: number, peer?: number) =>
  ours === undefined || peer === undefined || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0 ? 'n/a' : (ours / peer).toFixed(2)

export function machine(): string {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? os.cpus()[0]?.model ?? '?'
  return `${os.cpus().length} cores (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`
}

function renderTable(t: Table): string {
  const lines = [
    `### ${t.title}`,
    '',
    t.note,
    '',
    '| figure | samenbord | y-websocket-server | hocuspocus | ours/y-ws | ours/hocus |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const r of t.rows) {
    const v = r.values
    lines.push(
      `| ${r.label} | ${fmt(v.samenbord, r.digits)} | ${fmt(v['y-websocket-server'], r.digits)} | ${fmt(v.hocuspocus, r.digits)} | ` +
        `${PEERS.map((p) => ratio(v.samenbord, v[p])).join(' | ')} |`,
    )
  }
  return lines.join('\n')
}

export function writeResults(
  file: string,
  opts: { quick: boolean; started: Date; seconds: number; intro: string; summary?: string; tables: Table[]; extra?: string[]; problems: string[] },
): void {
  const parts = [
    '# Benchmark results',
    '',
    opts.quick
      ? '**Quick run** (`npm run bench -- --quick`): short windows and fewer rooms; indicative only, not the full figures.'
      : 'Full run (`npm run bench`).',
    '',
    `- Date: ${opts.started.toISOString()} (took ${opts.seconds.toFixed(0)} s)`,
    `- Machine: ${machine()}`,
    // Times (restarts, pages under CPU throttling) stretch when other work shares the cores: say how busy they were.
    `- Load average when written (1 / 5 / 15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
    '',
    opts.intro,
    '',
    ...(opts.summary ? [opts.summary, ''] : []),
    ...opts.tables.flatMap((t) => [renderTable(t), '']),
    ...(opts.extra ?? []).flatMap((x) => [x, '']),
  ]
  if (opts.problems.length) parts.push('## Problems in this run', '', ...opts.problems.map((p) => `- ${p}`), '')
  fs.writeFileSync(file, parts.join('\n'))
}
