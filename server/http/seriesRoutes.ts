// The working group's actieoverzicht over HTTP:
//   GET   /api/sessions/:id/series                    every meeting and action of the series of :id
//   PATCH /api/sessions/:id/series/actions/:actionId  an owner's update between meetings (logged, by name)
// Allowed: the facilitator or join link of ANY session of the same series (a working group's members
// keep the link of the meeting they were at); view links never (they are on projectors and websites).
import type { IncomingMessage } from 'node:http'
import { validateSeriesPatch } from '../../shared/series/index.ts'
import type { Role } from '../../shared/api/types.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { RouteDeps } from './apiDeps.ts'
import { bearerToken, fail, readJsonBody, requestLang, sendJson } from './respond.ts'
import type { RouteCall, Routes } from './routeTable.ts'

type SeriesAuth = { ok: true; session: SessionRecord; role: Role } | { ok: false; status: 401 | 403 | 404; message: string }

async function authorizeSeries(req: IncomingMessage, sessionId: string, deps: Pick<RouteDeps, 'sessions' | 'series'>): Promise<SeriesAuth> {
  const session = await deps.sessions.get(sessionId)
  if (!session) return { ok: false, status: 404, message: 'no such session' }
  const token = bearerToken(req)
  if (!token) return { ok: false, status: 401, message: 'missing Authorization: Bearer <token>' }
  const resolved = await deps.sessions.resolve(token)
  if (!resolved) return { ok: false, status: 401, message: 'unknown token' }
  if (!deps.series.sameSeries(resolved.session, session)) return { ok: false, status: 403, message: 'this token is for a session of another working group' }
  if (resolved.role === 'view') return { ok: false, status: 403, message: 'the view link may not open the actieoverzicht' }
  return { ok: true, session, role: resolved.role }
}

async function getSeries({ req, res, params, query, deps }: RouteCall<RouteDeps>): Promise<void> {
  const auth = await authorizeSeries(req, params.id!, deps)
  if (!auth.ok) return void fail(res, auth.status, auth.message)
  sendJson(res, 200, await deps.series.view(auth.session, requestLang(req, query), { withChanges: auth.role === 'facilitator' }), {
    'cache-control': 'no-store',
  })
}

async function patchSeriesAction({ req, res, params, query, deps }: RouteCall<RouteDeps>): Promise<void> {
  const sessionId = params.id!
  const actionId = params.action!
  const auth = await authorizeSeries(req, sessionId, deps)
  if (!auth.ok) return void fail(res, auth.status, auth.message)
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const valid = validateSeriesPatch(body.value)
  if (!valid.ok) return void fail(res, 400, valid.message)
  const result = await deps.series.patch(auth.session, actionId, valid.value, requestLang(req, query))
  if (!result.ok) return void fail(res, 404, `no action "${actionId}" in this working group: see GET /api/sessions/${sessionId}/series`)
  sendJson(res, 200, { action: result.action })
}

/** Entries of the API's route table (api.ts); their own authorisation (authorizeSeries), not a role list. */
export const SERIES_ROUTES: Routes<RouteDeps> = {
  'GET /api/sessions/:id/series/?': getSeries,
  'PATCH /api/sessions/:id/series/actions/:action/?': patchSeriesAction,
}
