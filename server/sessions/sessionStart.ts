// Starting a session (POST /api/sessions): a new board, or a follow-up of a previous session that
// joins its working group, takes over the next meeting agreed there and carries its actions over.
// Who may start one is the HTTP layer's question (CREATE_TOKEN, the previous facilitator's token):
// it answers through `mayFollowUp`, so this module knows no requests.
import type { CreatedSession } from '../../shared/api/types.ts'
import type { TemplateLayoutId } from '../../shared/templates/index.ts'
import type { ActionService } from './actionService.ts'
import { followUpLink, followUpMeeting, type SessionService } from './sessionService.ts'

export interface StartRequest {
  title: string
  templates: readonly TemplateLayoutId[]
  /** The id of the session this one follows up. */
  from?: string | undefined
}

/** Whether the caller is the facilitator of session `previous`; a refusal says why (with its status). */
export type FollowUpAccess = (previous: string) => Promise<{ ok: true } | { ok: false; status: number; message: string }>

export type StartResult = { ok: true; created: CreatedSession } | { ok: false; status: number; message: string }

export async function startSession(
  services: { sessions: SessionService; actions: ActionService },
  request: StartRequest,
  mayFollowUp: FollowUpAccess,
): Promise<StartResult> {
  const { sessions, actions } = services
  if (request.from === undefined) return { ok: true, created: await sessions.create(request.title, request.templates) }
  // Only the previous session's facilitator may carry its actions over.
  const previous = request.from
  const source = await sessions.get(previous)
  if (!source) return { ok: false, status: 400, message: `unknown previous session "${previous}"` }
  const access = await mayFollowUp(previous)
  if (!access.ok) return { ok: false, status: access.status, message: `from: ${access.message} (send the previous session's facilitator token as bearer)` }
  const carriedOver = await actions.carryOver(source, 'nl')
  const created = await sessions.create(request.title, request.templates, carriedOver, { ...followUpLink(source), ...followUpMeeting(source) })
  return { ok: true, created }
}
