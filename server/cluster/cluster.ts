// Several server processes on one Redis (REDIS_URL): any process takes any session's WebSockets, and
// exactly one process, the session's OWNER, judges it.
//
// Why one owner per session (a lease in Redis), rather than every judgement as an atomic Redis step:
// the write policy with its locks, the dot budget, the participant recorder and the per-session
// connection limit stay in one Room exactly as tested in the single process (no rule rewritten in Lua,
// no verdict computed twice in two places that could disagree). The owner commits every update to
// PostgreSQL before anyone sees it (Room: apply → append → broadcast), so the state a new owner needs
// is in PostgreSQL: a takeover is just "load the board", and Redis holds no data that matters.
//
// How:
// - leases.ts: `<prefix>lease:<session>` names the owner (SET NX PX, renewed every ttl/3 with a
//   compare-and-pexpire). A process that cannot renew for a ttl (Redis gone, process stalled) stops
//   serving the session (onLost) before another may take it.
// - processes.ts: a heartbeat per process, so a kill -9 is noticed within seconds by relays and owners.
// - tunnel: a process that does not own a session relays its WebSockets to the owner. Every process
//   reads one Redis stream, its inbox (inbox.ts), with blocking XREAD resumed from the last id after a
//   reconnect (pub/sub would lose what is published meanwhile); a tick's messages from one process to
//   another are one entry (tunnelWire.ts), and an update for many relayed clients one message. When the
//   owner changes or dies, relays close their clients with 1012 and the y-websocket clients reconnect
//   and resend what the new owner lacks.
//
// Entry points for the composition (server/app.ts): startCluster() once; per WebSocket after its
// token check: `route(sessionId)` → serve locally when mine, else `relay(ws, …)`; relayed connections
// of owned sessions arrive at `onRemote`; `release(sessionId)` when a room unloads; `onLost` when the
// lease went elsewhere (close the room with 1012, unload without writing); close() at shutdown.
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { Logger } from '../log.ts'
import { SessionLeases, type Claim } from './leases.ts'
import { ProcessHeartbeat } from './processes.ts'
import { connectRedis, type RedisLink, type RedisState } from './redisConnection.ts'
import { ProcessInbox } from './inbox.ts'
import { TunnelHost, type RemoteSocket } from './tunnelHost.ts'
import { TunnelRelay } from './tunnelRelay.ts'
import type { RelayedOpen } from './tunnelWire.ts'

export interface ClusterOptions {
  url: string
  prefix: string
  log: Logger
  /** A connection relayed from another process for a session this one owns: accept it like a local one. */
  onRemote: (socket: RemoteSocket) => void
  /**
   * This process lost a session's lease: close the room's connections with 1012 "reconnect" and unload
   * it without writing more (another process may own it already).
   */
  onLost: (sessionId: string) => void
  /** The Redis connection was lost ('down') or is back ('up'): show it to the facilitators like a failing disk. */
  onRedisState?: (state: RedisState) => void
  /** Relayed clients whose unsent data grows past this are disconnected (MAX_SEND_BUFFER_BYTES). */
  maxBufferedBytes: number
  /** Lease time to live (default 3000 ms; short in tests). */
  leaseTtlMs?: number
  /** Heartbeat time to live (default 3000 ms) and how often relays and owners check each other (default 1000 ms). */
  heartbeatTtlMs?: number
  checkEveryMs?: number
  /** How long a process's inbox outlives it (default 60 s; short in tests). */
  inboxTtlMs?: number
  /** How long the first connection to Redis may take before the start is refused (default 5000 ms). */
  connectTimeoutMs?: number
}

export class Cluster {
  private readonly claiming = new Map<string, Promise<Claim>>()

  private constructor(
    readonly link: RedisLink,
    readonly heartbeat: ProcessHeartbeat,
    readonly inbox: ProcessInbox,
    readonly leases: SessionLeases,
    readonly host: TunnelHost,
    readonly relayEnd: TunnelRelay,
  ) {}

  /** Connects (throws RedisUnreachable when Redis does not answer), starts the heartbeat and both tunnel ends. */
  static async start(opts: ClusterOptions): Promise<Cluster> {
    const link = await connectRedis(opts.url, opts.prefix, { connectTimeoutMs: opts.connectTimeoutMs })
    const heartbeat = new ProcessHeartbeat(link, { ttlMs: opts.heartbeatTtlMs, everyMs: opts.checkEveryMs })
    await heartbeat.beat()
    const leases = new SessionLeases(link, heartbeat.id, { ttlMs: opts.leaseTtlMs })
    const inbox = await ProcessInbox.open({ link, processId: heartbeat.id, log: opts.log, ttlMs: opts.inboxTtlMs })
    const host = new TunnelHost({ inbox, heartbeat, log: opts.log, onConnection: opts.onRemote, relayCheckMs: opts.checkEveryMs })
    const relay = new TunnelRelay({
      inbox,
      heartbeat,
      owner: (sessionId) => leases.owner(sessionId),
      log: opts.log,
      maxBufferedBytes: opts.maxBufferedBytes,
      checkEveryMs: opts.checkEveryMs,
    })
    leases.onLost((sessionId) => {
      opts.log.warn({ session: sessionId }, 'cluster: lease lost; the session is no longer served here')
      opts.onLost(sessionId)
      host.stop(sessionId)
    })
    if (opts.onRedisState) link.onState(opts.onRedisState)
    link.onState((state) => {
      if (state === 'down') relay.dropAll('reconnect: the processes cannot reach each other')
    })
    link.onState((state) => opts.log[state === 'down' ? 'error' : 'info']({ state }, `redis connection ${state === 'down' ? 'lost' : 'back'}`))
    return new Cluster(link, heartbeat, inbox, leases, host, relay)
  }

  /** This process's id (as leases and tunnel entries name it). */
  get id(): string {
    return this.heartbeat.id
  }

  /**
   * Who serves `sessionId`: this process ({ mine: true }: open the room here; relayed connections are
   * taken from now on) or another ({ mine: false, owner }: relay to it). Takes the lease when free.
   */
  route(sessionId: string): Promise<Claim> {
    if (this.leases.holds(sessionId) && this.host.serving(sessionId)) return Promise.resolve({ mine: true })
    let pending = this.claiming.get(sessionId)
    if (!pending) {
      pending = this.claim(sessionId).finally(() => this.claiming.delete(sessionId))
      this.claiming.set(sessionId, pending)
    }
    return pending
  }

  /** Bridges a checked WebSocket of a session `owner` serves (see route). */
  relay(ws: WebSocket, raw: Duplex, sessionId: string, owner: string, open: RelayedOpen): void {
    this.relayEnd.bridge(ws, raw, sessionId, owner, open)
  }

  /** The session's room unloaded here: relayed connections stop, and another process may take it. */
  async release(sessionId: string): Promise<void> {
    this.host.stop(sessionId)
    await this.leases.release(sessionId)
  }

  /** At shutdown, after the rooms are stored: leases released, heartbeat removed, connections closed. */
  async close(): Promise<void> {
    await this.relayEnd.close()
    await this.host.close()
    await this.inbox.close()
    await this.leases.close()
    await this.heartbeat.stop()
    await this.link.close()
  }

  private async claim(sessionId: string): Promise<Claim> {
    // A relay that saw our new lease may send its `open` before our own reply from Redis is read here:
    // the host holds messages about the session until the claim is settled.
    this.host.claim(sessionId)
    let claim: Claim
    try {
      claim = await this.leases.claim(sessionId)
    } catch (error) {
      this.host.stop(sessionId)
      throw error
    }
    if (claim.mine) this.host.serve(sessionId)
    else this.host.stop(sessionId)
    return claim
  }
}
