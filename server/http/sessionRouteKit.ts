// What every route under /api/sessions/:id/ gets and uses: the request context, the route table's
// entry type, and reading a JSON body checked by a zod schema (errors answered, never thrown).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import type { Role } from '../../shared/api/types.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ActionService } from '../sessions/actionService.ts'
import type { BoardService } from '../sessions/boardService.ts'
import type { FacilitationService } from '../sessions/facilitationService.ts'
import type { MeetingService } from '../sessions/meetingService.ts'
import type { HistoryService } from '../history/historyService.ts'
import type { IdentityRegistry } from '../identity/identityRegistry.ts'
import type { VotingService } from '../voting/votingService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import { readJsonBody, sendError } from './respond.ts'

export interface SessionRouteDeps {
  sessions: SessionService
  boards: BoardService
  actions: ActionService
  facilitation: FacilitationService
  identities: IdentityRegistry
  voting: VotingService
  /** The trash and the history points (historyRoutes.ts). */
  history: HistoryService
  /** Meeting details and who took part (meetingRoutes.ts). */
  meeting: MeetingService
  maxBodyBytes: number
}

export interface Ctx {
  req: IncomingMessage
  res: ServerResponse
  sessionId: string
  /** The role of the bearer token (already allowed by the route's roles). */
  role: Role
  sub: string | undefined
  query: URLSearchParams
  lang: Lang
  deps: SessionRouteDeps
}

export type Handler = { roles: readonly Role[]; run: (ctx: Ctx) => Promise<void> }

export function fail(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
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

export const BOARD_LOCKED = 'the board is locked by the facilitator'

/** Participants' edits through the API obey the board lock as their edits on the board do (423). */
export async function refusedWhileLocked(ctx: Ctx): Promise<boolean> {
  if (ctx.role !== 'join' || !(await ctx.deps.facilitation.boardLocked(ctx.sessionId))) return false
  fail(ctx.res, 423, BOARD_LOCKED)
  return true
}
