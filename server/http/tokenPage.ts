// The app's pages behind a token (/s/, /v/, /f/, and their actieoverzicht /…/acties): a token nobody knows (never issued, or its session
// was deleted) gets the app with status 404, so programs and caches see it is gone; the app itself
// then shows its "unknown link" page.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SessionService } from '../sessions/sessionService.ts'
import { serveAppPage, type ClientFiles } from './static.ts'

const TOKEN_PAGE = /^\/[svf]\/([A-Za-z0-9_-]{1,128})(?:\/acties)?\/?$/

/** True when it answered (an unknown token); false lets the static files serve the page as usual. */
export async function handleUnknownTokenPage(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  deps: { sessions: SessionService; files: ClientFiles },
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const token = TOKEN_PAGE.exec(urlPath)?.[1]
  if (token === undefined || (await deps.sessions.resolve(token))) return false
  serveAppPage(req, res, deps.files, 404)
  return true
}
