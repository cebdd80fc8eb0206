// GET /healthz: `{"ok":true}` for load balancers; `?detail=1` adds what an operator (or the memory soak
// test) needs: loaded rooms, live connections, rooms whose disk writes fail, and memory. `&gc=1` runs a
// full garbage collection first, only when the process was started with --expose-gc (tests do), so a
// heap reading is not inflated by garbage. No tokens or session ids appear here.
import type { ServerResponse } from 'node:http'
import { sendJson } from './respond.ts'

export interface HealthStats {
  rooms: number
  connections: number
  storageFailing: number
}

export function handleHealth(res: ServerResponse, query: URLSearchParams, stats?: () => HealthStats): void {
  if (query.get('detail') !== '1' || !stats) {
    sendJson(res, 200, { ok: true })
    return
  }
  const gc = (globalThis as { gc?: () => void }).gc
  if (query.get('gc') === '1' && gc) gc()
  const memory = process.memoryUsage()
  sendJson(res, 200, { ok: true, ...stats(), heapUsedBytes: memory.heapUsed, rssBytes: memory.rss })
}
