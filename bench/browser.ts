// The browser scenario (ours only: the peers have no client of their own). Debian's Chromium opens a
// participant's board on our server; participants in Node add 1,000 notes (10 people × 100, in their own
// updates), and we time until the page's tldraw editor holds all of them. Then, with 2,000 notes on the
// board and all of them in view, the page pans for 3 s and records the time between animation frames.
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { IndexKey } from '@tldraw/utils'
import { launchBrowser } from '../e2e/browser.ts'
import { createSession, startServerProcess } from '../server/testing/serverProcess.ts'
import { BoardDoc } from '../shared/board/boardDoc.ts'
import { noteRecord } from '../shared/board/noteRecord.ts'
import { percentile } from './metrics.ts'
import { poll } from './poll.ts'

export interface BrowserResult {
  notesAppearMs: number
  frames: number
  frameP50: number
  frameP95: number
  frameP99: number
  fps: number
  shapes: number
}

async function participant(wsUrl: string, token: string): Promise<{ board: BoardDoc; close(): void }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${wsUrl}/sync`, token, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return {
    board: BoardDoc.of(doc),
    close() {
      provider.destroy()
      doc.destroy()
    },
  }
}

function notes(board: BoardDoc, from: number, count: number, who: number) {
  const pageId = board.all().find((r) => r.typeName === 'page')!.id
  return Array.from({ length: count }, (_, k) => {
    const n = from + k
    return noteRecord({ id: `shape:bench${who}x${n}`, text: `idee ${n}`, x: (n % 50) * 240, y: Math.floor(n / 50) * 240, pageId, index: 'a1' as IndexKey })
  })
}

/** Polls (our CSP forbids the eval behind page.waitForFunction with source text). */
async function until(ok: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  await poll(async () => (await ok()) || undefined, { what: 'condition', timeoutMs, stepMs: 50 })
}

export async function runBrowser(): Promise<BrowserResult> {
  const server = await startServerProcess({ env: { MAX_CONNECTIONS_PER_ADDRESS: '0' } })
  const browser = await launchBrowser()
  const people: Array<{ board: BoardDoc; close(): void }> = []
  try {
    const session = await createSession(server.url, 'Bench: 1.000 notities')
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
    await page.goto(`${server.url}/s/${session.join}`)
    await page.getByTestId('name-input').fill('Kijker')
    await page.getByTestId('name-submit').click()
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 })
    await until(async () => (await page.evaluate('Boolean(window.__samenbordEditor)')) as boolean)
    for (let i = 0; i < 10; i++) people.push(await participant(server.wsUrl, session.join))

    // In-page code is passed as source text: tsx's helpers (__name) do not exist in the page.
    const editor = 'window.__samenbordEditor'
    const count = () => page.evaluate(`${editor}.getCurrentPageShapes().length`) as Promise<number>

    // 1. 1,000 notes by 10 others, each person's 100 in one update, all sent at once.
    const before = await count()
    const appeared = page.evaluate(`new Promise((resolve) => {
      const e = ${editor}
      const check = () => {
        if (e.getCurrentPageShapes().length < ${before + 1000}) return false
        resolve(performance.timeOrigin + performance.now())
        return true
      }
      if (check()) return
      const stop = e.store.listen(() => { if (check()) stop() })
    })`) as Promise<number>
    await new Promise((r) => setTimeout(r, 200)) // the listener is in place
    const sentAt = performance.timeOrigin + performance.now()
    people.forEach((p, i) => {
      p.board.apply({ put: notes(p.board, i * 100, 100, i) })
    })
    const notesAppearMs = (await appeared) - sentAt

    // 2. 2,000 notes, all in view, panned for 3 s.
    people.forEach((p, i) => {
      p.board.apply({ put: notes(p.board, 1000 + i * 100, 100, i) })
    })
    await until(async () => (await count()) >= before + 2000)
    const shapes = await count()
    const frames = (await page.evaluate(`new Promise((resolve) => {
      const e = ${editor}
      e.zoomToFit()
      const start = e.getCamera()
      const times = []
      let last = performance.now()
      const began = last
      const step = (now) => {
        times.push(now - last)
        last = now
        const t = (now - began) / 1000
        e.setCamera({ x: start.x + Math.sin(t * 2) * 400, y: start.y + Math.cos(t * 2) * 200, z: start.z })
        if (now - began < 3000) requestAnimationFrame(step)
        else resolve(times.slice(1))
      }
      requestAnimationFrame(step)
    })`)) as number[]
    const sorted = [...frames].sort((a, b) => a - b)
    const total = frames.reduce((a, b) => a + b, 0)
    return {
      notesAppearMs,
      frames: frames.length,
      frameP50: percentile(sorted, 50),
      frameP95: percentile(sorted, 95),
      frameP99: percentile(sorted, 99),
      fps: (frames.length / total) * 1000,
      shapes,
    }
  } finally {
    for (const p of people) p.close()
    await browser.close()
    await server.stop()
  }
}
