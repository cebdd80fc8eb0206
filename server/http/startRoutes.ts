// POST /api/sessions: a new session, or with "from" a follow-up of a previous one (sessions/sessionStart.ts).
// Allowed: CREATE_TOKEN holders when one is set (everyone otherwise); a follow-up, the previous session's
// facilitator token instead. Every attempt counts against SESSION_CREATES_PER_MINUTE per address.
import * as z from 'zod'
import { TEMPLATE_LAYOUTS, isTemplateLayout, type TemplateLayoutId } from '../../shared/templates/index.ts'
import { startSession } from '../sessions/sessionStart.ts'
import type { RouteDeps } from './apiDeps.ts'
import { authorize } from './auth.ts'
import { fail, readJsonBody, refuse, sendJson } from './respond.ts'
import type { RouteCall, Routes } from './routeTable.ts'

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

async function createSession({ req, res, deps }: RouteCall<RouteDeps>): Promise<void> {
  const tooMany = await deps.createGuard.rate(req)
  if (tooMany) return void refuse(res, tooMany)
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const parsed = createSessionBody(deps.config.maxTitleLength).safeParse(body.value)
  if (!parsed.success) return void fail(res, 400, parsed.error.issues.map((issue) => issue.message).join('; '))
  const { title, templates, from } = parsed.data
  // A follow-up session is authorised by the previous session's facilitator token (startSession).
  const noAccess = from === undefined ? deps.createGuard.token(req) : undefined
  if (noAccess) return void refuse(res, noAccess)
  const started = await startSession(deps, { title, templates: (templates ?? []) as TemplateLayoutId[], from }, (previous) =>
    authorize(req, previous, deps.sessions, ['facilitator']),
  )
  if (!started.ok) return void fail(res, started.status, started.message)
  sendJson(res, 201, started.created)
}

/** Entries of the API's route table (api.ts). */
export const START_ROUTES: Routes<RouteDeps> = {
  'POST /api/sessions': createSession,
}
