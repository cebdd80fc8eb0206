// Integration: crash safety under load. Each trial starts the server on the same DATA_DIR, lets
// CRASH_CLIENTS y-websocket clients write notes continuously, kills the server with SIGKILL at a
// random moment, restarts it and checks that every note any client had RECEIVED from the server (one
// another client wrote) is on disk. The server writes before it relays, so this must hold however the
// kill lands. CRASH_TRIALS (default 5) sets the number of kills; see the README for the figures reached.
import { afterEach, describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { note, readBoard, shapeIds } from './testing/board.ts'
import { createSession, startServerProcess, tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { connectClient, eventually, whenSynced, type YClient } from './testing/yClient.ts'

const TRIALS = Number(process.env.CRASH_TRIALS ?? 5)
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 4)

let current: ServerProcess | undefined

afterEach(async () => {
  await current?.stop()
  current = undefined
})

interface Writer {
  client: YClient
  /** Ids of the notes this client wrote itself: everything else in its doc came from the server. */
  own: Set<string>
  timer: NodeJS.Timeout
}

function startWriter(s: ServerProcess, token: string, trial: number, index: number): Writer {
  const client = connectClient(s.wsUrl, token)
  const own = new Set<string>()
  let n = 0
  const timer = setInterval(() => {
    if (!client.provider.synced) return
    // A few notes per tick, as a busy room produces them.
    const puts = Array.from({ length: 3 }, () => {
      const id = `shape:t${trial}c${index}n${n++}`
      own.add(id)
      return note(id, `proef ${trial}, deelnemer ${index}, notitie ${n}`)
    })
    BoardDoc.of(client.doc).apply({ put: puts })
  }, 4)
  return { client, own, timer }
}

describe('crash safety', () => {
  it(
    `${TRIALS} random kill -9s under ${CLIENTS} writing clients lose nothing a client had received`,
    async () => {
      const dataDir = tempDataDir('samenbord-crash-')
      current = await startServerProcess({ dataDir, env: { LOG_LEVEL: 'info' } })
      const session = await createSession(current.url)
      let verified = 0
      let mustHave = new Set<string>()

      for (let trial = 0; trial < TRIALS; trial++) {
        const s = current
        const writers = Array.from({ length: CLIENTS }, (_, i) => startWriter(s, session.join, trial, i))
        await Promise.all(writers.map((w) => whenSynced(w.client)))
        // Not a wait for anything: the kill lands at a random moment in the write stream, which is what
        // each trial samples (a barrier would always kill at the same, quiet point).
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 500))
        await s.kill9()

        // What each client had received from the server: every note in its doc it did not write.
        for (const w of writers) {
          clearInterval(w.timer)
          for (const id of shapeIds(BoardDoc.of(w.client.doc).all())) if (!w.own.has(id)) mustHave.add(id)
          w.client.destroy()
        }
        expect(mustHave.size, `trial ${trial}: clients received nothing before the kill`).toBeGreaterThan(0)

        current = await startServerProcess({ dataDir, env: { LOG_LEVEL: 'info' } })
        const stored = new Set(shapeIds(await readBoard(current, session.view)))
        const lost = [...mustHave].filter((id) => !stored.has(id))
        expect(lost, `trial ${trial}: lost ${lost.length} of ${mustHave.size} received notes`).toEqual([])
        verified += mustHave.size
        // Everything on disk now must also survive every later crash.
        mustHave = stored
      }
      console.info(`crash: ${TRIALS} kill -9 trials, ${CLIENTS} clients, ${verified} received-note checks passed, ${mustHave.size} notes stored`)
    },
    20_000 + TRIALS * 8_000,
  )

  it('after a restart on the same port, clients reconnect by themselves and offline edits merge', async () => {
    const first = await startServerProcess({ env: { LOG_LEVEL: 'info' } })
    current = first
    const session = await createSession(first.url)
    const offline = connectClient(first.wsUrl, session.join)
    const online = connectClient(first.wsUrl, session.join)
    try {
      await Promise.all([whenSynced(offline), whenSynced(online)])
      BoardDoc.of(offline.doc).apply({ put: [note('shape:before', 'voor de storing')] })
      await eventually(() => expect(BoardDoc.of(online.doc).get('shape:before')).toBeTruthy())

      offline.provider.disconnect()
      BoardDoc.of(offline.doc).apply({ put: [note('shape:offline', 'in de trein getypt')] })
      BoardDoc.of(online.doc).apply({ put: [note('shape:online', 'terwijl de ander offline was')] })
      await eventually(async () => expect(shapeIds(await readBoard(first, session.view))).toContain('shape:online'))
      await first.stop()

      current = await startServerProcess({ dataDir: first.dataDir, env: { LOG_LEVEL: 'info', PORT: String(first.port) } })
      offline.provider.connect() // back online; `online` reconnects by itself
      const all = ['shape:before', 'shape:offline', 'shape:online']
      await eventually(() => {
        expect(online.provider.wsconnected).toBe(true)
        for (const c of [offline, online]) for (const id of all) expect(BoardDoc.of(c.doc).get(id), id).toBeTruthy()
      }, 10_000)
      expect(shapeIds(await readBoard(current, session.view))).toEqual(expect.arrayContaining(all))
    } finally {
      offline.destroy()
      online.destroy()
    }
  })
})
