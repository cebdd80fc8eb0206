// Issue 13's figures in one table (light and quick on venue Wi-Fi and old phones): what this run measured
// against the target, taken from scenarios 4, 5, 8 and 9 when they ran. Ratios are ours / @y/websocket-server
// from the same run.
import type { BrowserResult } from './browser.ts'
import type { DeliveryResult } from './delivery/scenario.ts'
import { median, totalBytes } from './delivery/table.ts'
import type { ColdResult, IdleResult } from './scenarios.ts'
import type { ServerName } from './servers/index.ts'

type PerServer<T> = Partial<Record<ServerName, T>>

export interface TargetInputs {
  cold?: PerServer<ColdResult>
  idle?: PerServer<IdleResult>
  browser?: BrowserResult
  delivery?: DeliveryResult
}

const ratio = (ours?: number, peer?: number) => (ours === undefined || peer === undefined || peer === 0 ? undefined : ours / peer)

export function targetsTable(x: TargetInputs): string | undefined {
  const rows: Array<[string, string | undefined, string]> = []
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`
  const kB = (b: number) => `${(b / 1e3).toFixed(1)} kB`
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const times = (r: number | undefined) => (r === undefined ? undefined : `${r.toFixed(2)}×`)
  const d = x.delivery
  if (d) {
    rows.push(
      ['bytes transferred, laptop board, first visit', mb(totalBytes(d.laptopFirst)), '≤ 1.0 MB'],
      ['bytes transferred, laptop board, repeat visit', kB(totalBytes(d.laptopRepeat)), '≤ 60 kB'],
      ['bytes transferred, phone page, first visit', kB(totalBytes(d.phoneFirst)), '≤ 350 kB'],
      ['bytes transferred, home page', kB(totalBytes(d.home)), '≤ 150 kB'],
      ['phone page usable, 1.6 Mbit/s + 150 ms + CPU 4× (median)', s(median(d.phoneUsableMs)), '≤ 3 s'],
      ['board usable, 10 Mbit/s (median)', s(median(d.boardUsableMs)), '≤ 1.5 s'],
    )
  }
  if (x.cold) {
    rows.push(
      ['server restart to listening, ratio to @y/websocket-server', times(ratio(x.cold.samenbord?.restartMs, x.cold['y-websocket-server']?.restartMs)), '≤ 2×'],
      ['… its start alone (spawned → listening), ratio', times(ratio(x.cold.samenbord?.startMs, x.cold['y-websocket-server']?.startMs)), ''],
      [
        '… its stop alone (SIGTERM → exited; ours compacts and writes a last history point), ratio',
        times(ratio(x.cold.samenbord?.stopMs, x.cold['y-websocket-server']?.stopMs)),
        '',
      ],
    )
  }
  if (x.idle) {
    rows.push([
      'server RSS at rest, ratio to @y/websocket-server',
      times(ratio(x.idle.samenbord?.baselineRssBytes, x.idle['y-websocket-server']?.baselineRssBytes)),
      '≤ 1.5×',
    ])
  }
  if (x.browser) rows.push(["1,000 remote notes → in the page's editor", s(x.browser.notesAppearMs), '≤ 0.5 s'])
  if (rows.length === 0) return undefined
  return [
    '### Delivery targets (issue 13)',
    '',
    'From the tables below: scenario 9 (bytes, times), 4 (restart to listening), 5 (RSS at rest: the baseline after 25 sessions ' +
      'were opened, left and unloaded), 8 (1,000 notes). Ratios are ours / @y/websocket-server in this run (n/a when it did not run).',
    '',
    '| figure | this run | target |',
    '| --- | ---: | ---: |',
    ...rows.map(([label, value, target]) => `| ${label} | ${value ?? 'n/a'} | ${target} |`),
  ].join('\n')
}
