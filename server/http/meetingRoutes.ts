// The meeting's details and who took part, for the facilitator:
//   PATCH /api/sessions/:id                          { title?, startsAt?, place?, nextMeeting? } → 200
//   PATCH /api/sessions/:id/participants/:name       { excluded } → 200 with the participant
// Validation and storage are in server/sessions/meetingService.ts.
import type { RouteDeps } from './apiDeps.ts'
import { fail, readJsonBody, sendJson } from './respond.ts'
import type { Routes } from './routeTable.ts'
import { sessionRoutes, type Ctx } from './sessionRouteKit.ts'

async function patchMeeting({ req, res, deps, sessionId }: Ctx): Promise<void> {
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const result = await deps.meeting.update(sessionId, body.value)
  if (!result.ok) return void fail(res, result.status, result.message)
  sendJson(res, 200, result.value)
}

async function patchParticipant({ req, res, deps, sessionId, params }: Ctx): Promise<void> {
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void fail(res, body.status, body.message)
  const result = await deps.meeting.setExcluded(sessionId, params.name!, body.value)
  if (!result.ok) return void fail(res, result.status, result.message)
  sendJson(res, 200, result.value)
}

/** Entries of the API's route table (api.ts), after lifecycleRoutes.ts' (Allow: DELETE, PATCH). */
export const MEETING_ROUTES: Routes<RouteDeps> = sessionRoutes({
  'PATCH /api/sessions/:id': { roles: ['facilitator'], run: patchMeeting },
  'PATCH /api/sessions/:id/participants/:name': { roles: ['facilitator'], run: patchParticipant },
})
