// The relay's end of the tunnel: bridges a local WebSocket, whose session another process owns, to
// that owner. What the client sends goes into the owner's inbox (one entry per owner and tick, whatever
// the sessions and clients); what the owner sends for our connections arrives in ours.
//
// Every `checkEveryMs` each relayed session's lease and its owner's heartbeat are looked up: when the
// lease moved, lapsed, or the owner died, the session's clients are closed with 1012 "reconnect". A
// y-websocket client reconnects, lands on some process (perhaps this one, now the owner), and sends in
// its sync step 2 whatever the new owner lacks.
import type { Duplex } from 'node:stream'
import type { RawData, WebSocket } from 'ws'
import type { Logger } from '../log.ts'
import { CloseCode } from '../sync/protocol.ts'
import { SendBatch } from '../sync/sendBatch.ts'
import { AwarenessClocks } from './awarenessEchoes.ts'
import type { ProcessInbox } from './inbox.ts'
import type { ProcessHeartbeat } from './processes.ts'
import { isToOwner, type RelayedOpen, type ToRelay } from './tunnelWire.ts'

export interface TunnelRelayOptions {
  inbox: ProcessInbox
  heartbeat: ProcessHeartbeat
  /** Who owns a session now (SessionLeases.owner). */
  owner: (sessionId: string) => Promise<string | undefined>
  log: Logger
  /** A client whose unsent data grows past this is disconnected (as SyncServer does). */
  maxBufferedBytes: number
  /** How often each relayed session's owner is checked (default 1000 ms). */
  checkEveryMs?: number
}

interface Client {
  ws: WebSocket
  raw: Duplex
}

interface Relayed {
  owner: string
  clients: Map<number, Client>
  /** What the owner broadcast of presence through here: clients' echoes of it stay here (awarenessEchoes.ts). */
  awareness: AwarenessClocks
}

export class TunnelRelay {
  private readonly sessions = new Map<string, Relayed>()
  private readonly timer: NodeJS.Timeout
  /** An entry's frames for one client go out in one write, as the doors' own sends do. */
  private readonly batch = new SendBatch()
  private nextConn = 0

  constructor(private readonly opts: TunnelRelayOptions) {
    opts.inbox.listen({
      messages: (sender, messages) => {
        for (const message of messages) if (!isToOwner(message)) this.take(sender, message)
      },
      // Entries from the owner were trimmed before we read them (we were away too long): resync rather than diverge.
      gap: (owner) => this.dropOwner(owner, 'tunnel: entries from the owner missed; clients reconnect'),
      unreachable: (owner) => this.dropOwner(owner, 'tunnel: owner gone; clients reconnect'),
    })
    this.timer = setInterval(() => void this.checkOwners(), opts.checkEveryMs ?? 1000)
    this.timer.unref()
  }

  /** Relays `ws` (its handshake done, its token checked here) to `owner`, the process that owns `sessionId`. */
  bridge(ws: WebSocket, raw: Duplex, sessionId: string, owner: string, open: RelayedOpen): void {
    const session = this.session(sessionId, owner)
    const conn = this.nextConn++
    const client: Client = { ws, raw }
    session.clients.set(conn, client)
    const inbox = this.opts.inbox
    inbox.to(owner).add({ kind: 'open', session: sessionId, conn, open })
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return void ws.close(CloseCode.malformed, 'binary frames only')
      if (session.clients.get(conn) !== client) return
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)
      if (session.awareness.isEcho(bytes)) return
      inbox.to(owner).add({ kind: 'data', session: sessionId, conn, data: bytes })
    })
    ws.on('close', () => {
      // Closed by the owner (or by a change of owner) already: nothing to tell.
      if (session.clients.get(conn) !== client) return
      session.clients.delete(conn)
      inbox.to(owner).add({ kind: 'gone', session: sessionId, conn })
      if (session.clients.size === 0 && this.sessions.get(sessionId) === session) this.sessions.delete(sessionId)
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
  }

  /**
   * Redis is gone: nothing reaches the owners any more. Every relayed client is closed with 1012, so its
   * screen says it is offline and reconnecting (a relayed page has no other way to learn it), rather than
   * looking connected while its edits go nowhere; it keeps its edits and resends them once it is back.
   */
  dropAll(reason: string): void {
    for (const sessionId of Array.from(this.sessions.keys())) this.drop(sessionId, CloseCode.reconnect, reason)
  }

  private session(sessionId: string, owner: string): Relayed {
    const known = this.sessions.get(sessionId)
    if (known?.owner === owner) return known
    // The owner changed since: whoever still talks to the old one reconnects.
    if (known) this.drop(sessionId, CloseCode.reconnect, 'reconnect')
    const session: Relayed = { owner, clients: new Map(), awareness: new AwarenessClocks() }
    this.sessions.set(sessionId, session)
    return session
  }

  private take(owner: string, message: ToRelay): void {
    const session = this.sessions.get(message.session)
    if (session?.owner !== owner) return
    if (message.kind === 'close') {
      const client = session.clients.get(message.conn)
      if (!client) return
      session.clients.delete(message.conn)
      client.ws.close(message.code, message.reason)
      if (session.clients.size === 0 && this.sessions.get(message.session) === session) this.sessions.delete(message.session)
      return
    }
    session.awareness.noteSent(message.data)
    for (const conn of message.conns) {
      const client = session.clients.get(conn)
      if (client) this.send(client, message.data)
    }
  }

  private send({ ws, raw }: Client, data: Uint8Array): void {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > this.opts.maxBufferedBytes) {
      this.opts.log.warn({ buffered: ws.bufferedAmount }, 'client too slow; disconnecting')
      ws.terminate()
      return
    }
    this.batch.hold(raw)
    ws.send(data)
  }

  private dropOwner(owner: string, why: string): void {
    for (const [sessionId, session] of Array.from(this.sessions)) {
      if (session.owner !== owner) continue
      this.opts.log.warn({ session: sessionId, owner }, why)
      this.drop(sessionId, CloseCode.reconnect, 'reconnect')
    }
  }

  /**
   * Closes every client of `sessionId` here (they reconnect), and tells the owner they are gone: should
   * it still serve the session, it would otherwise count them present for ever.
   */
  private drop(sessionId: string, code: number, reason: string): void {
    const session = this.sessions.get(sessionId)
    if (!session) return
    this.sessions.delete(sessionId)
    for (const [conn, { ws }] of session.clients) {
      ws.close(code, reason)
      this.opts.inbox.to(session.owner).add({ kind: 'gone', session: sessionId, conn })
    }
    session.clients.clear()
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
