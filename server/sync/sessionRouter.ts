// Where a session is served in the several-process setup (server/cluster implements this): here, or by
// another process its WebSockets are relayed to. A single process has no router: everything is here.
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { Logger } from '../log.ts'
import type { Role } from '../storage/types.ts'
import type { RoomSocket } from './connection.ts'
import { refuseUpgrade } from './upgradeCheck.ts'

export type Route = { mine: true } | { mine: false; owner: string }

/** Which WebSocket door a connection came through: the board (/sync/) or private notes (/silent/). */
export type Door = 'sync' | 'silent'

export interface RelayedOpen {
  role: Role
  address: string
  door: Door
  /** Whatever else the door needs (e.g. the participant of a private document). */
  extra?: unknown
}

export interface SessionRouter {
  /** Who serves the session; takes it for this process when nobody does. */
  route(sessionId: string): Promise<Route>
  /** Bridges a checked WebSocket (`raw`: its socket, corked while a batch is written) to the process that serves its session. */
  relay(ws: WebSocket, raw: Duplex, sessionId: string, owner: string, open: RelayedOpen): void
}

/** A connection another process relays to this one, as a door takes it (server/cluster/tunnelHost.ts). */
export interface RelayedSocket extends RoomSocket {
  readonly info: RelayedOpen & { sessionId: string }
  /** Closed or ended: sends go nowhere. */
  readonly gone: boolean
  onMessage(listener: (data: Uint8Array) => void): void
  onClose(listener: () => void): void
}

/**
 * Where a door's upgrade goes, asked before the handshake completes (no frame arrives before it is
 * known): here without a router; undefined when the router cannot tell, the upgrade then refused with 503.
 */
export async function routeUpgrade(router: SessionRouter | undefined, sessionId: string, socket: Duplex, log: Logger): Promise<Route | undefined> {
  if (!router) return { mine: true }
  try {
    return await router.route(sessionId)
  } catch (error) {
    log.error({ session: sessionId, err: (error as Error).message }, 'websocket refused: cannot tell which process serves the session')
    refuseUpgrade(socket, 503, 'Service Unavailable', 'cannot reach the other server processes; try again shortly')
    return undefined
  }
}
