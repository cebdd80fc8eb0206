// The short join link: /j/<code> (8 characters, any letter case) → 302 to the session's join page
// /s/<join token>, keeping ?lang=. Short enough to type from the projector; the long token stays the
// real key. An unknown code is a 404: the app's page for browsers, JSON for programs.
//
// Codes are short, so guessing them is throttled: an address that looked up JOIN_LOOKUPS_PER_MINUTE
// unknown codes in a minute gets 429 (with Retry-After) for every lookup until the minute is over, a
// right guess included. Only unknown codes count: a whole room on one NAT address opening the right
// link from the projector never reaches the limit.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RateLimit } from '../limits/rateLimit.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import { sendError, sendJson } from './respond.ts'
import { serveAppPage, type ClientFiles } from './static.ts'

const JOIN_PATH = /^\/j\/([^/]{1,32})\/?$/

/** Resolves to false when the path is not a short link. */
export async function handleJoinLink(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  query: URLSearchParams,
  deps: { sessions: SessionService; files: ClientFiles; unknownLookups: RateLimit },
): Promise<boolean> {
  if (urlPath !== '/j' && !urlPath.startsWith('/j/')) return false
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'method not allowed; use GET' }, { allow: 'GET' })
    return true
  }
  const address = req.socket.remoteAddress ?? 'unknown'
  const rate = await deps.unknownLookups.check(address)
  if (!rate.ok) {
    sendJson(
      res,
      429,
      { error: `too many unknown join codes from this address; try again in ${rate.retryAfterSeconds} s` },
      { 'retry-after': String(rate.retryAfterSeconds) },
    )
    return true
  }
  const code = JOIN_PATH.exec(urlPath)?.[1]
  const session = code === undefined ? undefined : await deps.sessions.resolveJoinCode(safeDecode(code))
  if (!session) {
    await deps.unknownLookups.hit(address)
    if (/\btext\/html\b/i.test(req.headers.accept ?? '')) serveAppPage(req, res, deps.files, 404)
    else sendError(res, 404, 'unknown join code')
    return true
  }
  const lang = query.get('lang')
  const location = `/s/${session.joinToken}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`
  // Never cached: the session behind a code can be deleted.
  res.writeHead(302, { location, 'cache-control': 'no-store', 'content-length': 0 })
  res.end()
  return true
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
