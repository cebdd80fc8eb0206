// The working group's actieoverzicht over HTTP:
//   GET   /api/sessions/:id/series                    every meeting and action of the series of :id
//   PATCH /api/sessions/:id/series/actions/:actionId  an owner's update between meetings (logged, by name)
// Allowed: the facilitator or join link of ANY session of the same series (a working group's members
// keep the link of the meeting they were at); view links never (they are on projectors and websites).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { validateSeriesPatch } from '../../shared/series/index.ts'
import type { Role } from '../../shared/api/types.ts'
import type { SeriesService } from '../series/seriesService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import type { SessionRecord } from '../storage/types.ts'
import { bearerToken, readJsonBody, requestLang, sendError, sendJson } from './respond.ts'

export interface SeriesRouteDeps {
  sessions: SessionService
  series: SeriesService
  maxBodyBytes: number
}

const SERIES_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/series(?:\/actions\/([^/]{1,200}))?\/?$/

type SeriesAuth = { ok: true; session: SessionRecord; role: Role } | { ok: false; status: 401 | 403 | 404; message: string }

export function authorizeSeries(req: IncomingMessage, sessionId: string, deps: Pick<SeriesRouteDeps, 'sessions' | 'series'>): SeriesAuth {
  const session = deps.sessions.get(sessionId)
  if (!session) return { ok: false, status: 404, message: 'no such session' }
  const token = bearerToken(req)
  if (!token) return { ok: false, status: 401, message: 'missing Authorization: Bearer <token>' }
  const resolved = deps.sessions.resolve(token)
  if (!resolved) return { ok: false, status: 401, message: 'unknown token' }
  if (!deps.series.sameSeries(resolved.session, session)) return { ok: false, status: 403, message: 'this token is for a session of another working group' }
  if (resolved.role === 'view') return { ok: false, status: 403, message: 'the view link may not open the actieoverzicht' }
  return { ok: true, session, role: resolved.role }
}

/** Returns false when the path is not a series route. */
export async function handleSeriesRoute(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, deps: SeriesRouteDeps): Promise<boolean> {
  const match = SERIES_PATH.exec(path)
  if (!match) return false
  const [, sessionId, rawAction] = match as unknown as [string, string, string | undefined]
  const method = req.method ?? 'GET'
  const allow = rawAction === undefined ? 'GET' : 'PATCH'
  if (method !== allow) {
    sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { allow })
    return true
  }
  const auth = authorizeSeries(req, sessionId, deps)
  if (!auth.ok) return answer(res, auth.status, auth.message)
  const lang = requestLang(req, query)
  if (rawAction === undefined) {
    sendJson(res, 200, await deps.series.view(auth.session, lang, { withChanges: auth.role === 'facilitator' }), { 'cache-control': 'no-store' })
    return true
  }
  let actionId: string
  try {
    actionId = decodeURIComponent(rawAction)
  } catch {
    return answer(res, 400, 'bad path')
  }
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return answer(res, body.status, body.message)
  const valid = validateSeriesPatch(body.value)
  if (!valid.ok) return answer(res, 400, valid.message)
  const result = await deps.series.patch(auth.session, actionId, valid.value, lang)
  if (!result.ok) return answer(res, 404, `no action "${actionId}" in this working group: see GET /api/sessions/${sessionId}/series`)
  sendJson(res, 200, { action: result.action })
  return true
}


function answer(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
}
