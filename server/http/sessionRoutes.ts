// Routes under /api/sessions/:id/: the board read as data (areas, outcomes, actions), notes posted into
// it, hand edits of actions and the facilitator's action plan export.
import * as z from 'zod'
import { validateActionPatch } from '../../shared/actions/edit.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types.ts'
import { MAX_NOTE_TEXT } from '../../shared/templates/addNote.ts'
import { refuseExport, renderExport } from '../export/index.ts'
import type { Role } from '../../shared/api/types.ts'
import type { RouteDeps } from './apiDeps.ts'
import { ANY_ROLE, EDITORS } from './auth.ts'
import { addNoteAs } from './noteRoutes.ts'
import type { Routes } from './routeTable.ts'
import { fail, readJsonBody, sendJson } from './respond.ts'
import { parseBody, refusedWhileLocked, sessionRoutes, type Ctx } from './sessionRouteKit.ts'

const FACILITATOR: readonly Role[] = ['facilitator']

const noteBody = z.object({
  text: z
    .string({ error: 'text is required (a string)' })
    .trim()
    .min(1, 'text must not be empty')
    .max(MAX_NOTE_TEXT, `text must be at most ${MAX_NOTE_TEXT} characters`),
  area: z.string({ error: 'area must be a string (an area id from /areas)' }).optional(),
})

/** The board read as data, notes, actions and the plan: entries of the API's route table (api.ts). */
export const BOARD_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'GET /api/sessions/:id/areas': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId, lang }) => sendJson(res, 200, { areas: await deps.boards.areas(sessionId, lang) }),
  },
  'GET /api/sessions/:id/outcomes': {
    roles: ANY_ROLE,
    run: async ({ res, deps, sessionId, lang }) => sendJson(res, 200, await deps.boards.outcomes(sessionId, lang)),
  },
  'POST /api/sessions/:id/notes': { roles: EDITORS, run: postNote },
  'GET /api/sessions/:id/actions': {
    roles: ANY_ROLE,
    run: async ({ res, deps, session, lang }) => sendJson(res, 200, { actions: await deps.actions.list(session, lang) }),
  },
  'PATCH /api/sessions/:id/actions/:action': { roles: EDITORS, run: patchAction },
  'GET /api/sessions/:id/export': { roles: FACILITATOR, run: exportPlan },
})

async function postNote(ctx: Ctx): Promise<void> {
  const note = await parseBody(ctx, noteBody)
  if (!note) return
  if (await refusedWhileLocked(ctx)) return
  // A silent round covering the area keeps the note with its author (noteRoutes.ts).
  await addNoteAs(ctx, note)
}

async function patchAction(ctx: Ctx): Promise<void> {
  const { req, res, deps, sessionId, session, params, lang } = ctx
  const actionId = params.action!
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const valid = validateActionPatch(body.value)
  if (!valid.ok) return void fail(res, 400, valid.message)
  if (await refusedWhileLocked(ctx)) return
  const result = await deps.actions.patch(session, actionId, valid.patch, lang)
  if (!result.ok) return void fail(res, 404, `no action "${actionId}" on this board: see GET /api/sessions/${sessionId}/actions`)
  sendJson(res, 200, result.action)
}

async function exportPlan({ res, deps, session, query, lang }: Ctx): Promise<void> {
  const format = query.get('format') ?? 'md'
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return void fail(res, 400, `format must be one of ${EXPORT_FORMATS.join(', ')}`)
  }
  const plan = await deps.actions.plan(session, lang)
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
