// What every route under /api/sessions/:id/ gets and uses: the request context, the role check that
// turns a Handler into a route table entry, and reading a JSON body checked by a zod schema (errors
// answered, never thrown).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import type { Role } from '../../shared/api/types.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { SessionRecord } from '../storage/types.ts'
import type { RouteDeps } from './apiDeps.ts'
import { authorize } from './auth.ts'
import { fail, readJsonBody, requestLang } from './respond.ts'
import type { RouteHandler, Routes } from './routeTable.ts'

export interface Ctx {
  req: IncomingMessage
  res: ServerResponse
  sessionId: string
  /** The session's record as the token check found it. */
  session: SessionRecord
  /** The role of the bearer token (already allowed by the route's roles). */
  role: Role
  /** The path's named parameters after :id (e.g. :action), percent-decoded. */
  params: Readonly<Record<string, string>>
  query: URLSearchParams
  lang: Lang
  deps: RouteDeps
}

export type Handler = { roles: readonly Role[]; run: (ctx: Ctx) => Promise<void> }

/** A route under /api/sessions/:id/: the bearer token must carry one of `handler.roles` for :id. */
function sessionRoute(handler: Handler): RouteHandler<RouteDeps> {
  return async ({ req, res, params, query, deps }) => {
    const sessionId = params.id!
    const auth = await authorize(req, sessionId, deps.sessions, handler.roles)
    if (!auth.ok) return fail(res, auth.status, auth.message)
    await handler.run({ req, res, sessionId, session: auth.session, role: auth.role, params, query, lang: requestLang(req, query), deps })
  }
}

/** Route table entries ("METHOD /api/sessions/:id/…", routeTable.ts) for handlers that check roles. */
export function sessionRoutes(table: Record<string, Handler>): Routes<RouteDeps> {
  return Object.fromEntries(Object.entries(table).map(([key, handler]) => [key, sessionRoute(handler)]))
}

/** The body parsed by `schema`, or undefined after answering 400/413/415 with what is wrong. */
export async function parseBody<S extends z.ZodType>(ctx: Ctx, schema: S): Promise<z.output<S> | undefined> {
  const body = await readJsonBody(ctx.req, ctx.deps.maxBodyBytes)
  if (!body.ok) {
    fail(ctx.res, body.status, body.message)
    return undefined
  }
  const parsed = schema.safeParse(body.value)
  if (!parsed.success) {
    fail(ctx.res, 400, parsed.error.issues.map((issue) => issue.message).join('; '))
    return undefined
  }
  return parsed.data
}

/** A route whose JSON body `schema` checks: `run` is called only with a body that passed. */
export function withBody<S extends z.ZodType>(roles: readonly Role[], schema: S, run: (ctx: Ctx, body: z.output<S>) => Promise<void>): Handler {
  return {
    roles,
    run: async (ctx) => {
      const body = await parseBody(ctx, schema)
      if (body !== undefined) await run(ctx, body)
    },
  }
}

const BOARD_LOCKED = 'the board is locked by the facilitator'

/** Participants' edits through the API obey the board lock as their edits on the board do (423). */
export async function refusedWhileLocked(ctx: Ctx): Promise<boolean> {
  if (ctx.role !== 'join' || !(await ctx.deps.facilitation.boardLocked(ctx.sessionId))) return false
  fail(ctx.res, 423, BOARD_LOCKED)
  return true
}
