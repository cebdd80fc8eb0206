// The facilitator's meeting API as calls from the browser: the session's details (GET /api/session,
// PATCH /api/sessions/:id) and the "not a participant" mark (PATCH …/participants/:name). Errors come
// back as ApiError with the server's message.
import type { MeetingDetails, SessionInfo } from '../../../shared/api/types.ts'
import type { Participant } from '../../../shared/board/boardDoc.ts'
import type { MeetingPatch } from '../../../shared/sessions/meeting.ts'
import { sendJson, sessionApiPath, type SessionTarget } from '../app/api.ts'

export type MeetingTarget = SessionTarget

export interface MeetingAnswer {
  id: string
  title: string
  meeting: MeetingDetails
}

function send<T>(target: MeetingTarget, method: 'GET' | 'PATCH', url: string, body?: unknown): Promise<T> {
  return sendJson<T>(target.token, method, url, body)
}

const sessionUrl = (target: MeetingTarget) => sessionApiPath(target.sessionId)

export const meetingApi = {
  /** What the session holds now (another facilitator may have changed it since this page loaded). */
  current: async (target: MeetingTarget): Promise<MeetingAnswer> => {
    const info = await send<SessionInfo>(target, 'GET', '/api/session')
    return { id: info.id, title: info.title, meeting: info.meeting ?? {} }
  },
  update: (target: MeetingTarget, patch: MeetingPatch) => send<MeetingAnswer>(target, 'PATCH', sessionUrl(target), patch),
  setExcluded: (target: MeetingTarget, name: string, excluded: boolean) =>
    send<Participant>(target, 'PATCH', `${sessionUrl(target)}/participants/${encodeURIComponent(name)}`, { excluded }),
}
