// One request handler: API first, then the built client. Errors become a 500 JSON body, never a crash.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from '../log.ts'
import { handleApi, type ApiDeps } from './api.ts'
import { handleJoinLink } from './joinLink.ts'
import { localRateLimits, type RateLimits } from '../limits/rateLimit.ts'
import { handleUnknownTokenPage } from './tokenPage.ts'
import { StorageUnavailableError } from '../sync/commitQueue.ts'
import { DocTooLargeError } from '../sync/serverWrite.ts'
import { ServedElsewhereError } from '../sync/rooms.ts'
import { forwardedToOwner, type SessionForwarding } from './sessionForwarding.ts'
import { sendError, sendJson } from './respond.ts'
import { setSecurityHeaders } from './securityHeaders.ts'
import { clientFiles, serveStatic } from './static.ts'

export function createRequestHandler(deps: ApiDeps & { log: Logger; forwarding?: SessionForwarding; rateLimits?: RateLimits }) {
  // One window per running server: unknown /j/ codes per client address.
  const unknownLookups = (deps.rateLimits ?? localRateLimits)('unknown-join-codes', deps.config.joinLookupsPerMinute)
  const files = clientFiles(deps.config.clientDir)
  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res)
    const [rawPath, rawQuery] = (req.url ?? '/').split('?') as [string, string | undefined]
    const urlPath = rawPath || '/'
    const query = new URLSearchParams(rawQuery ?? '')
    const handle = async (): Promise<void> => {
      if (await forwardedToOwner(req, res, urlPath, deps.forwarding)) return
      if (await handleJoinLink(req, res, urlPath, query, { sessions: deps.sessions, files, unknownLookups })) return
      if (await handleUnknownTokenPage(req, res, urlPath, { sessions: deps.sessions, files })) return
      if (!(await handleApi(req, res, urlPath, query, deps))) serveStatic(req, res, urlPath, files)
    }
    handle().catch((error: Error) => {
      // Any route that writes a board while its disk refuses writes: say so, and when to try again.
      if (error instanceof StorageUnavailableError && !res.headersSent) {
        return sendJson(res, 503, { error: error.message }, { 'retry-after': '5' })
      }
      // Another process took the session while this one was about to open its room: ask again (it is forwarded then).
      if (error instanceof ServedElsewhereError && !res.headersSent) return sendJson(res, 503, { error: error.message }, { 'retry-after': '1' })
      // Any route whose write would take a board past MAX_DOC_BYTES: refused whole (sync/serverWrite.ts).
      if (error instanceof DocTooLargeError && !res.headersSent) return sendJson(res, 413, { error: error.message, limit: error.limit })
      // Log the route shape, not the URL: URLs of pages carry tokens.
      deps.log.error({ method: req.method, err: error.message, stack: error.stack }, 'request failed')
      if (!res.headersSent) sendError(res, 500, 'internal error')
      else res.destroy()
    })
  }
}
