// POST /api/sessions/:id/identity: a new participant identity (shared/api/identity.ts) for a browser
// on a join or facilitator link, bounded per client address and per session (429 / 503 with a message).
// GET /api/sessions/:id/identity with the secret in the header: 200 {"id"} when the server issued it
// here, 404 otherwise (the browser then mints a new one).
import { PARTICIPANT_HEADER } from '../../shared/api/identity.ts'
import { EDITORS } from './auth.ts'
import { fail, sendJson } from './respond.ts'
import { clientAddressOf, type RouteDeps } from './apiDeps.ts'
import type { Routes } from './routeTable.ts'
import { sessionRoutes, type Ctx } from './sessionRouteKit.ts'

/** The secret a request carries, resolved to the participant's id in this session. */
export function participantOf(ctx: Ctx): Promise<string | undefined> {
  return ctx.deps.identities.resolve(ctx.sessionId, secretOf(ctx))
}

function secretOf(ctx: Ctx): string | undefined {
  const raw = ctx.req.headers[PARTICIPANT_HEADER]
  return Array.isArray(raw) ? raw[0] : raw
}

/**
 * The id of the participant a request acts as, or undefined after answering 401: no secret in the
 * header, or one this session never issued (like an unknown bearer token).
 */
export async function requireParticipant(ctx: Ctx): Promise<string | undefined> {
  const id = await participantOf(ctx)
  if (id) return id
  const issue = `POST /api/sessions/${ctx.sessionId}/identity issues one`
  fail(
    ctx.res,
    401,
    secretOf(ctx)
      ? `unknown participant: the secret in ${PARTICIPANT_HEADER} was not issued in this session (${issue})`
      : `missing ${PARTICIPANT_HEADER}: send your participant secret in it (${issue})`,
  )
  return undefined
}

async function mint(ctx: Ctx): Promise<void> {
  const address = clientAddressOf(ctx.deps, ctx.req)
  const result = await ctx.deps.identities.mint(ctx.sessionId, address)
  if (result.ok) return void sendJson(ctx.res, 201, result.identity)
  if (result.error === 'too-many-for-address') return void fail(ctx.res, 429, 'too many participants from this address in this session')
  fail(ctx.res, 503, 'this session has issued as many participant identities as it may')
}

async function check(ctx: Ctx): Promise<void> {
  const id = await participantOf(ctx)
  if (!id) return void fail(ctx.res, 404, `unknown participant: send the secret from POST /api/sessions/${ctx.sessionId}/identity in ${PARTICIPANT_HEADER}`)
  sendJson(ctx.res, 200, { id })
}

export const IDENTITY_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'POST /api/sessions/:id/identity': { roles: EDITORS, run: mint },
  'GET /api/sessions/:id/identity': { roles: EDITORS, run: check },
})
