// The checks both WebSocket doors (the board's, wsServer.ts, and the private notes', silent/
// privateSyncServer.ts) make before a handshake completes, in this order: the page's Origin (403),
// connections from this address (429), the token in the path (404: no session made by guessing).
// What each door checks after that (a full session, a participant) stays with the door.
//
// The token lookup is asynchronous (a database): the socket waits, not yet upgraded, while it runs.
// Bytes the client sends meanwhile stay buffered in the socket (Node leaves an upgrade's socket
// paused) and reach the WebSocket in order; a client that goes away meanwhile is answered by nobody.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { originAllowed, type OriginPolicy } from '../http/origin.ts'
import type { Counter } from '../limits/counter.ts'
import type { Logger } from '../log.ts'
import type { ResolvedToken } from '../storage/types.ts'

export interface UpgradeCheckOptions extends OriginPolicy {
  log: Logger
  resolveToken: (token: string) => Promise<ResolvedToken | undefined>
  /** 0 = no limit. */
  maxConnectionsPerAddress: number
}

/** Who may go on: the caller counts `address` once the handshake is done. */
export interface Admitted {
  address: string
  resolved: ResolvedToken
}

/**
 * undefined once the socket has been answered with the refusal (or has gone); `token` is what the
 * door's own path pattern found (undefined: a path of that door without a valid token, a 404 like an
 * unknown one).
 */
export async function checkUpgrade(
  req: IncomingMessage,
  socket: Duplex,
  token: string | undefined,
  perAddress: Counter,
  opts: UpgradeCheckOptions,
): Promise<Admitted | undefined> {
  const { log, maxConnectionsPerAddress } = opts
  if (!originAllowed(req, opts)) {
    // The usual cause is a deployment at a host name without PUBLIC_URL: say so in the log.
    log.warn(
      { origin: req.headers.origin, publicUrlSet: opts.publicOrigins.length > 0 },
      'websocket refused: origin not allowed (see PUBLIC_URL, ALLOWED_ORIGINS)',
    )
    return void refuseUpgrade(socket, 403, 'Forbidden', "this page's origin may not connect (see PUBLIC_URL and ALLOWED_ORIGINS)")
  }
  const address = req.socket.remoteAddress ?? 'unknown'
  const addressFull = (): true | undefined => {
    if (maxConnectionsPerAddress === 0 || perAddress.get(address) < maxConnectionsPerAddress) return undefined
    log.warn({ address, limit: maxConnectionsPerAddress }, 'websocket refused: too many connections from this address')
    return void refuseUpgrade(socket, 429, 'Too Many Requests', `at most ${maxConnectionsPerAddress} connections per address`)
  }
  // Before the lookup, so a flood from one address costs no database queries.
  if (addressFull()) return undefined
  // Node took its own error handler off an upgrade's socket: a reset during the lookup would otherwise
  // be an unhandled 'error' event. ws adds its own once it takes the socket over.
  socket.on('error', () => socket.destroy())
  let resolved: ResolvedToken | undefined
  try {
    resolved = token === undefined ? undefined : await opts.resolveToken(token)
  } catch (error) {
    log.error({ err: (error as Error).message }, 'websocket refused: the session store did not answer')
    return void refuseUpgrade(socket, 503, 'Service Unavailable', 'the session store is unavailable; try again')
  }
  if (socket.destroyed) return undefined
  // Again: other handshakes from this address may have completed during the lookup.
  if (addressFull()) return undefined
  if (!resolved) return void refuseUpgrade(socket, 404, 'Not Found', 'unknown session')
  return { address, resolved }
}

export function refuseUpgrade(socket: Duplex, status: number, statusText: string, message: string): void {
  const body = `${message}\n`
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}
