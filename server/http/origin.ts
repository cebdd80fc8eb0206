// Which browser pages may open a WebSocket to us. Browsers always send Origin on a WebSocket
// handshake and pages cannot forge it, so checking it stops another site's page from using a visitor's
// link (cross-site WebSocket hijacking). Programs send no Origin and are let through: they hold the
// token in the URL, which is the authentication.
//
// Comparing Origin with Host is not enough: a DNS-rebinding page at http://evil.example:8080, whose name
// the attacker points at our address, sends `Host: evil.example:8080` and a matching Origin. So a
// host name is ours only when it is configured (PUBLIC_URL, ALLOWED_ORIGINS). Without configuration
// only addresses no attacker can rename are recognised as ours: loopback names and IP addresses.
import type { IncomingMessage } from 'node:http'
import net from 'node:net'

export interface OriginPolicy {
  /** The origins the app is served at (PUBLIC_URL). */
  publicOrigins: readonly string[]
  /** Other origins whose pages may connect (ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[]
}

export function originAllowed(req: Pick<IncomingMessage, 'headers'>, policy: OriginPolicy): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  const normalized = normalizeOrigin(origin)
  if ([...policy.publicOrigins, ...policy.allowedOrigins].some((entry) => normalizeOrigin(entry) === normalized)) return true
  // Our own page by address: `Host`, or the `X-Forwarded-Host` of a proxy that rewrites Host (a page
  // cannot set that header on a handshake). Either way only a name that cannot be rebound counts.
  for (const host of [req.headers.host, firstValue(req.headers['x-forwarded-host'])]) {
    if (!host) continue
    const h = host.trim().toLowerCase()
    if (!cannotBeRebound(h)) continue
    if (normalized === `http://${h}` || normalized === `https://${h}`) return true
  }
  return false
}

/**
 * Whether a page served at the host this request came to may open a WebSocket (for /api/config): false
 * when the server runs at a host name without PUBLIC_URL, so the page can say what to configure instead
 * of reconnecting for ever.
 */
export function pageAtHostMayConnect(req: Pick<IncomingMessage, 'headers'>, policy: OriginPolicy): boolean {
  const host = firstValue(req.headers['x-forwarded-host']) ?? req.headers.host
  if (!host) return true
  const headers = { host: req.headers.host, 'x-forwarded-host': req.headers['x-forwarded-host'] }
  return ['http', 'https'].some((scheme) => originAllowed({ headers: { ...headers, origin: `${scheme}://${host.trim()}` } }, policy))
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase()
}

/**
 * A Host value (name or address, with or without port) that a DNS-rebinding page cannot have: an IP
 * address (the page's origin is then that address itself), `localhost`, or a `.localhost` name, which
 * browsers resolve to loopback themselves without asking DNS.
 */
export function cannotBeRebound(host: string): boolean {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(host)
  if (v6) return net.isIPv6(v6[1]!)
  const name = host.replace(/:\d+$/, '').replace(/\.$/, '')
  return net.isIPv4(name) || name === 'localhost' || name.endsWith('.localhost')
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header
  return value?.split(',')[0]
}
