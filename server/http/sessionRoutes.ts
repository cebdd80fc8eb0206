// Routes under /api/sessions/:id/: the board read as data (areas, outcomes) and notes posted into it.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { pickLang, type Lang } from '../../shared/i18n/index.ts'
import type { BoardService } from '../sessions/boardService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import { ANY_ROLE, EDITORS, authorize } from './auth.ts'
import { readJsonBody, sendError, sendJson } from './respond.ts'

export interface SessionRouteDeps {
  sessions: SessionService
  boards: BoardService
  maxBodyBytes: number
}

export const MAX_NOTE_TEXT = 2000

const SESSION_ROUTE = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/([a-z]+)$/

const noteBody = z.object({
  text: z
    .string({ error: 'text is required (a string)' })
    .trim()
    .min(1, 'text must not be empty')
    .max(MAX_NOTE_TEXT, `text must be at most ${MAX_NOTE_TEXT} characters`),
  area: z.string({ error: 'area must be a string (an area id from /areas)' }).optional(),
})

/** Returns false when the path is not a session route. */
export async function handleSessionRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
  deps: SessionRouteDeps,
): Promise<boolean> {
  const match = SESSION_ROUTE.exec(path)
  if (!match) return false
  const [, sessionId, action] = match as unknown as [string, string, string]
  const method = req.method ?? 'GET'
  const lang = requestLang(req, query)

  const route = `${method} ${action}`
  switch (route) {
    case 'GET areas': {
      const auth = authorize(req, sessionId, deps.sessions, ANY_ROLE)
      if (!auth.ok) return fail(res, auth.status, auth.message)
      sendJson(res, 200, { areas: await deps.boards.areas(sessionId, lang) })
      return true
    }
    case 'GET outcomes': {
      const auth = authorize(req, sessionId, deps.sessions, ANY_ROLE)
      if (!auth.ok) return fail(res, auth.status, auth.message)
      sendJson(res, 200, await deps.boards.outcomes(sessionId, lang))
      return true
    }
    case 'POST notes': {
      const auth = authorize(req, sessionId, deps.sessions, EDITORS)
      if (!auth.ok) return fail(res, auth.status, auth.message)
      const body = await readJsonBody(req, deps.maxBodyBytes)
      if (!body.ok) return fail(res, body.status, body.message)
      const parsed = noteBody.safeParse(body.value)
      if (!parsed.success) return fail(res, 400, parsed.error.issues.map((issue) => issue.message).join('; '))
      const result = await deps.boards.addNote(sessionId, parsed.data.text, parsed.data.area)
      if (!result.ok) return fail(res, 400, `unknown area "${parsed.data.area}": see GET /api/sessions/${sessionId}/areas`)
      sendJson(res, 201, { id: result.id })
      return true
    }
    default:
      if (['areas', 'outcomes', 'notes'].includes(action)) {
        sendJson(res, 405, { error: `method ${method} not allowed here` })
        return true
      }
      return fail(res, 404, 'no such API route')
  }
}

function fail(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
}

/** Labels come in the language asked for: ?lang=, else Accept-Language, else Dutch. */
function requestLang(req: IncomingMessage, query: URLSearchParams): Lang {
  const accept = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter(Boolean)
  return pickLang({ query: query.get('lang'), preferred: accept })
}
