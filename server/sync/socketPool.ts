// The WebSocket server under /sync/ and /silent/: one `ws` server without its own HTTP listener, the
// handshake with its connection counts, and the liveness check both need. Every `pingIntervalMs` each socket is pinged; one that did not answer
// the previous ping is terminated, so a vanished phone (no FIN on a dropped Wi-Fi) does not hold its
// place in a room, or its connection counts, for ever.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Counter } from '../limits/counter.ts'

export class SocketPool {
  private readonly wss: WebSocketServer
  private readonly alive = new WeakSet<WebSocket>()
  private readonly pingTimer: NodeJS.Timeout

  constructor(opts: { maxMessageBytes: number; pingIntervalMs?: number }) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxMessageBytes })
    this.pingTimer = setInterval(() => this.pingAll(), opts.pingIntervalMs ?? 30_000)
    this.pingTimer.unref()
  }

  /**
   * Completes a checked handshake and hands the socket to `accept`. It counts under each [counter, key]
   * from the handshake (synchronous here) until it closes, however it closes.
   */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, counted: ReadonlyArray<readonly [Counter, string]>, accept: (ws: WebSocket) => void): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      for (const [counter, key] of counted) counter.add(key)
      ws.once('close', () => {
        for (const [counter, key] of counted) counter.remove(key)
      })
      accept(ws)
    })
  }

  /** Starts watching a socket that just completed its handshake. */
  watch(ws: WebSocket): void {
    this.alive.add(ws)
    ws.on('pong', () => this.alive.add(ws))
  }

  close(): void {
    clearInterval(this.pingTimer)
    for (const ws of this.wss.clients) ws.terminate()
    this.wss.close()
  }

  private pingAll(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate()
        continue
      }
      this.alive.delete(ws)
      ws.ping()
    }
  }
}
