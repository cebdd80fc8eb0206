// Several processes (server/cluster): a request about a session another process serves is answered
// there, so its room, its locks and its dot budget have one judge. Requests about a session nobody
// serves are answered here (opening its room takes the session for this process: the rooms' beforeLoad
// hook), as are a forwarded request's replay and everything not about one session.
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface SessionForwarding {
  /** The process holding the session, if any other than this one. */
  servedElsewhere(sessionId: string): Promise<string | undefined>
  /** A request this process forwarded to itself (see cluster/httpForward.ts): never forwarded again. */
  isReplay(req: IncomingMessage): boolean
  forward(req: IncomingMessage, res: ServerResponse, owner: string): Promise<void>
}

/** /api/sessions/<id> and everything below it; `import` is the import route, not a session. */
const SESSION_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})(?:\/|$)/

/** True when the request was forwarded (and is being answered by the owner). */
export async function forwardedToOwner(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  forwarding: SessionForwarding | undefined,
): Promise<boolean> {
  if (!forwarding) return false
  const sessionId = SESSION_PATH.exec(urlPath)?.[1]
  if (!sessionId || sessionId === 'import' || forwarding.isReplay(req)) return false
  const owner = await forwarding.servedElsewhere(sessionId)
  if (!owner) return false
  await forwarding.forward(req, res, owner)
  return true
}
