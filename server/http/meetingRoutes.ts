// The meeting's details and who took part, for the facilitator:
//   PATCH /api/sessions/:id                          { title?, startsAt?, place?, nextMeeting? } → 200
//   PATCH /api/sessions/:id/participants/:name       { excluded } → 200 with the participant
// Validation and storage are in server/sessions/meetingService.ts.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MeetingService } from '../sessions/meetingService.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import { authorize } from './auth.ts'
import { readJsonBody, sendError, sendJson } from './respond.ts'
import type { Ctx, Handler } from './sessionRouteKit.ts'

const SESSION_PATH = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})$/

export interface MeetingRouteDeps {
  sessions: SessionService
  meeting: MeetingService
  maxBodyBytes: number
}

/** PATCH /api/sessions/:id; false for any other method or path (DELETE is lifecycleRoutes.ts'). */
export async function handleMeetingRoute(req: IncomingMessage, res: ServerResponse, path: string, deps: MeetingRouteDeps): Promise<boolean> {
  if (req.method !== 'PATCH') return false
  const sessionId = SESSION_PATH.exec(path)?.[1]
  if (sessionId === undefined) return false
  const auth = authorize(req, sessionId, deps.sessions, ['facilitator'])
  if (!auth.ok) return answer(res, auth.status, auth.message)
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return answer(res, body.status, body.message)
  const result = await deps.meeting.update(sessionId, body.value)
  if (!result.ok) return answer(res, result.status, result.message)
  sendJson(res, 200, result.value)
  return true
}

async function patchParticipant({ req, res, deps, sessionId, sub }: Ctx): Promise<void> {
  const body = await readJsonBody(req, deps.maxBodyBytes)
  if (!body.ok) return void answer(res, body.status, body.message)
  const result = await deps.meeting.setExcluded(sessionId, sub!, body.value)
  if (!result.ok) return void answer(res, result.status, result.message)
  sendJson(res, 200, result.value)
}

/** Entries of the session route table (sessionRoutes.ts). */
export const MEETING_ROUTES: Record<string, Handler> = {
  'PATCH participants/:sub': { roles: ['facilitator'], run: patchParticipant },
}

function answer(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
}
