// The HTTP API of our own server (same origin). Nothing else in the client calls fetch for data.

import type { CreatedSession, SessionInfo } from '../../../shared/api/types.ts'
import type { TemplateLayoutId } from '../../../shared/templates/types.ts'

export type { CreatedSession, SessionInfo } from '../../../shared/api/types.ts'

/** The server answered, but not with success: `message` is its `error` text when it gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The ApiError for a response that is not a success: the server's `error` text, or the status line. */
export async function errorFrom(res: Response): Promise<ApiError> {
  let message = `HTTP ${res.status}`
  try {
    const body = (await res.json()) as { error?: unknown }
    if (typeof body.error === 'string' && body.error.trim()) message = body.error
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, message)
}

/** The session a facilitator's (or participant's) call is about, and the link token that may make it. */
export interface SessionTarget {
  sessionId: string
  token: string
}

/** The API path of one session (`/api/sessions/:id`). */
export function sessionApiPath(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}`
}

/** `method /api/sessions/:id/<resource>` through sendJson. */
export function callSession<T>(
  target: SessionTarget,
  method: 'GET' | 'POST',
  resource: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return sendJson<T>(target.token, method, `${sessionApiPath(target.sessionId)}/${resource}`, body, headers)
}

/**
 * A call with the link's token as bearer: `body` (if any) sent as JSON, the JSON answer returned, never
 * from the cache. Not a success: the ApiError with the server's message.
 */
export async function sendJson<T>(
  token: string,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  })
  if (!res.ok) throw await errorFrom(res)
  return (await res.json()) as T
}

/** What `POST /api/sessions` takes: the title, the templates to place, the previous session of a follow-up. */
export interface NewSession {
  title: string
  templates?: readonly TemplateLayoutId[]
  /** A follow-up: the previous session's id (its open actions are carried over). */
  from?: string
}

/**
 * `bearer`: the server's CREATE_TOKEN when it has one (see /api/config), or for a follow-up the
 * previous session's facilitator token, which alone may carry its actions over.
 */
export async function createSession(body: NewSession, bearer?: string): Promise<CreatedSession> {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw await errorFrom(res)
  return (await res.json()) as CreatedSession
}

/** The session a token opens, or 'unknown' when the server does not know the token (404). */
export async function fetchSession(token: string): Promise<SessionInfo | 'unknown'> {
  const sentAt = Date.now()
  const res = await fetch('/api/session', {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  })
  if (res.status === 404) return 'unknown'
  if (!res.ok) throw await errorFrom(res)
  const info = (await res.json()) as SessionInfo
  if (typeof info.serverNow === 'number') offsetMs = clockOffset(info.serverNow, sentAt, Date.now())
  return info
}

let offsetMs = 0

/** Server clock minus ours (ms), as last measured by fetchSession: timers show the server's time. */
export function serverClockOffset(): number {
  return offsetMs
}

/**
 * The midpoint of the request is our best guess of when the server read its clock. But when the
 * server's reading falls within the request by our clock, the clocks agree (same machine, or both set
 * by NTP): no correction, or a slow answer (a page still loading) would make our timer run up to half
 * the round trip late, e.g. "2:01" on a two-minute timer while the other screens show "2:00".
 */
function clockOffset(serverNow: number, sentAt: number, receivedAt: number): number {
  if (serverNow >= sentAt && serverNow <= receivedAt) return 0
  return Math.round(serverNow - (sentAt + receivedAt) / 2)
}
