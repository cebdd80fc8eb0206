// The facilitator's trash and history under /api/sessions/:id/ (contract: shared/api/history.ts):
//   GET deleted, POST deleted/restore { ids }, GET history, POST restore { at }. Join and view links get 403.
import * as z from 'zod'
import type { Role } from '../../shared/api/types.ts'
import { fail, sendJson, sendOutcome } from './respond.ts'
import type { RouteDeps } from './apiDeps.ts'
import type { Routes } from './routeTable.ts'
import { sessionRoutes, withBody, type Ctx } from './sessionRouteKit.ts'

const FACILITATOR: readonly Role[] = ['facilitator']
/** More than any trash holds at once is a mistake, not a request. */
const MAX_IDS = 5000

const restoreDeletedBody = z.strictObject(
  {
    ids: z
      .array(z.string({ error: 'each id must be a string' }).min(1).max(200), { error: 'ids must be a list of item ids from GET deleted' })
      .min(1, 'ids must not be empty')
      .max(MAX_IDS, `at most ${MAX_IDS} ids`),
  },
  { error: 'expected { "ids": string[] }' },
)

const restorePointBody = z.strictObject(
  { at: z.string({ error: 'at must be the "at" of a point from GET history' }).min(1).max(64) },
  { error: 'expected { "at": string }' },
)

const restoreDeleted = withBody(FACILITATOR, restoreDeletedBody, async (ctx, body) => {
  if (ctx.params.step !== 'restore') return void fail(ctx.res, 404, 'no such API route')
  const outcome = await ctx.deps.history.restoreDeleted(ctx.sessionId, body.ids)
  if (!outcome.ok) return void fail(ctx.res, outcome.status, outcome.error)
  sendJson(ctx.res, 200, { restored: outcome.restored })
})

const restorePoint = withBody(FACILITATOR, restorePointBody, async (ctx, body) => {
  sendOutcome(ctx.res, await ctx.deps.history.restorePoint(ctx.sessionId, body.at))
})

/** Entries of the API's route table (api.ts). */
export const HISTORY_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'GET /api/sessions/:id/deleted': {
    roles: FACILITATOR,
    run: async ({ res, deps, sessionId, lang }: Ctx) => sendJson(res, 200, { items: await deps.history.deleted(sessionId, lang) }),
  },
  // deleted/:step, not deleted/restore: a wrong step is refused after the role and body checks, as before.
  'POST /api/sessions/:id/deleted/:step': restoreDeleted,
  'GET /api/sessions/:id/history': {
    roles: FACILITATOR,
    run: async ({ res, deps, sessionId }: Ctx) => sendJson(res, 200, { points: await deps.history.points(sessionId) }),
  },
  'POST /api/sessions/:id/restore': restorePoint,
})
