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
import type { ResolvedToken, Role } from '../storage/types.ts'
import { CloseCode, MalformedMessage, parseMessage, type Incoming } from './protocol.ts'
import type { Connection, RoomSocket } from './room.ts'
import { ServedElsewhereError, SessionDeletedError, type Rooms } from './rooms.ts'
import { SendBatch } from './sendBatch.ts'
import { type RelayedSocket, routeUpgrade, type SessionRouter } from './sessionRouter.ts'
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
  /** Several processes (server/cluster): where each session is served; absent, everything is here. */
  router?: SessionRouter
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
    if (this.full(sessionId)) {
      log.warn({ session: sessionId, limit: maxConnectionsPerSession }, 'websocket refused: session full')
      return void refuseUpgrade(socket, 503, 'Service Unavailable', `session full: at most ${maxConnectionsPerSession} connections`)
    }
    // Before the handshake completes, so that no frame arrives before we know where it goes.
    const route = await routeUpgrade(this.opts.router, sessionId, socket, log)
    if (!route) return
    if (!route.mine) {
      const { owner } = route
      // Counted by the owner, which sees every connection of the session (acceptRelayed).
      return this.pool.upgrade(req, socket, head, [[this.perAddress, address]], (ws) => {
        this.pool.watch(ws)
        this.opts.router!.relay(ws, socket, sessionId, owner, { role: resolved.role, address, door: 'sync' })
      })
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

  /**
   * A board connection another process relays here, the session's owner (server/cluster), after the
   * same checks on the relay (origin, address, token): counted against the session's limit with this
   * process's own, since the owner sees them all. The room cannot tell it from a local one.
   */
  acceptRelayed(socket: RelayedSocket): void {
    const { sessionId, role } = socket.info
    if (this.full(sessionId)) {
      this.opts.log.warn({ session: sessionId, limit: this.opts.maxConnectionsPerSession }, 'relayed websocket refused: session full')
      return socket.close(CloseCode.tryAgainLater, `session full: at most ${this.opts.maxConnectionsPerSession} connections`)
    }
    this.perSession.add(sessionId)
    let conn: Connection | undefined
    socket.onClose(() => {
      this.perSession.remove(sessionId)
      conn?.close()
    })
    this.join(
      sessionId,
      role,
      socket,
      () => socket.gone,
      (joined) => {
        conn = joined
        // Frames that arrived while the room loaded were held by the socket, in order.
        socket.onMessage((data) => deliver(joined, data))
      },
    )
  }

  private full(sessionId: string): boolean {
    const max = this.opts.maxConnectionsPerSession
    return max > 0 && this.perSession.get(sessionId) >= max
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

    this.join(
      session.id,
      role,
      socket,
      () => ws.readyState !== ws.OPEN,
      (joined) => {
        conn = joined
        for (const bytes of early.splice(0)) deliver(joined, bytes)
      },
    )
  }

  /** Opens the session's room (loading it if needed) and connects the socket, unless it left meanwhile. */
  private join(sessionId: string, role: Role, socket: RoomSocket, gone: () => boolean, joined: (conn: Connection) => void): void {
    this.opts.rooms.open(sessionId).then(
      (room) => {
        if (gone()) {
          // Left before the room was ready; the room may now be empty.
          this.opts.rooms.releaseIfEmpty(room)
          return
        }
        joined(room.connect(socket, role))
      },
      (error: Error) => {
        // Deleted between the token check and the load: say so, as to the room's other clients.
        if (error instanceof SessionDeletedError) return socket.close(CloseCode.deleted, 'session deleted')
        // Another process took the session between the routing and the load: the client comes back there.
        if (error instanceof ServedElsewhereError) return socket.close(CloseCode.reconnect, 'reconnect')
        this.opts.log.error({ session: sessionId, err: error.message }, 'cannot load session')
        socket.close(CloseCode.serverError, 'cannot load session')
      },
    )
  }
}

/** Parsed once here; a malformed frame goes to the room as bytes, which refuses it and closes. */
function deliver(conn: Connection, bytes: Uint8Array): void {
  const message = parseOrUndefined(bytes)
  if (!message) return conn.receive(bytes)
  conn.receiveMessage(message, bytes)
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
