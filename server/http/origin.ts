// Which browser pages may open a WebSocket to us. Browsers always send Origin on a WebSocket
// handshake and pages cannot forge it, so checking it stops another site's page from using a visitor's
// link (cross-site WebSocket hijacking). Programs send no Origin and are let through: they hold the
// token in the URL, which is the authentication.
import type { IncomingMessage } from 'node:http'

/**
 * Our own origin is `http(s)://<Host>`. Behind a reverse proxy that rewrites Host, the proxy's
 * `X-Forwarded-Host` counts as ours too; a page cannot set that header on a WebSocket handshake, so
 * trusting it opens nothing to other sites. `allowed` are extra origins (ALLOWED_ORIGINS).
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  const normalized = origin.trim().replace(/\/+$/, '').toLowerCase()
  const hosts = [req.headers.host, firstValue(req.headers['x-forwarded-host'])]
  for (const host of hosts) {
    if (!host) continue
    const h = host.trim().toLowerCase()
    if (normalized === `http://${h}` || normalized === `https://${h}`) return true
  }
  return allowed.some((entry) => entry.toLowerCase() === normalized)
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header
  return value?.split(',')[0]
}
