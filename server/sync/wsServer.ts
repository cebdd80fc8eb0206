// WebSocket front door: /sync/<token> upgrades are checked before the handshake completes — the
// page's Origin (403), connections from this address (429), the token against the session store (404,
// no session created by guessing), connections to this session (503) — then the socket is handed to
// its room once the room's document is loaded. The room judges every update (writePolicy.ts), the
// document size limit included.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { RawData, WebSocket } from 'ws'
import { Counter } from '../limits/counter.ts'
import type { Logger } from '../log.ts'
import type { ResolvedToken } from '../storage/types.ts'
import { CloseCode, MalformedMessage, parseMessage, type Incoming } from './protocol.ts'
import type { Connection, RoomSocket } from './room.ts'
import { SessionDeletedError, type Rooms } from './rooms.ts'
import { SendBatch } from './sendBatch.ts'
import { SocketPool } from './socketPool.ts'
import { checkUpgrade, refuseUpgrade } from './upgradeCheck.ts'

export interface SyncServerOptions {
  rooms: Rooms
  log: Logger
  resolveToken: (token: string) => Promise<ResolvedToken | undefined>
  maxMessageBytes: number
  /** A client whose unsent data grows past this is disconnected instead of growing our memory. */
  maxBufferedBytes: number
  /** The origins the app is served at (PUBLIC_URL); pages there may connect. */
  publicOrigins: readonly string[]
  /** Other origins whose pages may connect (ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[]
  /** 0 = no limit. */
  maxConnectionsPerSession: number
  /** 0 = no limit. */
  maxConnectionsPerAddress: number
  pingIntervalMs?: number
}

const SYNC_PATH = /^\/sync\/([A-Za-z0-9_-]{1,128})$/

export class SyncServer {
  private readonly pool: SocketPool
  private readonly perSession = new Counter()
  private readonly perAddress = new Counter()
  private readonly batch = new SendBatch()

  constructor(private readonly opts: SyncServerOptions) {
    this.pool = new SocketPool(opts)
  }

  /** The http server's 'upgrade' handler. Returns false when the path is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const pathname = (req.url ?? '').split('?')[0] ?? ''
    if (!pathname.startsWith('/sync/')) return false
    this.admit(req, socket, head, SYNC_PATH.exec(pathname)?.[1]).catch((error: Error) => {
      this.opts.log.error({ err: error.message }, 'websocket upgrade failed')
      socket.destroy()
    })
    return true
  }

  /** The checks after the path (upgradeCheck.ts, then a full session), then the handshake. */
  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer, token: string | undefined): Promise<void> {
    const { log, maxConnectionsPerSession } = this.opts
    const admitted = await checkUpgrade(req, socket, token, this.perAddress, this.opts)
    if (!admitted) return
    const { address, resolved } = admitted
    const sessionId = resolved.session.id
    if (maxConnectionsPerSession > 0 && this.perSession.get(sessionId) >= maxConnectionsPerSession) {
      log.warn({ session: sessionId, limit: maxConnectionsPerSession }, 'websocket refused: session full')
      return void refuseUpgrade(socket, 503, 'Service Unavailable', `session full: at most ${maxConnectionsPerSession} connections`)
    }
    this.pool.upgrade(
      req,
      socket,
      head,
      [
        [this.perSession, sessionId],
        [this.perAddress, address],
      ],
      (ws) => this.accept(ws, socket, resolved),
    )
  }

  close(): void {
    this.pool.close()
  }

  private accept(ws: WebSocket, raw: Duplex, { session, role }: ResolvedToken): void {
    const log = this.opts.log
    const maxBuffered = this.opts.maxBufferedBytes
    this.pool.watch(ws)

    const socket: RoomSocket = {
      send: (data) => {
        if (ws.readyState !== ws.OPEN) return
        if (ws.bufferedAmount > maxBuffered) {
          // A close frame would queue behind the data it cannot read; drop the socket instead.
          log.warn({ session: session.id, role, buffered: ws.bufferedAmount }, 'client too slow; disconnecting')
          ws.terminate()
          return
        }
        this.batch.hold(raw)
        ws.send(data)
      },
      close: (code, reason) => ws.close(code, reason),
    }

    // Frames that arrive while the document loads wait here, in order.
    let conn: Connection | undefined
    const early: Uint8Array[] = []
    const deliver = (c: Connection, bytes: Uint8Array): void => {
      // Parsed once here; a malformed frame goes to the room as bytes, which refuses it and closes.
      const message = parseOrUndefined(bytes)
      if (!message) return c.receive(bytes)
      c.receiveMessage(message, bytes)
    }
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(CloseCode.malformed, 'binary frames only')
        return
      }
      const bytes = toBytes(data)
      if (conn) deliver(conn, bytes)
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
        for (const bytes of early.splice(0)) deliver(conn, bytes)
      },
      (error: Error) => {
        // Deleted between the token check and the load: say so, as to the room's other clients.
        if (error instanceof SessionDeletedError) return void ws.close(CloseCode.deleted, 'session deleted')
        log.error({ session: session.id, err: error.message }, 'cannot load session')
        ws.close(CloseCode.serverError, 'cannot load session')
      },
    )
  }
}

function parseOrUndefined(frame: Uint8Array): Incoming | undefined {
  try {
    return parseMessage(frame)
  } catch (error) {
    if (error instanceof MalformedMessage) return undefined
    throw error
  }
}

export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
