// WebSocket front door of private documents: /silent/<token>?participant=<secret> (shared/api/
// privateNotes.ts). Checked before the handshake completes: what both doors check (sync/upgradeCheck.ts:
// the page's Origin 403, connections from this address 429, the token 404), then a view link (403: it
// never sees private notes), the participant secret resolved in that session (403: one identity can
// open its own document only, and names no other) and connections of this identity (429). Then the
// socket speaks y-websocket with its private room.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { RawData, WebSocket } from 'ws'
import { PARTICIPANT_PARAM } from '../../shared/api/identity.ts'
import { PRIVATE_SYNC_PATH } from '../../shared/api/privateNotes.ts'
import { Counter } from '../limits/counter.ts'
import type { Logger } from '../log.ts'
import type { ResolvedToken } from '../storage/types.ts'
import { CloseCode } from '../sync/protocol.ts'
import type { RoomSocket } from '../sync/connection.ts'
import { type RelayedSocket, routeUpgrade, type SessionRouter } from '../sync/sessionRouter.ts'
import { SessionDeletedError } from '../sync/rooms.ts'
import { SocketPool } from '../sync/socketPool.ts'
import { checkUpgrade, refuseUpgrade } from '../sync/upgradeCheck.ts'
import { toBytes } from '../sync/wsServer.ts'
import type { PrivateConnection } from './privateRoom.ts'
import type { PrivateDocs } from './privateDocs.ts'

/** Tabs one participant may have open on their private document at once. */
const MAX_PRIVATE_CONNECTIONS_PER_IDENTITY = 8

export interface PrivateSyncOptions {
  docs: PrivateDocs
  log: Logger
  resolveToken: (token: string) => Promise<ResolvedToken | undefined>
  /** The participant id of `secret` in the session, or undefined (identity/identityRegistry.ts). */
  resolveParticipant: (sessionId: string, secret: string | null) => Promise<string | undefined>
  maxMessageBytes: number
  maxBufferedBytes: number
  /** The origins the app is served at (PUBLIC_URL) and others allowed (ALLOWED_ORIGINS): http/origin.ts. */
  publicOrigins: readonly string[]
  allowedOrigins: readonly string[]
  /** 0 = no limit. */
  maxConnectionsPerAddress: number
  /** Several processes (server/cluster): where each session is served; absent, everything is here. */
  router?: SessionRouter
  pingIntervalMs?: number
}

const PATH = new RegExp(`^${PRIVATE_SYNC_PATH}/([A-Za-z0-9_-]{1,128})$`)

export class PrivateSyncServer {
  private readonly pool: SocketPool
  private readonly perAddress = new Counter()
  private readonly perIdentity = new Counter()

  constructor(private readonly opts: PrivateSyncOptions) {
    this.pool = new SocketPool(opts)
  }

  /** The http server's 'upgrade' handler. Returns false when the path is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://x')
    if (!url.pathname.startsWith(`${PRIVATE_SYNC_PATH}/`)) return false
    this.admit(req, socket, head, url).catch((error: Error) => {
      this.opts.log.error({ err: error.message }, 'private notes: websocket upgrade failed')
      socket.destroy()
    })
    return true
  }

  /** The checks after the path (upgradeCheck.ts, then the role and the participant), then the handshake. */
  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    const { log } = this.opts
    const admitted = await checkUpgrade(req, socket, PATH.exec(url.pathname)?.[1], this.perAddress, this.opts)
    if (!admitted) return
    const { address, resolved } = admitted
    const sessionId = resolved.session.id
    if (resolved.role === 'view') return void refuseUpgrade(socket, 403, 'Forbidden', 'the view link has no private notes')
    let participant: string | undefined
    try {
      // The identity store may be a database: the handshake goes on once it answered.
      participant = await this.opts.resolveParticipant(sessionId, url.searchParams.get(PARTICIPANT_PARAM))
    } catch (error) {
      log.error({ session: sessionId, err: (error as Error).message }, 'private notes: cannot check the participant')
      return void refuseUpgrade(socket, 503, 'Service Unavailable', 'cannot check the participant right now; try again shortly')
    }
    if (!participant) {
      return void refuseUpgrade(
        socket,
        403,
        'Forbidden',
        `unknown participant: put the secret from POST /api/sessions/${sessionId}/identity in ?${PARTICIPANT_PARAM}=`,
      )
    }
    const identityKey = `${sessionId}/${participant}`
    if (this.perIdentity.get(identityKey) >= MAX_PRIVATE_CONNECTIONS_PER_IDENTITY) {
      log.warn({ session: sessionId }, 'private notes: too many tabs of one participant')
      return void refuseUpgrade(socket, 429, 'Too Many Requests', `at most ${MAX_PRIVATE_CONNECTIONS_PER_IDENTITY} connections per participant`)
    }
    // Several processes: private notes live where their session is served (the reveal merges them there).
    const route = await routeUpgrade(this.opts.router, sessionId, socket, log)
    if (!route) return
    const counted: Array<readonly [Counter, string]> = [
      [this.perAddress, address],
      [this.perIdentity, identityKey],
    ]
    if (!route.mine) {
      const { owner } = route
      return this.pool.upgrade(req, socket, head, counted, (ws) => {
        this.pool.watch(ws)
        this.opts.router!.relay(ws, socket, sessionId, owner, { role: resolved.role, address, door: 'silent', extra: { participant } })
      })
    }
    this.pool.upgrade(req, socket, head, counted, (ws) => this.accept(ws, sessionId, participant))
  }

  /** A private-notes connection another process relays here, where its session is served (server/cluster). */
  acceptRelayed(socket: RelayedSocket): void {
    const { sessionId } = socket.info
    const participant = (socket.info.extra as { participant?: unknown } | undefined)?.participant
    if (typeof participant !== 'string') return socket.close(CloseCode.malformed, 'no participant')
    let conn: PrivateConnection | undefined
    socket.onClose(() => conn?.room.disconnect(conn))
    this.opts.docs.open(sessionId, participant).then(
      (room) => {
        if (socket.gone) return
        const opened = room.connect(socket)
        conn = opened
        socket.onMessage((data) => void room.receive(opened, data))
      },
      (error: Error) => {
        if (error instanceof SessionDeletedError) return socket.close(CloseCode.deleted, 'session deleted')
        this.opts.log.error({ session: sessionId, err: error.message }, 'private notes: cannot load')
        socket.close(CloseCode.serverError, 'cannot load private notes')
      },
    )
  }

  close(): void {
    this.pool.close()
  }

  private accept(ws: WebSocket, sessionId: string, participant: string): void {
    const { log, maxBufferedBytes } = this.opts
    this.pool.watch(ws)
    const socket: RoomSocket = {
      send: (data) => {
        if (ws.readyState !== ws.OPEN) return
        if (ws.bufferedAmount > maxBufferedBytes) return void ws.terminate()
        ws.send(data)
      },
      close: (code, reason) => ws.close(code, reason),
    }
    // Frames that arrive while the document loads wait here, in order.
    let conn: PrivateConnection | undefined
    const early: Uint8Array[] = []
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return void ws.close(CloseCode.malformed, 'binary frames only')
      if (conn) void conn.room.receive(conn, toBytes(data))
      else early.push(toBytes(data))
    })
    ws.on('close', () => conn?.room.disconnect(conn))
    ws.on('error', (error) => log.warn({ session: sessionId, err: error.message }, 'private notes: websocket error'))
    this.opts.docs.open(sessionId, participant).then(
      (room) => {
        // Left before the document was ready: it is on the unload clock already.
        if (ws.readyState !== ws.OPEN) return
        const opened = room.connect(socket)
        conn = opened
        for (const bytes of early.splice(0)) void room.receive(opened, bytes)
      },
      (error: Error) => {
        if (error instanceof SessionDeletedError) return void ws.close(CloseCode.deleted, 'session deleted')
        log.error({ session: sessionId, err: error.message }, 'private notes: cannot load')
        ws.close(CloseCode.serverError, 'cannot load private notes')
      },
    )
  }
}
