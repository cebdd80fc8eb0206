// The JSON API: health, client config, session creation and token lookup. Validation at the edge.
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as z from 'zod'
import type { SessionInfo } from '../../shared/api/types.ts'
import { TEMPLATE_LAYOUTS, isTemplateLayout, type TemplateLayoutId } from '../../shared/templates/index.ts'
import type { Config } from '../config.ts'
import type { ActionService } from '../sessions/actionService.ts'
import type { BoardService } from '../sessions/boardService.ts'
import type { FacilitationService } from '../sessions/facilitationService.ts'
import { followUpLink, followUpMeeting, type FollowUp, type SessionService } from '../sessions/sessionService.ts'
import { bearerToken, readJsonBody, sendError, sendJson } from './respond.ts'
import { handleSessionRoute } from './sessionRoutes.ts'
import { handleLifecycleRoute } from './lifecycleRoutes.ts'
import { handleMeetingRoute } from './meetingRoutes.ts'
import type { MeetingService } from '../sessions/meetingService.ts'
import { meetingDetailsOf } from '../../shared/sessions/meeting.ts'
import type { LifecycleService } from '../sessions/lifecycleService.ts'
import { handleHealth, type HealthStats } from './health.ts'
import { authorize } from './auth.ts'
import { pageAtHostMayConnect } from './origin.ts'
import { createGuardFor, type CreateRefusal } from './createGuard.ts'
import type { Action } from '../../shared/actions/index.ts'
import type { IdentityRegistry } from '../identity/identityRegistry.ts'
import type { VotingService } from '../voting/votingService.ts'
import type { HistoryService } from '../history/historyService.ts'
import type { SeriesService } from '../series/seriesService.ts'
import { handleSeriesRoute } from './seriesRoutes.ts'

export interface ApiDeps {
  config: Config
  sessions: SessionService
  boards: BoardService
  actions: ActionService
  facilitation: FacilitationService
  /** Deleting, backing up and importing sessions (lifecycleRoutes.ts). */
  lifecycle: LifecycleService
  /** Participant identities (voters, private silent-round notes): shared/api/identity.ts. */
  identities: IdentityRegistry
  /** Dot votes: the vote commands and each person's own dots (ballots kept on the server only). */
  voting: VotingService
  /** The trash and the board's history (historyRoutes.ts). */
  history: HistoryService
  /** Meeting details and who took part (meetingRoutes.ts). */
  meeting: MeetingService
  /** The working group's series: the actieoverzicht and changes between meetings (seriesRoutes.ts). */
  series: SeriesService
  /** Live figures for GET /healthz?detail=1 (see health.ts). */
  healthStats?: () => HealthStats
}

function createSessionBody(maxTitle: number) {
  return z.object({
    title: z
      .string({ error: 'title is required (a string)' })
      .trim()
      .min(1, 'title must not be empty')
      .max(maxTitle, `title must be at most ${maxTitle} characters`),
    templates: z
      .array(
        z.string({ error: 'each template must be a template id (a string)' }).refine(isTemplateLayout, {
          error: (issue) => `unknown template "${String(issue.input)}"; known: ${TEMPLATE_LAYOUTS.join(', ')}`,
        }),
        { error: 'templates must be an array of template ids' },
      )
      .max(20, 'at most 20 templates')
      .optional(),
    from: z.string({ error: 'from must be the id of the previous session' }).min(1).max(64).optional(),
  })
}

/** Handles /healthz and /api/*; returns false when the path is not an API route. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, deps: ApiDeps): Promise<boolean> {
  const method = req.method ?? 'GET'
  if (path === '/healthz') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    handleHealth(res, query, deps.healthStats)
    return true
  }
  if (!path.startsWith('/api/')) return false

  if (path === '/api/config') {
    if (method !== 'GET') return methodNotAllowed(res, 'GET')
    sendJson(res, 200, {
      licenseKey: deps.config.licenseKey,
      createTokenRequired: deps.config.createToken !== null,
      accessibilityContact: deps.config.accessibilityContact,
      // False at a host name without PUBLIC_URL: the board would be refused its WebSocket (http/origin.ts).
      liveSync: pageAtHostMayConnect(req, deps.config),
    })
    return true
  }

  if (path === '/api/sessions') {
    if (method !== 'POST') return methodNotAllowed(res, 'POST')
    const guard = createGuardFor(deps.config)
    const tooMany = guard.rate(req)
    if (tooMany) return refuse(res, tooMany)
    const body = await readJsonBody(req, deps.config.maxBodyBytes)
    if (!body.ok) {
      sendError(res, body.status, body.message)
      return true
    }
    const parsed = createSessionBody(deps.config.maxTitleLength).safeParse(body.value)
    if (!parsed.success) {
      sendError(res, 400, parsed.error.issues.map((issue) => issue.message).join('; '))
      return true
    }
    let carriedOver: Action[] = []
    let followUp: FollowUp = {}
    // A follow-up session is authorised by the previous session's facilitator token (below).
    const noAccess = parsed.data.from === undefined ? guard.token(req) : undefined
    if (noAccess) return refuse(res, noAccess)
    if (parsed.data.from !== undefined) {
      // A follow-up session: only the previous session's facilitator may carry its actions over.
      const previous = parsed.data.from
      if (!deps.sessions.exists(previous)) {
        sendError(res, 400, `unknown previous session "${previous}"`)
        return true
      }
      const auth = authorize(req, previous, deps.sessions, ['facilitator'])
      if (!auth.ok) {
        sendError(res, auth.status, `from: ${auth.message} (send the previous session's facilitator token as bearer)`)
        return true
      }
      const source = deps.sessions.get(previous)!
      carriedOver = await deps.actions.carryOver(source, 'nl')
      followUp = { ...followUpLink(source), ...followUpMeeting(source) }
    }
    const created = await deps.sessions.create(parsed.data.title, (parsed.data.templates ?? []) as TemplateLayoutId[], carriedOver, followUp)
    sendJson(res, 201, created)
    return true
  }

  if (path === '/api/session') {
    if (method !== 'GET') return methodNotAllowed(res, 'GET')
    const resolved = deps.sessions.resolve(bearerToken(req))
    if (!resolved) {
      sendError(res, 404, 'unknown or missing token')
      return true
    }
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
    return true
  }

  if (await handleMeetingRoute(req, res, path, { sessions: deps.sessions, meeting: deps.meeting, maxBodyBytes: deps.config.maxBodyBytes })) return true
  if (await handleLifecycleRoute(req, res, path, deps)) return true
  if (await handleSeriesRoute(req, res, path, query, { sessions: deps.sessions, series: deps.series, maxBodyBytes: deps.config.maxBodyBytes })) return true

  const routeDeps = { sessions: deps.sessions, boards: deps.boards, actions: deps.actions, facilitation: deps.facilitation, identities: deps.identities, voting: deps.voting, history: deps.history, meeting: deps.meeting, maxBodyBytes: deps.config.maxBodyBytes }
  if (await handleSessionRoute(req, res, path, query, routeDeps)) {
    return true
  }

  sendError(res, 404, 'no such API route')
  return true
}

function refuse(res: ServerResponse, refusal: CreateRefusal): true {
  sendJson(res, refusal.status, { error: refusal.message }, refusal.headers)
  return true
}

function methodNotAllowed(res: ServerResponse, allow: string): true {
  sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { allow })
  return true
}
