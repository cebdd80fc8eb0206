// WebSocket front door: /sync/<token> upgrades are checked against the session store before the
// handshake completes (unknown token → 404, no session created by guessing), then the socket is
// handed to its room once the room's document is loaded.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { Logger } from '../log.ts'
import type { ResolvedToken } from '../storage/types.ts'
import { CloseCode } from './protocol.ts'
import type { Connection, RoomSocket } from './room.ts'
import type { Rooms } from './rooms.ts'

export interface SyncServerOptions {
  rooms: Rooms
  log: Logger
  resolveToken: (token: string) => ResolvedToken | undefined
  maxMessageBytes: number
  /** A client whose unsent data grows past this is disconnected instead of growing our memory. */
  maxBufferedBytes?: number
  pingIntervalMs?: number
}

const SYNC_PATH = /^\/sync\/([A-Za-z0-9_-]{1,128})$/

export class SyncServer {
  private readonly wss: WebSocketServer
  private readonly alive = new WeakSet<WebSocket>()
  private readonly pingTimer: NodeJS.Timeout

  constructor(private readonly opts: SyncServerOptions) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxMessageBytes })
    this.pingTimer = setInterval(() => this.pingAll(), opts.pingIntervalMs ?? 30_000)
    this.pingTimer.unref()
  }

  /** The http server's 'upgrade' handler. Returns false when the path is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const pathname = (req.url ?? '').split('?')[0] ?? ''
    if (!pathname.startsWith('/sync/')) return false
    const match = SYNC_PATH.exec(pathname)
    const resolved = match ? this.opts.resolveToken(match[1]!) : undefined
    if (!resolved) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return true
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, resolved))
    return true
  }

  close(): void {
    clearInterval(this.pingTimer)
    for (const ws of this.wss.clients) ws.terminate()
    this.wss.close()
  }

  private accept(ws: WebSocket, { session, role }: ResolvedToken): void {
    const log = this.opts.log
    const maxBuffered = this.opts.maxBufferedBytes ?? 32 * 1024 * 1024
    this.alive.add(ws)
    ws.on('pong', () => this.alive.add(ws))

    const socket: RoomSocket = {
      send: (data) => {
        if (ws.readyState !== ws.OPEN) return
        if (ws.bufferedAmount > maxBuffered) {
          log.warn({ session: session.id, role }, 'client too slow; disconnecting')
          ws.terminate()
          return
        }
        ws.send(data)
      },
      close: (code, reason) => ws.close(code, reason),
    }

    // Frames that arrive while the document loads wait here, in order.
    let conn: Connection | undefined
    const early: Uint8Array[] = []
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(CloseCode.malformed, 'binary frames only')
        return
      }
      const bytes = toBytes(data)
      if (conn) conn.receive(bytes)
      else early.push(bytes)
    })
    ws.on('close', () => conn?.close())
    ws.on('error', (error) => log.warn({ session: session.id, err: error.message }, 'websocket error'))

    this.opts.rooms.open(session.id).then(
      (room) => {
        if (ws.readyState !== ws.OPEN) {
          // Left before the room was ready; the room may now be empty.
          this.opts.rooms.releaseIfEmpty(room)
          return
        }
        conn = room.connect(socket, role)
        for (const bytes of early.splice(0)) conn.receive(bytes)
      },
      (error: Error) => {
        log.error({ session: session.id, err: error.message }, 'cannot load session')
        ws.close(CloseCode.serverError, 'cannot load session')
      },
    )
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

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
