// The facilitator's routes under /api/sessions/:id/ (contract: shared/api/facilitation.ts). Bodies are
// checked here, strictly (an unknown field is a 400, so a typo never passes as "nothing to do"); the
// rules live in FacilitationService and shared/facilitation.
import * as z from 'zod'
import { MAX_DOTS } from '../../shared/facilitation/votes.ts'
import { MAX_TIMER_MS } from '../../shared/facilitation/timer.ts'
import type { Role } from '../../shared/api/types.ts'
import { ANY_ROLE } from './auth.ts'
import type { RouteDeps } from './apiDeps.ts'
import type { Routes } from './routeTable.ts'
import { sessionRoutes, withBody } from './sessionRouteKit.ts'
import { sendJson, sendOutcome } from './respond.ts'

const FACILITATOR: readonly Role[] = ['facilitator']
const MAX_TIMER_MINUTES = MAX_TIMER_MS / 60_000
const MAX_VOTE_NOTES = 1000
const id = (name: string) =>
  z
    .string({ error: `${name} must be an id (a string)` })
    .min(1, `${name} must not be empty`)
    .max(200, `${name} is at most 200 characters`)

/** The error of a body that is not the expected object: names unknown fields, else shows the shape. */
const shape = (expected: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `unknown field ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}; expected ${expected}` : `expected ${expected}`,
})

const lockBody = z
  .strictObject(
    {
      locked: z.boolean({ error: 'locked must be true or false' }).optional(),
      structure: z.boolean({ error: 'structure must be true or false' }).optional(),
    },
    shape('{ "locked"?: boolean, "structure"?: boolean }'),
  )
  .refine((body) => body.locked !== undefined || body.structure !== undefined, { error: 'give locked and/or structure' })

const timerBody = z.discriminatedUnion(
  'do',
  [
    z.strictObject(
      {
        do: z.literal('set'),
        minutes: z
          .number({ error: 'minutes must be a number' })
          .min(0, 'minutes must be at least 0')
          .max(MAX_TIMER_MINUTES, `minutes must be at most ${MAX_TIMER_MINUTES}`),
      },
      shape('{ "do": "set", "minutes": number }'),
    ),
    z.strictObject({ do: z.literal('start') }, shape('{ "do": "start" }')),
    z.strictObject({ do: z.literal('pause') }, shape('{ "do": "pause" }')),
    z.strictObject({ do: z.literal('add-minute') }, shape('{ "do": "add-minute" }')),
    z.strictObject({ do: z.literal('reset') }, shape('{ "do": "reset" }')),
  ],
  { error: 'do must be one of set, start, pause, add-minute, reset' },
)

const followBody = z.strictObject(
  {
    userId: z.union([z.string().min(1).max(200), z.null()], { error: 'userId must be a tldraw user id (a string) or null' }),
    keep: z.boolean({ error: 'keep must be true or false' }).optional(),
  },
  shape('{ "userId": string | null, "keep"?: boolean }'),
)

const SCOPE_SHAPE = '{ "kind": "brainstorm", "instance"?: string } or { "kind": "template", "instance": string }'
const voteScope = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('brainstorm'), instance: id('scope.instance').optional() }, shape(SCOPE_SHAPE)),
    z.strictObject({ kind: z.literal('template'), instance: id('scope.instance') }, shape(SCOPE_SHAPE)),
  ],
  { error: `scope must be ${SCOPE_SHAPE}` },
)

const voteBody = z.discriminatedUnion(
  'do',
  [
    z.strictObject(
      {
        do: z.literal('start'),
        dots: z
          .number({ error: 'dots must be a whole number' })
          .int('dots must be a whole number')
          .min(1, 'dots must be at least 1')
          .max(MAX_DOTS, `dots must be at most ${MAX_DOTS}`),
        area: id('area').optional(),
        notes: z.array(id('each note'), { error: 'notes must be a list of note ids' }).min(1, 'notes must not be empty').max(MAX_VOTE_NOTES).optional(),
        scope: voteScope.optional(),
        tally: z.enum(['live', 'hidden'], { error: 'tally must be live or hidden' }).optional(),
      },
      shape('{ "do": "start", "dots": number, "area"?: string, "notes"?: string[], "scope"?: object, "tally"?: "live" | "hidden" }'),
    ),
    z.strictObject({ do: z.literal('reveal') }, shape('{ "do": "reveal" }')),
    z.strictObject({ do: z.literal('close') }, shape('{ "do": "close" }')),
    z.strictObject({ do: z.literal('reopen') }, shape('{ "do": "reopen" }')),
    z.strictObject({ do: z.literal('reset') }, shape('{ "do": "reset" }')),
  ],
  { error: 'do must be one of start, reveal, close, reopen, reset' },
)

const silentBody = z.strictObject(
  { on: z.boolean({ error: 'on must be true or false' }), area: id('area').optional() },
  shape('{ "on": boolean, "area"?: string }'),
)

const focusBody = z.strictObject({ area: z.union([id('area'), z.null()], { error: 'area must be an area id or null' }) }, shape('{ "area": string | null }'))

/** Entries of the API's route table (api.ts). */
export const FACILITATION_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'GET /api/sessions/:id/control': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId }) => sendJson(res, 200, await deps.facilitation.control(sessionId)),
  },
  'POST /api/sessions/:id/lock': withBody(FACILITATOR, lockBody, async (ctx, body) =>
    sendJson(ctx.res, 200, await ctx.deps.facilitation.lock(ctx.sessionId, body)),
  ),
  'POST /api/sessions/:id/timer': withBody(FACILITATOR, timerBody, async (ctx, body) =>
    sendJson(ctx.res, 200, await ctx.deps.facilitation.timer(ctx.sessionId, body)),
  ),
  'POST /api/sessions/:id/follow': withBody(FACILITATOR, followBody, async (ctx, body) =>
    sendJson(ctx.res, 200, await ctx.deps.facilitation.follow(ctx.sessionId, body)),
  ),
  'POST /api/sessions/:id/vote': withBody(FACILITATOR, voteBody, async (ctx, body) => sendOutcome(ctx.res, await ctx.deps.voting.vote(ctx.sessionId, body))),
  'POST /api/sessions/:id/silent': withBody(FACILITATOR, silentBody, async (ctx, body) =>
    sendOutcome(ctx.res, await ctx.deps.facilitation.silent(ctx.sessionId, body)),
  ),
  'POST /api/sessions/:id/focus': withBody(FACILITATOR, focusBody, async (ctx, body) =>
    sendOutcome(ctx.res, await ctx.deps.facilitation.focus(ctx.sessionId, body.area)),
  ),
})
