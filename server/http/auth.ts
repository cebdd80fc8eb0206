// Role checks for session routes: the bearer token must belong to this session and carry a role
// the route allows. Errors are values with the status to answer.
import type { IncomingMessage } from 'node:http'
import type { Role } from '../../shared/api/types.ts'
import type { SessionService } from '../sessions/sessionService.ts'
import type { SessionRecord } from '../storage/types.ts'
import { bearerToken } from './respond.ts'

export type Authorized = { ok: true; role: Role; session: SessionRecord } | { ok: false; status: 401 | 403 | 404; message: string }

export const ANY_ROLE: readonly Role[] = ['view', 'join', 'facilitator']
export const EDITORS: readonly Role[] = ['join', 'facilitator']

export async function authorize(req: IncomingMessage, sessionId: string, sessions: SessionService, allowed: readonly Role[]): Promise<Authorized> {
  const token = bearerToken(req)
  const resolved = await sessions.resolve(token)
  // A token of this very session proves it exists: one lookup instead of two for every allowed call.
  if (resolved?.session.id !== sessionId && !(await sessions.exists(sessionId))) return { ok: false, status: 404, message: 'no such session' }
  if (!token) return { ok: false, status: 401, message: 'missing Authorization: Bearer <token>' }
  if (!resolved) return { ok: false, status: 401, message: 'unknown token' }
  if (resolved.session.id !== sessionId) return { ok: false, status: 403, message: 'this token is for another session' }
  if (!allowed.includes(resolved.role)) {
    return { ok: false, status: 403, message: `the ${resolved.role} link may not do this` }
  }
  return { ok: true, role: resolved.role, session: resolved.session }
}
