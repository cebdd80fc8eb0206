// The owner's end of the tunnel: takes the messages relays send to this process's inbox about sessions
// it owns and turns every relayed WebSocket into a RemoteSocket, which a room takes like any other
// socket (RoomSocket: send/close) plus message and close callbacks. What the rooms send goes back in
// the relay's inbox, one entry per relay and tick, one message per payload however many of its
// connections get it (tunnelWire.ts Batch).
//
// Messages about a session this process does not serve are answered with a 1012 close for that
// connection: its client reconnects and lands where the session is served (also after this process
// lost a lease and took it again, when an `open` sent meanwhile was never taken). While the lease is
// being claimed they wait: a relay that saw the new lease may be quicker than our own reply from Redis.
//
// A relay that dies (kill -9) sends no `gone`: every `relayCheckMs` the host looks up the heartbeats
// of the relays it has connections from, and ends the connections of any that is gone, so presence
// and connection counts do not leak.
import type { Logger } from '../log.ts'
import { CloseCode } from '../sync/protocol.ts'
import type { RoomSocket } from '../sync/room.ts'
import type { ProcessInbox } from './inbox.ts'
import type { ProcessHeartbeat } from './processes.ts'
import { isToOwner, type RelayedOpen, type ToOwner } from './tunnelWire.ts'

export interface RemoteInfo extends RelayedOpen {
  sessionId: string
  /** The relaying process. */
  relay: string
  /** The connection's id within that relay. */
  conn: number
}

interface HostSide {
  send(socket: RemoteSocket, data: Uint8Array): void
  close(socket: RemoteSocket, code: number, reason: string): void
}

/** A WebSocket on another process, as a room sees it. Frames arriving before onMessage is set wait, in order. */
export class RemoteSocket implements RoomSocket {
  private messageListener: ((data: Uint8Array) => void) | undefined
  private closeListener: (() => void) | undefined
  private early: Uint8Array[] = []
  private ended = false
  private closed = false

  constructor(
    private readonly side: HostSide,
    readonly info: RemoteInfo,
  ) {}

  /** Closed by the server or ended (the client left, its relay died): sends go nowhere. */
  get gone(): boolean {
    return this.closed || this.ended
  }

  send(data: Uint8Array): void {
    if (!this.gone) this.side.send(this, data)
  }

  /** Closes the client's WebSocket on its relay with this code; the close callback follows, as with `ws`. */
  close(code: number, reason: string): void {
    if (this.closed || this.ended) return
    this.closed = true
    this.side.close(this, code, reason)
    queueMicrotask(() => this.end())
  }

  onMessage(listener: (data: Uint8Array) => void): void {
    this.messageListener = listener
    for (const data of this.early.splice(0)) listener(data)
  }

  /** Called once when the connection is gone: the client left, the server closed it, or its relay died. */
  onClose(listener: () => void): void {
    this.closeListener = listener
    if (this.ended) listener()
  }

  /** @internal a frame from the client */
  deliver(data: Uint8Array): void {
    if (this.ended || this.closed) return
    if (this.messageListener) this.messageListener(data)
    else this.early.push(data)
  }

  /** @internal the connection is gone */
  end(): void {
    if (this.ended) return
    this.ended = true
    this.early = []
    this.closeListener?.()
  }
}

export interface TunnelHostOptions {
  inbox: ProcessInbox
  heartbeat: ProcessHeartbeat
  log: Logger
  /** A relayed connection opened: hand it to its door (the lead's accept path). */
  onConnection: (socket: RemoteSocket) => void
  /** How often the relays' heartbeats are checked (default 1000 ms). */
  relayCheckMs?: number
}

export class TunnelHost {
  /** sessionId → `relay conn` → socket */
  private readonly sessions = new Map<string, Map<string, RemoteSocket>>()
  /** sessionId → messages that arrived while its lease was being claimed, with their sender */
  private readonly claiming = new Map<string, Array<[string, ToOwner]>>()
  private readonly relayTimer: NodeJS.Timeout

  constructor(private readonly opts: TunnelHostOptions) {
    opts.inbox.listen({
      messages: (sender, messages) => {
        for (const message of messages) if (isToOwner(message)) this.take(sender, message)
      },
      gap: (sender) => this.dropRelay(sender, 'tunnel: entries from a relay missed; its clients reconnect'),
      unreachable: (relay) => this.dropRelay(relay, 'tunnel: relay gone; its connections dropped'),
    })
    this.relayTimer = setInterval(() => void this.dropDeadRelays(), opts.relayCheckMs ?? 1000)
    this.relayTimer.unref()
  }

  /** The lease of `sessionId` is being claimed: messages about it wait for serve() or stop(). */
  claim(sessionId: string): void {
    if (!this.sessions.has(sessionId) && !this.claiming.has(sessionId)) this.claiming.set(sessionId, [])
  }

  /** Starts taking connections relayed to this process for `sessionId`. */
  serve(sessionId: string): void {
    if (!this.sessions.has(sessionId)) this.sessions.set(sessionId, new Map())
    this.settleClaim(sessionId)
  }

  serving(sessionId: string): boolean {
    return this.sessions.has(sessionId)
  }

  /** Stops serving `sessionId`: relayed connections still open are closed with `code` (default 1012: reconnect). */
  stop(sessionId: string, code: number = CloseCode.reconnect, reason = 'reconnect'): void {
    const sockets = this.sessions.get(sessionId)
    this.sessions.delete(sessionId)
    for (const socket of Array.from(sockets?.values() ?? [])) socket.close(code, reason)
    // Whatever waited for a claim that failed is answered as any message for a session not served here.
    this.settleClaim(sessionId)
  }

  async close(): Promise<void> {
    clearInterval(this.relayTimer)
    for (const sessionId of Array.from(this.sessions.keys())) this.stop(sessionId, CloseCode.goingAway, 'server shutting down')
  }

  private settleClaim(sessionId: string): void {
    const waiting = this.claiming.get(sessionId)
    this.claiming.delete(sessionId)
    for (const [sender, message] of waiting ?? []) this.take(sender, message)
  }

  private take(relay: string, message: ToOwner): void {
    const waiting = this.claiming.get(message.session)
    if (waiting) return void waiting.push([relay, message])
    const sockets = this.sessions.get(message.session)
    const id = `${relay} ${message.conn}`
    if (!sockets) {
      // Not served here (any more): the client reconnects and finds where it is.
      if (message.kind !== 'gone')
        this.opts.inbox.to(relay).add({ kind: 'close', session: message.session, conn: message.conn, code: CloseCode.reconnect, reason: 'reconnect' })
      return
    }
    switch (message.kind) {
      case 'open': {
        if (sockets.has(id)) return
        const socket = new RemoteSocket(this.side, { sessionId: message.session, relay, conn: message.conn, ...message.open })
        sockets.set(id, socket)
        try {
          this.opts.onConnection(socket)
        } catch (error) {
          this.opts.log.error({ session: message.session, err: (error as Error).message }, 'relayed connection not accepted')
          socket.close(CloseCode.serverError, 'server error')
        }
        return
      }
      case 'data':
        sockets.get(id)?.deliver(message.data)
        return
      case 'gone': {
        const socket = sockets.get(id)
        sockets.delete(id)
        socket?.end()
        return
      }
    }
  }

  private readonly side: HostSide = {
    send: (socket, data) => {
      this.opts.inbox.to(socket.info.relay).frame(socket.info.sessionId, socket.info.conn, data)
    },
    close: (socket, code, reason) => {
      const { sessionId, relay, conn } = socket.info
      this.sessions.get(sessionId)?.delete(`${relay} ${conn}`)
      this.opts.inbox.to(relay).add({ kind: 'close', session: sessionId, conn, code, reason })
    },
  }

  /** Closes, not just forgets, the connections relayed by `relay`: should it live after all, its clients reconnect. */
  private dropRelay(relay: string, why: string): void {
    for (const [sessionId, sockets] of this.sessions) {
      for (const socket of Array.from(sockets.values())) {
        if (socket.info.relay !== relay) continue
        socket.close(CloseCode.reconnect, 'reconnect')
        this.opts.log.warn({ session: sessionId, relay }, why)
      }
    }
  }

  private async dropDeadRelays(): Promise<void> {
    const relays = new Set<string>()
    for (const sockets of this.sessions.values()) for (const socket of sockets.values()) relays.add(socket.info.relay)
    let dead: string[]
    try {
      dead = await this.opts.heartbeat.dead(Array.from(relays))
    } catch {
      return
    }
    for (const relay of dead) this.dropRelay(relay, 'tunnel: relay gone; its connection dropped')
  }
}
