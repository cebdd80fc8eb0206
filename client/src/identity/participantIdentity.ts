// This browser's participant identity in one session (shared/api/identity.ts): issued by the server,
// kept in localStorage per session, checked once per page load. Requests that act as this person (dots,
// the private silent-round document) carry its secret; the public id is what the server calls us.
import { PARTICIPANT_HEADER, PARTICIPANT_ID_PATTERN, PARTICIPANT_SECRET_PATTERN, type ParticipantIdentity } from '../../../shared/api/identity.ts'
import { errorFrom } from '../app/api.ts'

const keyFor = (sessionId: string) => `samenbord.participant.${sessionId}`
const pending = new Map<string, Promise<ParticipantIdentity>>()

function stored(sessionId: string): ParticipantIdentity | undefined {
  try {
    const value = JSON.parse(window.localStorage.getItem(keyFor(sessionId)) ?? 'null') as Partial<ParticipantIdentity> | null
    if (
      typeof value?.id === 'string' &&
      PARTICIPANT_ID_PATTERN.test(value.id) &&
      typeof value.secret === 'string' &&
      PARTICIPANT_SECRET_PATTERN.test(value.secret)
    ) {
      return { id: value.id, secret: value.secret }
    }
  } catch {
    // unreadable or no storage: a new one is minted
  }
  return undefined
}

function remember(sessionId: string, identity: ParticipantIdentity): void {
  try {
    window.localStorage.setItem(keyFor(sessionId), JSON.stringify(identity))
  } catch {
    // private mode: this page load keeps it in memory (pending)
  }
}

async function obtain(sessionId: string, token: string): Promise<ParticipantIdentity> {
  const auth = { authorization: `Bearer ${token}` }
  const known = stored(sessionId)
  if (known) {
    const res = await fetch(`/api/sessions/${sessionId}/identity`, { headers: { ...auth, [PARTICIPANT_HEADER]: known.secret }, cache: 'no-store' })
    if (res.ok) return known
    if (res.status !== 404) throw await errorFrom(res)
  }
  const res = await fetch(`/api/sessions/${sessionId}/identity`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })
  if (!res.ok) throw await errorFrom(res)
  const identity = (await res.json()) as ParticipantIdentity
  remember(sessionId, identity)
  return identity
}

/** This browser's identity in the session (one request per page load at most; join and facilitator links only). */
export function participantIdentity(sessionId: string, token: string): Promise<ParticipantIdentity> {
  let promise = pending.get(sessionId)
  if (!promise) {
    promise = obtain(sessionId, token)
    promise.catch(() => pending.delete(sessionId))
    pending.set(sessionId, promise)
  }
  return promise
}

/** The header that makes a request act as this participant. */
export function participantHeaders(identity: ParticipantIdentity): Record<string, string> {
  return { [PARTICIPANT_HEADER]: identity.secret }
}

/** Drops an identity the server no longer knows (401): the next participantIdentity() mints a new one. */
export function forgetParticipantIdentity(sessionId: string): void {
  pending.delete(sessionId)
  try {
    window.localStorage.removeItem(keyFor(sessionId))
  } catch {
    // no storage: nothing kept
  }
}
