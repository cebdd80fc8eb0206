// The JSON API: health, client config, token lookup, and the one route table every route file adds
// its entries to (routeTable.ts). Validation at the edge, in each route file.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SessionInfo } from '../../shared/api/types.ts'
import { meetingDetailsOf } from '../../shared/sessions/meeting.ts'
import type { ApiDeps, RouteDeps } from './apiDeps.ts'
import { DOT_ROUTES } from './dotRoutes.ts'
import { FACILITATION_ROUTES } from './facilitationRoutes.ts'
import { handleHealth } from './health.ts'
import { HISTORY_ROUTES } from './historyRoutes.ts'
import { IDENTITY_ROUTES } from './identityRoutes.ts'
import { LIFECYCLE_ROUTES } from './lifecycleRoutes.ts'
import { MEETING_ROUTES } from './meetingRoutes.ts'
import { pageAtHostMayConnect } from './origin.ts'
import { bearerToken, fail, sendJson } from './respond.ts'
import { RouteTable, type RouteCall, type Routes } from './routeTable.ts'
import { SERIES_ROUTES } from './seriesRoutes.ts'
import { BOARD_ROUTES } from './sessionRoutes.ts'
import { START_ROUTES } from './startRoutes.ts'

export type { ApiDeps }

function clientConfig({ req, res, deps }: RouteCall<RouteDeps>): void {
  sendJson(res, 200, {
    licenseKey: deps.config.licenseKey,
    createTokenRequired: deps.config.createToken !== null,
    accessibilityContact: deps.config.accessibilityContact,
    // False at a host name without PUBLIC_URL: the board would be refused its WebSocket (http/origin.ts).
    liveSync: pageAtHostMayConnect(req, deps.config),
  })
}

async function sessionOfToken({ req, res, deps }: RouteCall<RouteDeps>): Promise<void> {
  const resolved = await deps.sessions.resolve(bearerToken(req))
  if (!resolved) return void fail(res, 404, 'unknown or missing token')
  const { session, role } = resolved
  const meeting = meetingDetailsOf(session)
  const info: SessionInfo = {
    id: session.id,
    title: session.title,
    role,
    createdAt: session.createdAt,
    // The facilitator token is never stored in clear, so it is not handed back: its holder has it.
    ...(role === 'view' ? {} : { links: { join: session.joinToken, view: session.viewToken } }),
    // Every role: the projector (view link) shows the short link for the room to type.
    joinCode: session.joinCode,
    serverNow: Date.now(),
    ...(meeting ? { meeting } : {}),
    ...(session.series ? { series: session.series } : {}),
  }
  sendJson(res, 200, info)
}

const health = ({ res, query, deps }: RouteCall<RouteDeps>) => handleHealth(res, query, deps.healthStats)

const SERVER_ROUTES: Routes<RouteDeps> = {
  'GET /healthz': health,
  'HEAD /healthz': health,
  'GET /api/config': clientConfig,
  'GET /api/session': sessionOfToken,
}

// Order matters only where paths overlap: /api/sessions/import before /api/sessions/:id, and DELETE
// before PATCH on /api/sessions/:id (the order Allow lists them in).
const ROUTES = new RouteTable<RouteDeps>(
  SERVER_ROUTES,
  START_ROUTES,
  LIFECYCLE_ROUTES,
  MEETING_ROUTES,
  SERIES_ROUTES,
  BOARD_ROUTES,
  FACILITATION_ROUTES,
  DOT_ROUTES,
  IDENTITY_ROUTES,
  HISTORY_ROUTES,
)

/** Handles /healthz and /api/*; returns false when the path is not an API route. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, deps: ApiDeps): Promise<boolean> {
  if (await ROUTES.dispatch(req, res, path, query, { ...deps, maxBodyBytes: deps.config.maxBodyBytes })) return true
  if (!path.startsWith('/api/')) return false
  return fail(res, 404, 'no such API route')
}
