// Scenario 9's section of bench/RESULTS.md: bytes per visit (by kind) and time to a usable page per run.
import type { Bytes } from './byteMeter.ts'
import { SLOW_PHONE, VENUE_WIFI, type DeliveryResult, type Throttle } from './scenario.ts'
import { NOTES, TEMPLATES } from './board.ts'

const kB = (bytes: number) => (bytes / 1000).toFixed(1)
export const totalBytes = (b: Bytes) => b.http + b.ws

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

const throttled = (t: Throttle) =>
  `${t.downKbit >= 1000 ? `${t.downKbit / 1000} Mbit/s` : `${t.downKbit} kbit/s`} down, ` +
  `${t.upKbit >= 1000 ? `${t.upKbit / 1000} Mbit/s` : `${t.upKbit} kbit/s`} up, ${t.rttMs} ms RTT` +
  (t.cpu > 1 ? `, CPU ${t.cpu}× slower` : '')

function bytesRow(label: string, b: Bytes): string {
  const k = b.byKind
  return `| ${label} | ${kB(totalBytes(b))} | ${kB(b.http)} | ${kB(k.js)} | ${kB(k.css)} | ${kB(k.font)} | ${kB(k.document)} | ${kB(k.api)} | ${kB(k.other)} | ${kB(b.ws)} | ${b.requests} |`
}

function timeRow(label: string, runs: Array<number | undefined>, width: number): string {
  const cells = Array.from({ length: width }, (_, i) => (runs[i] === undefined ? 'n/a' : runs[i]!.toFixed(0)))
  const known = runs.filter((x): x is number => x !== undefined)
  return `| ${label} | ${cells.join(' | ')} | ${known.length === runs.length && known.length ? median(known).toFixed(0) : 'n/a'} |`
}

export function deliveryTable(r: DeliveryResult): string {
  const width = r.phoneUsableMs.length
  return [
    '### 9. Delivery (ours): bytes and time to a usable page',
    '',
    `Debian Chromium ${r.chromium}, headless, software rendering, our server only (the peers have no web client). The board: ` +
      `templates ${TEMPLATES.join(' + ')} and ${NOTES} notes posted through the notes API (${r.shapes} shapes). Pages open the ` +
      'participant (join) link with a name already remembered in localStorage (no name dialog), or the home page. ' +
      "Bytes are counted from Chromium's network log (CDP): every HTTP response's `encodedDataLength` (bytes on the wire: " +
      "headers plus body as sent, compressed or not; 0 from the cache, a 304's headers on revalidation) until the network has " +
      'been quiet for 1 s after the page became usable, plus the payload of every WebSocket frame received until it became ' +
      "usable (the board's first sync, presence). kB = 1,000 bytes. Bytes sent by the browser are not counted. " +
      "Usable: the board page = the connection live (socket open, first sync done), tldraw's canvas and editor mounted and the editor " +
      `holding all ${r.shapes} shapes; the phone page = its note box enabled and the connection live; the home page = its ` +
      '"new session" form shown. Times are from navigation start (`performance.now()` in the page, checked every 50 ms), each run ' +
      'in a new browser context (cold cache), network throttled with `Network.emulateNetworkConditions` and CPU with ' +
      '`Emulation.setCPUThrottlingRate`.',
    '',
    '| visit | total (kB) | HTTP (kB) | JS | CSS | fonts | HTML | API | other | WebSocket until usable (kB) | HTTP responses |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    bytesRow('laptop board, first visit (1366×768)', r.laptopFirst),
    bytesRow('laptop board, repeat visit (reload in the same browser after the first)', r.laptopRepeat),
    bytesRow('phone page, first visit (390×844, touch)', r.phoneFirst),
    bytesRow('home page, first visit (1366×768)', r.home),
    '',
    `| time to usable (ms) | ${Array.from({ length: width }, (_, i) => `run ${i + 1}`).join(' | ')} | median |`,
    `| --- | ${Array.from({ length: width + 1 }, () => '---:').join(' | ')} |`,
    timeRow(`phone page, ${throttled(SLOW_PHONE)}`, r.phoneUsableMs, width),
    timeRow('… and its current question shown (the page has read the board)', r.phoneQuestionMs, width),
    timeRow(`board page (laptop), ${throttled(VENUE_WIFI)}`, r.boardUsableMs, width),
  ].join('\n')
}
