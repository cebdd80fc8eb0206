// The facilitator's API (shared/api/facilitation.ts) as calls from the browser. Errors come back as
// ApiError with the server's message, for the caller to show.
import type { ControlAnswer, DotAnswer, DotBody, FocusBody, FollowBody, LockAnswer, LockBody, SilentBody, VoteBody } from '../../../shared/api/facilitation.ts'
import type { TimerCommand } from '../../../shared/facilitation/index.ts'
import { callSession, type SessionTarget } from '../app/api.ts'

export type ControlTarget = SessionTarget

const call = callSession

export const controlApi = {
  get: (t: ControlTarget) => call<ControlAnswer>(t, 'GET', 'control'),
  lock: (t: ControlTarget, body: LockBody) => call<LockAnswer>(t, 'POST', 'lock', body),
  timer: (t: ControlTarget, command: TimerCommand) => call<unknown>(t, 'POST', 'timer', command),
  follow: (t: ControlTarget, body: FollowBody) => call<unknown>(t, 'POST', 'follow', body),
  vote: (t: ControlTarget, body: VoteBody) => call<unknown>(t, 'POST', 'vote', body),
  /** As the participant whose header `as` carries (participantHeaders()). */
  dot: (t: ControlTarget, body: DotBody, as: Record<string, string>) => call<DotAnswer>(t, 'POST', 'dots', body, as),
  myDots: (t: ControlTarget, as: Record<string, string>) => call<DotAnswer>(t, 'GET', 'dots', undefined, as),
  silent: (t: ControlTarget, body: SilentBody) => call<unknown>(t, 'POST', 'silent', body),
  focus: (t: ControlTarget, body: FocusBody) => call<unknown>(t, 'POST', 'focus', body),
}
