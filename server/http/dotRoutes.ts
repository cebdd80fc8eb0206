// GET and POST /api/sessions/:id/dots: a person's own dots (contract: shared/api/facilitation.ts). The
// voter is the identity whose secret the x-samenbord-participant header carries, never a body field;
// the rules are in VotingService and shared/facilitation/votes.ts.
import * as z from 'zod'
import { PARTICIPANT_HEADER } from '../../shared/api/identity.ts'
import { EDITORS } from './auth.ts'
import { requireParticipant } from './identityRoutes.ts'
import { fail, sendJson, sendOutcome } from './respond.ts'
import type { RouteDeps } from './apiDeps.ts'
import type { Routes } from './routeTable.ts'
import { parseBody, sessionRoutes, type Ctx } from './sessionRouteKit.ts'

const EXPECTED = '{ "note": string, "delta": 1 | -1 }'

const dotBody = z
  .object(
    {
      note: z.string({ error: 'note must be an id (a string)' }).min(1, 'note must not be empty').max(200, 'note is at most 200 characters'),
      delta: z.union([z.literal(1), z.literal(-1)], { error: 'delta must be 1 or -1' }),
    },
    { error: `expected ${EXPECTED}` },
  )
  .catchall(z.unknown())

async function postDot(ctx: Ctx): Promise<void> {
  const body = await parseBody(ctx, dotBody)
  if (!body) return
  const { note, delta, ...rest } = body
  // Said plainly: a client written for the old API learns where the voter went.
  if ('voter' in rest)
    return void fail(
      ctx.res,
      400,
      `the voter is not a body field: send your participant secret in the ${PARTICIPANT_HEADER} header (POST /api/sessions/${ctx.sessionId}/identity issues one)`,
    )
  const unknown = Object.keys(rest)
  if (unknown.length > 0) return void fail(ctx.res, 400, `unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${EXPECTED}`)
  const voter = await requireParticipant(ctx)
  if (!voter) return
  sendOutcome(ctx.res, await ctx.deps.voting.dot(ctx.sessionId, voter, { note, delta }))
}

async function getDots(ctx: Ctx): Promise<void> {
  const voter = await requireParticipant(ctx)
  if (voter) sendJson(ctx.res, 200, await ctx.deps.voting.myDots(ctx.sessionId, voter))
}

/** Voting is not editing: dots are taken while the board is locked. */
export const DOT_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'GET /api/sessions/:id/dots': { roles: EDITORS, run: getDots },
  'POST /api/sessions/:id/dots': { roles: EDITORS, run: postDot },
})
