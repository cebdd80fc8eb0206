// Headers on every HTTP response: the page may talk only to us, never be framed, and never send its
// URL (which carries a session token) as a Referer to anyone.
import type { ServerResponse } from 'node:http'

/**
 * 'self' in connect-src covers same-origin ws:/wss: in CSP3 browsers (Chromium included, checked by
 * the e2e suites). data:/blob: are for tldraw: pasted images and PNG/SVG exports are data and blob URLs
 * that it loads as images and fetches; fonts are embedded in exports as data URLs. Inline styles are
 * how React and tldraw position everything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY)
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('referrer-policy', 'no-referrer')
  res.setHeader('x-frame-options', 'DENY')
}
