// The owner's end of the tunnel: reads the `in` streams of the sessions it owns and turns every
// relayed WebSocket into a RemoteSocket, which a room takes like any other socket (RoomSocket:
// send/close) plus message and close callbacks. What the rooms send goes into the session's `out`
// stream, grouped per tick (tunnelWire.ts Outbox): one entry per update however many relayed clients
// get it.
//
// A relay that dies (kill -9) sends no closes: every `relayCheckMs` the host looks up the heartbeats
// of the relays it has connections from, and ends the connections of any that is gone, so presence
// and connection counts do not leak.
import type { Logger } from '../log.ts'
import { CloseCode } from '../sync/protocol.ts'
import type { RoomSocket } from '../sync/room.ts'
import type { ProcessHeartbeat } from './processes.ts'
import type { RedisLink } from './redisConnection.ts'
import { StreamReader, type StreamEntry } from './streamReader.ts'
import { EntryNumbers, Outbox, STREAM_MAXLEN, inKey, outKey, type Door, type RelayedOpen } from './tunnelWire.ts'
import type { Role } from '../storage/types.ts'

export interface RemoteInfo extends RelayedOpen {
  sessionId: string
  /** The relaying process. */
  relay: string
  /** The connection's id within that relay. */
  conn: string
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
  link: RedisLink
  heartbeat: ProcessHeartbeat
  log: Logger
  /** A relayed connection opened: hand it to its door (the lead's accept path). */
  onConnection: (socket: RemoteSocket) => void
  /** How often the relays' heartbeats are checked (default 1000 ms). */
  relayCheckMs?: number
}

export class TunnelHost {
  private readonly procId: string
  /** sessionId → `relay=conn` → socket */
  private readonly sessions = new Map<string, Map<string, RemoteSocket>>()
  private readonly outboxes = new Map<string, Outbox>()
  /** sessionId → the number of the last entry sent to its `out` stream */
  private readonly sent = new Map<string, number>()
  /** sessionId → the entry numbers received from each relay */
  private readonly received = new Map<string, EntryNumbers>()
  private flushScheduled = false
  private readonly reader: StreamReader
  private readonly relayTimer: NodeJS.Timeout
  private readonly inPrefix: string

  constructor(private readonly opts: TunnelHostOptions) {
    this.procId = opts.heartbeat.id
    this.inPrefix = inKey(opts.link.prefix, '')
    this.reader = new StreamReader(opts.link, `tunnel-host-${this.procId}`, this.consume, {
      onError: (error) => opts.log.error({ err: error.message, stack: error.stack }, 'cluster: a relayed frame could not be handled'),
    })
    this.relayTimer = setInterval(() => void this.dropDeadRelays(), opts.relayCheckMs ?? 1000)
    this.relayTimer.unref()
  }

  /** Starts taking connections relayed to this process for `sessionId`, from after entry `afterId`. */
  serve(sessionId: string, afterId: string): void {
    if (!this.sessions.has(sessionId)) {
      this.sessions.set(sessionId, new Map())
      this.received.set(sessionId, new EntryNumbers())
      this.announce(sessionId)
    }
    this.reader.follow(this.inPrefix + sessionId, afterId)
  }

  /**
   * An entry numbered 1 (the relays' numbering begins anew) telling relays to close the clients they
   * relay to this process for the session with 1012: a relay cannot tell otherwise that an `open` it
   * sent while this process was not serving (its lease lost and retaken by this same process) was never
   * read. Same owner id, no answer ever: the client would wait forever.
   */
  private announce(sessionId: string): void {
    this.sent.set(sessionId, 1)
    this.opts.link.command
      .xadd(outKey(this.opts.link.prefix, sessionId), 'MAXLEN', '~', STREAM_MAXLEN, '*', 'o', this.procId, 'n', '1', 't', '', 'k', 'serving')
      .catch((error: Error) => this.opts.log.error({ session: sessionId, err: error.message }, 'tunnel: cannot announce serving'))
  }

  serving(sessionId: string): boolean {
    return this.sessions.has(sessionId)
  }

  /** Stops serving `sessionId`: relayed connections still open are closed with `code` (default 1012: reconnect). */
  stop(sessionId: string, code: number = CloseCode.reconnect, reason = 'reconnect'): void {
    const sockets = this.sessions.get(sessionId)
    if (!sockets) return
    this.reader.unfollow(this.inPrefix + sessionId)
    for (const socket of Array.from(sockets.values())) socket.close(code, reason)
    this.sessions.delete(sessionId)
    this.flush()
    this.sent.delete(sessionId)
    this.received.delete(sessionId)
  }

  async close(): Promise<void> {
    clearInterval(this.relayTimer)
    for (const sessionId of Array.from(this.sessions.keys())) this.stop(sessionId, CloseCode.goingAway, 'server shutting down')
    this.flush()
    await this.reader.close()
  }

  private readonly consume = (key: string, { fields }: StreamEntry): void => {
    if (fields.get('o')?.toString() !== this.procId) return
    const sessionId = key.slice(this.inPrefix.length)
    const sockets = this.sessions.get(sessionId)
    const relay = fields.get('p')?.toString()
    const conn = fields.get('c')?.toString()
    if (!sockets || !relay || !conn) return
    const id = `${relay}=${conn}`
    if (!this.received.get(sessionId)?.follows(relay, Number(fields.get('n')?.toString()))) {
      // Entries of this relay were trimmed before we read them: its clients resync on reconnecting.
      this.opts.log.warn({ session: sessionId, relay }, 'tunnel: entries from a relay missed; its clients reconnect')
      for (const socket of Array.from(sockets.values())) if (socket.info.relay === relay) socket.close(CloseCode.reconnect, 'reconnect')
      if (fields.get('k')?.toString() !== 'open') return
    }
    switch (fields.get('k')?.toString()) {
      case 'open': {
        if (sockets.has(id)) return
        const socket = new RemoteSocket(this.side, { sessionId, relay, conn, ...readOpen(fields) })
        sockets.set(id, socket)
        try {
          this.opts.onConnection(socket)
        } catch (error) {
          this.opts.log.error({ session: sessionId, err: (error as Error).message }, 'relayed connection not accepted')
          socket.close(CloseCode.serverError, 'server error')
        }
        return
      }
      case 'frame': {
        const data = fields.get('d')
        if (data) sockets.get(id)?.deliver(data)
        return
      }
      case 'close': {
        const socket = sockets.get(id)
        sockets.delete(id)
        socket?.end()
        return
      }
    }
  }

  private readonly side: HostSide = {
    send: (socket, data) => {
      this.outbox(socket.info.sessionId).send(socket.info.relay, socket.info.conn, data)
    },
    close: (socket, code, reason) => {
      const { sessionId, relay, conn } = socket.info
      this.sessions.get(sessionId)?.delete(`${relay}=${conn}`)
      this.outbox(sessionId).close(relay, conn, code, reason)
    },
  }

  private outbox(sessionId: string): Outbox {
    let outbox = this.outboxes.get(sessionId)
    if (!outbox) {
      outbox = new Outbox()
      this.outboxes.set(sessionId, outbox)
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true
      // After every callback of this poll phase: one entry per payload, whoever it went to meanwhile.
      setImmediate(() => this.flush())
    }
    return outbox
  }

  private flush(): void {
    this.flushScheduled = false
    const redis = this.opts.link.command
    for (const [sessionId, outbox] of this.outboxes) {
      // The client auto-pipelines: every entry of this tick goes out in one write.
      const number = () => {
        const n = (this.sent.get(sessionId) ?? 0) + 1
        this.sent.set(sessionId, n)
        return n
      }
      for (const fields of outbox.drain(this.procId, number)) {
        redis.xadd(outKey(this.opts.link.prefix, sessionId), 'MAXLEN', '~', STREAM_MAXLEN, '*', ...fields).catch((error: Error) => {
          this.opts.log.error({ session: sessionId, err: error.message }, 'tunnel: cannot send to a relay')
        })
      }
    }
    this.outboxes.clear()
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
    if (dead.length === 0) return
    const gone = new Set(dead)
    for (const [sessionId, sockets] of this.sessions) {
      for (const socket of Array.from(sockets.values())) {
        if (!gone.has(socket.info.relay)) continue
        // Closed, not just forgotten: should the relay live after all (its heartbeat only late), its
        // client reconnects instead of talking to nobody.
        socket.close(CloseCode.reconnect, 'reconnect')
        this.opts.log.warn({ session: sessionId, relay: socket.info.relay }, 'tunnel: relay gone; its connection dropped')
      }
    }
  }
}

function readOpen(fields: Map<string, Buffer>): RelayedOpen {
  const extra = fields.get('x')?.toString()
  return {
    role: (fields.get('r')?.toString() ?? 'view') as Role,
    address: fields.get('a')?.toString() ?? 'unknown',
    door: (fields.get('door')?.toString() ?? 'sync') as Door,
    ...(extra ? { extra: JSON.parse(extra) as unknown } : {}),
  }
}
