// This process as one of several (REDIS_URL): the pieces of server/cluster put together for the
// composition (app.ts). What the rest of the server sees of it:
// - `router`: the WebSocket doors ask where a session is served, and relay there when not here;
// - `roomHooks`: opening a room takes the session's lease (refused, ServedElsewhereError, when another
//   process holds it); unloading gives it back;
// - `forwarding`: the HTTP router forwards requests about a session served elsewhere;
// - relayed connections of the sessions served here arrive at `onRemote` (the doors' acceptRelayed);
// - rate limits count once for all processes (redisRateLimit.ts);
// - a lease lost (Redis gone for longer than the lease, or a stall) drops the room here (`onLost`).
import type { IncomingMessage } from 'node:http'
import type { SessionForwarding } from '../http/sessionForwarding.ts'
import type { Logger } from '../log.ts'
import { ServedElsewhereError, type RoomHooks } from '../sync/rooms.ts'
import type { SessionRouter } from '../sync/sessionRouter.ts'
import { Cluster } from './cluster.ts'
import { HttpForwarder } from './httpForward.ts'
import { redisRateLimits } from './redisRateLimit.ts'
import type { RateLimits } from '../limits/rateLimit.ts'
import type { RedisState } from './redisConnection.ts'
import type { RemoteSocket } from './tunnelHost.ts'

export interface ClusterNodeOptions {
  url: string
  prefix: string
  leaseTtlMs: number
  log: Logger
  maxBufferedBytes: number
  /** Largest request body forwarded to another process (the API's own limit applies there too). */
  maxBodyBytes: number
  onRemote: (socket: RemoteSocket) => void
  onLost: (sessionId: string) => void
  onRedisState: (state: RedisState) => void
}

export interface ClusterNode {
  readonly id: string
  readonly router: SessionRouter
  readonly roomHooks: RoomHooks
  readonly forwarding: SessionForwarding
  /** Rate limits counted once for all processes. */
  readonly rateLimits: RateLimits
  /** The client's address of a request, also when another process forwarded it here. */
  clientAddress(req: IncomingMessage): string
  /** Starts answering requests other processes forward here, replayed against this process's HTTP server. */
  listen(local: () => { host: string; port: number }): Promise<void>
  close(): Promise<void>
}

/** Joins the processes on this Redis; throws RedisUnreachable (the server refuses to start) when it does not answer. */
export async function startClusterNode(opts: ClusterNodeOptions): Promise<ClusterNode> {
  const cluster = await Cluster.start({
    url: opts.url,
    prefix: opts.prefix,
    log: opts.log,
    leaseTtlMs: opts.leaseTtlMs,
    maxBufferedBytes: opts.maxBufferedBytes,
    onRemote: opts.onRemote,
    onLost: opts.onLost,
    onRedisState: opts.onRedisState,
  })
  let local: (() => { host: string; port: number }) | undefined
  const forwarder = new HttpForwarder({
    link: cluster.link,
    prefix: opts.prefix,
    processId: cluster.id,
    local: () => local!(),
    maxBodyBytes: opts.maxBodyBytes,
    onError: (msg, fields) => opts.log.warn(fields, msg),
  })
  return {
    id: cluster.id,
    router: {
      route: (sessionId) => cluster.route(sessionId),
      relay: (ws, raw, sessionId, owner, open) => cluster.relay(ws, raw, sessionId, owner, open),
    },
    roomHooks: {
      async beforeLoad(sessionId) {
        const claim = await cluster.route(sessionId)
        if (!claim.mine) throw new ServedElsewhereError(sessionId, claim.owner)
      },
      unloaded(sessionId) {
        cluster
          .release(sessionId)
          .catch((error: unknown) => opts.log.warn({ session: sessionId, err: (error as Error).message }, 'cluster: cannot release a lease'))
      },
    },
    forwarding: {
      async servedElsewhere(sessionId) {
        const owner = await cluster.leases.owner(sessionId)
        return owner && owner !== cluster.id ? owner : undefined
      },
      isReplay: (req) => forwarder.isReplay(req),
      forward: (req, res, owner) => forwarder.forward(req, res, owner),
    },
    clientAddress: (req) => forwarder.clientAddress(req),
    rateLimits: redisRateLimits(cluster.link.command, opts.prefix),
    async listen(at) {
      local = at
      await forwarder.start()
    },
    async close() {
      await forwarder.close()
      await cluster.close()
    },
  }
}
