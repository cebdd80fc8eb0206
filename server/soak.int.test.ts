// Integration: memory soak. SOAK_SESSIONS sessions (default 1000) are each created through the API,
// joined by a y-websocket client that syncs, writes a note and leaves, in parallel batches. With
// UNLOAD_AFTER_MS small every room must then be unloaded and the heap (after a full GC: the server runs
// with --expose-gc and /healthz?detail=1&gc=1) must be back near its baseline: nothing per session may
// stay behind in memory except the session's small metadata record. Figures in the README.
import { afterAll, describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { note } from './testing/board.ts'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { connectClient, eventually, handled, whenSynced } from './testing/yClient.ts'

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 1000)
const BATCH = 25
/** Allowed growth after everything unloaded: the sessions' metadata (~1 KB each) plus allocator slack. */
const MAX_GROWTH_BYTES = 12 * 1024 * 1024 + SESSIONS * 2048

interface Health {
  rooms: number
  connections: number
  heapUsedBytes: number
  rssBytes: number
}

let s: ServerProcess | undefined
// Each y-websocket provider in Node adds a process 'exit' listener; a batch of them is expected here.
process.setMaxListeners(BATCH * 4 + 10)

afterAll(async () => {
  await s?.stop()
})

async function health(server: ServerProcess, gc = false): Promise<Health> {
  const res = await fetch(`${server.url}/healthz?detail=1${gc ? '&gc=1' : ''}`)
  return (await res.json()) as Health
}

async function openAndLeave(server: ServerProcess, n: number): Promise<void> {
  const session = await createSession(server.url, `Soak ${n}`)
  const client = connectClient(server.wsUrl, session.join)
  try {
    await whenSynced(client, 20_000)
    BoardDoc.of(client.doc).apply({ put: [note(`shape:soak${n}`, `sessie ${n}`)] })
    // The server has handled the note before the socket closes: the room then also writes and compacts.
    await handled(client)
  } finally {
    client.destroy()
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

describe('memory soak', () => {
  it(
    `opens and leaves ${SESSIONS} sessions; memory returns near baseline once they unload`,
    async () => {
      s = await startServerProcess({
        nodeArgs: ['--expose-gc'],
        env: { UNLOAD_AFTER_MS: '100', LOG_LEVEL: 'info', SESSION_CREATES_PER_MINUTE: '0' },
      })
      const server = s
      // Warm-up: code paths compiled and caches filled, so the baseline is not an empty process.
      await Promise.all(Array.from({ length: BATCH }, (_, i) => openAndLeave(server, -1 - i)))
      await eventually(async () => expect((await health(server)).rooms).toBe(0), 10_000, 50)
      const baseline = await health(server, true)

      let peak = baseline
      const started = performance.now()
      for (let first = 0; first < SESSIONS; first += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, SESSIONS - first) }, (_, i) => openAndLeave(server, first + i))
        await Promise.all(batch)
        const now = await health(server)
        if (now.heapUsedBytes > peak.heapUsedBytes) peak = now
      }
      const openedMs = performance.now() - started

      await eventually(
        async () => {
          const now = await health(server)
          expect(now.rooms).toBe(0)
          expect(now.connections).toBe(0)
        },
        20_000,
        100,
      )
      const after = await health(server, true)
      console.info(
        `soak: ${SESSIONS} sessions in ${(openedMs / 1000).toFixed(1)}s; heap baseline ${mb(baseline.heapUsedBytes)} MB, ` +
          `peak ${mb(peak.heapUsedBytes)} MB (${peak.rooms} rooms loaded), after unload ${mb(after.heapUsedBytes)} MB; ` +
          `rss baseline ${mb(baseline.rssBytes)} MB, after ${mb(after.rssBytes)} MB`,
      )
      expect(after.heapUsedBytes - baseline.heapUsedBytes).toBeLessThan(MAX_GROWTH_BYTES)
      // A time limit, not an assertion: generous, so that a busy 2-core machine running another file beside
      // this one (npm test runs two workers) does not fail a memory test on time.
    },
    60_000 + SESSIONS * 120,
  )
})
