// Routes under /api/sessions/:id/: the board read as data (areas, outcomes, actions), notes posted into
// it, hand edits of actions, the facilitator's action plan export, and the facilitation controls
// (facilitationRoutes.ts).
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as z from 'zod'
import { validateActionPatch } from '../../shared/actions/edit.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types.ts'
import { refuseExport, renderExport } from '../export/index.ts'
import type { Role } from '../../shared/api/types.ts'
import { ANY_ROLE, EDITORS, authorize } from './auth.ts'
import { FACILITATION_ROUTES } from './facilitationRoutes.ts'
import { HISTORY_ROUTES } from './historyRoutes.ts'
import { IDENTITY_ROUTES } from './identityRoutes.ts'
import { MEETING_ROUTES } from './meetingRoutes.ts'
import { addNoteAs } from './noteRoutes.ts'
import { readJsonBody, requestLang, sendJson } from './respond.ts'
import { fail, parseBody, refusedWhileLocked, type Ctx, type Handler, type SessionRouteDeps } from './sessionRouteKit.ts'

export type { SessionRouteDeps }

export const MAX_NOTE_TEXT = 2000

const SESSION_ROUTE = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/([a-z]+)(?:\/([^/]{1,200}))?$/
const FACILITATOR: readonly Role[] = ['facilitator']

const noteBody = z.object({
  text: z
    .string({ error: 'text is required (a string)' })
    .trim()
    .min(1, 'text must not be empty')
    .max(MAX_NOTE_TEXT, `text must be at most ${MAX_NOTE_TEXT} characters`),
  area: z.string({ error: 'area must be a string (an area id from /areas)' }).optional(),
})

/** method + resource (+ '/:sub' when the route takes one) → who may call it and what it does. */
const ROUTES: Record<string, Handler> = {
  'GET areas': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId, lang }) => sendJson(res, 200, { areas: await deps.boards.areas(sessionId, lang) }),
  },
  'GET outcomes': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId, lang }) => sendJson(res, 200, await deps.boards.outcomes(sessionId, lang)),
  },
  'POST notes': { roles: EDITORS, run: postNote },
  'GET actions': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId, lang }) =>
      sendJson(res, 200, { actions: await deps.actions.list(deps.sessions.get(sessionId)!, lang) }),
  },
  'PATCH actions/:sub': { roles: EDITORS, run: patchAction },
  'GET export': { roles: FACILITATOR, run: exportPlan },
  ...FACILITATION_ROUTES,
  ...IDENTITY_ROUTES,
  ...HISTORY_ROUTES,
  ...MEETING_ROUTES,
}

/** Returns false when the path is not a session route. */
export async function handleSessionRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
  deps: SessionRouteDeps,
): Promise<boolean> {
  const match = SESSION_ROUTE.exec(path)
  if (!match) return false
  const [, sessionId, resource, rawSub] = match as unknown as [string, string, string, string | undefined]
  let sub: string | undefined
  try {
    sub = rawSub === undefined ? undefined : decodeURIComponent(rawSub)
  } catch {
    return fail(res, 400, 'bad path')
  }
  const method = req.method ?? 'GET'
  const key = `${method} ${resource}${sub === undefined ? '' : '/:sub'}`
  const handler = ROUTES[key]
  if (!handler) {
    const known = Object.keys(ROUTES).some((k) => k.split(' ')[1]!.split('/')[0] === resource)
    return fail(res, known ? 405 : 404, known ? `method ${method} not allowed here` : 'no such API route')
  }
  const auth = authorize(req, sessionId, deps.sessions, handler.roles)
  if (!auth.ok) return fail(res, auth.status, auth.message)
  await handler.run({ req, res, sessionId, role: auth.role, sub, query, lang: requestLang(req, query), deps })
  return true
}

async function postNote(ctx: Ctx): Promise<void> {
  const note = await parseBody(ctx, noteBody)
  if (!note) return
  if (await refusedWhileLocked(ctx)) return
  // A silent round covering the area keeps the note with its author (noteRoutes.ts).
  await addNoteAs(ctx, note)
}

async function patchAction(ctx: Ctx): Promise<void> {
  const { req, res, deps, sessionId, sub, lang } = ctx
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const valid = validateActionPatch(body.value)
  if (!valid.ok) return void fail(res, 400, valid.message)
  if (await refusedWhileLocked(ctx)) return
  const result = await deps.actions.patch(deps.sessions.get(sessionId)!, sub!, valid.patch, lang)
  if (!result.ok) return void fail(res, 404, `no action "${sub}" on this board: see GET /api/sessions/${sessionId}/actions`)
  sendJson(res, 200, result.action)
}

async function exportPlan({ res, deps, sessionId, query, lang }: Ctx): Promise<void> {
  const format = query.get('format') ?? 'md'
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return void fail(res, 400, `format must be one of ${EXPORT_FORMATS.join(', ')}`)
  }
  const plan = await deps.actions.plan(deps.sessions.get(sessionId)!, lang)
  const options = { ids: query.get('ids') === '1', template: query.get('template') ?? undefined }
  const refused = refuseExport(plan, format as ExportFormat, options)
  if (refused) return void fail(res, refused.status, refused.message)
  const file = await renderExport(plan, format as ExportFormat, options)
  const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : Buffer.from(file.body)
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': body.byteLength,
    // RFC 6266: an ASCII fallback and the UTF-8 name.
    'content-disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'cache-control': 'no-store',
  })
  res.end(body)
}

