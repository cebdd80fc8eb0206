// The relay's end of the tunnel: bridges a local WebSocket, whose session another process owns, to
// that owner. Frames go into the session's `in` stream, addressed to the owner; the `out` stream is
// read for the entries naming this process's connections.
//
// Every `checkEveryMs` each relayed session's lease and its owner's heartbeat are looked up: when the
// lease moved, lapsed, or the owner died, the session's clients are closed with 1012 "reconnect". A
// y-websocket client reconnects, lands on some process (perhaps this one, now the owner), and sends in
// its sync step 2 whatever the new owner lacks.
import type { RawData, WebSocket } from 'ws'
import type { Logger } from '../log.ts'
import { CloseCode } from '../sync/protocol.ts'
import type { ProcessHeartbeat } from './processes.ts'
import type { RedisLink } from './redisConnection.ts'
import { StreamReader, lastStreamId, type StreamEntry } from './streamReader.ts'
import { EntryNumbers, STREAM_MAXLEN, inKey, outKey, targetsOf, type RelayedOpen } from './tunnelWire.ts'

export interface TunnelRelayOptions {
  link: RedisLink
  heartbeat: ProcessHeartbeat
  /** Who owns a session now (SessionLeases.owner). */
  owner: (sessionId: string) => Promise<string | undefined>
  log: Logger
  /** A client whose unsent data grows past this is disconnected (as SyncServer does). */
  maxBufferedBytes: number
  /** How often each relayed session's owner is checked (default 1000 ms). */
  checkEveryMs?: number
}

interface Relayed {
  owner: string
  clients: Map<string, WebSocket>
  /** Resolves once the `out` stream is followed: nothing is sent to the owner before. */
  started: Promise<void>
  /** The number of our last entry in its `in` stream. */
  sent: number
  /** The owner's entry numbers in its `out` stream. */
  received: EntryNumbers
}

export class TunnelRelay {
  private readonly procId: string
  private readonly sessions = new Map<string, Relayed>()
  private readonly reader: StreamReader
  private readonly timer: NodeJS.Timeout
  private readonly outPrefix: string
  private nextConn = 0

  constructor(private readonly opts: TunnelRelayOptions) {
    this.procId = opts.heartbeat.id
    this.outPrefix = outKey(opts.link.prefix, '')
    this.reader = new StreamReader(opts.link, `tunnel-relay-${this.procId}`, this.consume, {
      onError: (error) => opts.log.error({ err: error.message, stack: error.stack }, 'cluster: a relayed frame could not be handled'),
    })
    this.timer = setInterval(() => void this.checkOwners(), opts.checkEveryMs ?? 1000)
    this.timer.unref()
  }

  /** Relays `ws` (its handshake done, its token checked here) to `owner`, the process that owns `sessionId`. */
  bridge(ws: WebSocket, sessionId: string, owner: string, open: RelayedOpen): void {
    const session = this.session(sessionId, owner)
    const conn = (this.nextConn++).toString(36)
    session.clients.set(conn, ws)
    const redis = this.opts.link.command
    const key = inKey(this.opts.link.prefix, sessionId)
    const add = (...fields: Array<string | Buffer>) =>
      // Numbered as issued: one connection sends them, so Redis adds them in this order.
      void redis
        .xadd(key, 'MAXLEN', '~', STREAM_MAXLEN, '*', 'o', owner, 'p', this.procId, 'n', String(++session.sent), 'c', conn, 'k', ...fields)
        .catch((error: Error) => {
          this.opts.log.error({ session: sessionId, err: error.message }, 'tunnel: cannot send to the owner')
        })

    // Until the `out` stream is followed, frames wait here in order; afterwards they go straight out.
    let early: Buffer[] | undefined = []
    let gone = false
    session.started.then(
      () => {
        if (gone) return
        add('open', 'r', open.role, 'a', open.address, 'door', open.door, ...(open.extra === undefined ? [] : ['x', JSON.stringify(open.extra)]))
        for (const data of early ?? []) add('frame', 'd', data)
        early = undefined
      },
      () => ws.close(CloseCode.serverError, 'relay unavailable'),
    )
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return void ws.close(CloseCode.malformed, 'binary frames only')
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)
      if (early) early.push(bytes)
      else add('frame', 'd', bytes)
    })
    ws.on('close', () => {
      gone = true
      // Closed by the owner (or by a change of owner) already: nothing to tell.
      if (session.clients.get(conn) !== ws) return
      session.clients.delete(conn)
      if (!early) add('close')
      if (session.clients.size === 0 && this.sessions.get(sessionId) === session) this.forget(sessionId)
    })
    ws.on('error', (error) => this.opts.log.warn({ session: sessionId, err: error.message }, 'websocket error'))
  }

  /** How many clients this process relays for `sessionId`. */
  relayed(sessionId: string): number {
    return this.sessions.get(sessionId)?.clients.size ?? 0
  }

  async close(): Promise<void> {
    clearInterval(this.timer)
    for (const sessionId of Array.from(this.sessions.keys())) this.drop(sessionId, CloseCode.goingAway, 'server shutting down')
    await this.reader.close()
  }

  private session(sessionId: string, owner: string): Relayed {
    const known = this.sessions.get(sessionId)
    if (known?.owner === owner) return known
    // The owner changed since: whoever still talks to the old one reconnects.
    if (known) this.drop(sessionId, CloseCode.reconnect, 'reconnect')
    const key = outKey(this.opts.link.prefix, sessionId)
    const session: Relayed = {
      owner,
      clients: new Map(),
      sent: 0,
      received: new EntryNumbers(),
      // Read from the entry before our `open`: every answer to it comes after.
      started: lastStreamId(this.opts.link.command, key).then((id) => {
        if (this.sessions.get(sessionId) === session) this.reader.follow(key, id)
      }),
    }
    this.sessions.set(sessionId, session)
    return session
  }

  private readonly consume = (key: string, { fields }: StreamEntry): void => {
    const sessionId = key.slice(this.outPrefix.length)
    const session = this.sessions.get(sessionId)
    if (!session || fields.get('o')?.toString() !== session.owner) return
    if (!session.received.follows(session.owner, Number(fields.get('n')?.toString()))) {
      // Entries were trimmed before we read them (we were away too long): resync rather than diverge.
      this.opts.log.warn({ session: sessionId }, 'tunnel: entries from the owner missed; clients reconnect')
      return this.drop(sessionId, CloseCode.reconnect, 'reconnect')
    }
    if (fields.get('k')?.toString() === 'serving') {
      // The owner (re)started serving: an `open` sent before may never have been read (tunnelHost.serve).
      this.opts.log.info({ session: sessionId }, 'tunnel: owner serves anew; clients reconnect')
      return this.drop(sessionId, CloseCode.reconnect, 'reconnect')
    }
    const conns = targetsOf(fields.get('t')?.toString() ?? '', this.procId)
    if (conns.length === 0) return
    const closing = fields.get('k')?.toString() === 'close'
    const data = fields.get('d')
    for (const conn of conns) {
      const ws = session.clients.get(conn)
      if (!ws) continue
      if (closing) {
        session.clients.delete(conn)
        ws.close(Number(fields.get('code')?.toString() ?? 1000), fields.get('why')?.toString() ?? '')
      } else if (data) this.send(ws, data)
    }
    if (closing && session.clients.size === 0 && this.sessions.get(sessionId) === session) this.forget(sessionId)
  }

  private send(ws: WebSocket, data: Buffer): void {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > this.opts.maxBufferedBytes) {
      this.opts.log.warn({ buffered: ws.bufferedAmount }, 'client too slow; disconnecting')
      ws.terminate()
      return
    }
    ws.send(data)
  }

  /** Closes every client of `sessionId` here (they reconnect) and stops reading its stream. */
  /**
   * Redis is gone: nothing reaches the owners any more. Every relayed client is closed with 1012, so its
   * screen says it is offline and reconnecting (a relayed page has no other way to learn it), rather than
   * looking connected while its edits go nowhere; it keeps its edits and resends them once it is back.
   */
  dropAll(reason: string): void {
    for (const sessionId of Array.from(this.sessions.keys())) this.drop(sessionId, CloseCode.reconnect, reason)
  }

  private drop(sessionId: string, code: number, reason: string): void {
    const session = this.sessions.get(sessionId)
    if (!session) return
    this.forget(sessionId)
    for (const ws of session.clients.values()) ws.close(code, reason)
    session.clients.clear()
  }

  private forget(sessionId: string): void {
    this.sessions.delete(sessionId)
    this.reader.unfollow(outKey(this.opts.link.prefix, sessionId))
  }

  private async checkOwners(): Promise<void> {
    const sessions = Array.from(this.sessions, ([sessionId, { owner }]) => ({ sessionId, owner }))
    if (sessions.length === 0) return
    try {
      // One round trip for all (the command client auto-pipelines).
      const [owners, dead] = await Promise.all([
        Promise.all(sessions.map(({ sessionId }) => this.opts.owner(sessionId))),
        this.opts.heartbeat.dead(Array.from(new Set(sessions.map(({ owner }) => owner)))),
      ])
      const gone = new Set(dead)
      sessions.forEach(({ sessionId, owner }, i) => {
        if (owners[i] === owner && !gone.has(owner)) return
        if (this.sessions.get(sessionId)?.owner !== owner) return
        this.opts.log.info({ session: sessionId, owner, now: owners[i] ?? null }, 'tunnel: owner changed; clients reconnect')
        this.drop(sessionId, CloseCode.reconnect, 'reconnect')
      })
    } catch {
      // Redis unreachable: the clients stay; the owner's lease decides once it is back.
    }
  }
}
