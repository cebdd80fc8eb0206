// Who is online, read from the awareness states (everyone who announced a user, us included).
import type { Awareness } from 'y-protocols/awareness'
import { MAX_SHOWN_NAME_LENGTH } from '../../../shared/api/participants.ts'
import type { AwarenessState, Peer, Role } from './types.ts'

const ROLES: ReadonlySet<string> = new Set<Role>(['view', 'join', 'facilitator'])

export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = []
  for (const [clientId, raw] of awareness.getStates() as Map<number, AwarenessState>) {
    const user = raw?.user
    if (!user || typeof user.name !== 'string' || !user.name.trim()) continue
    peers.push({
      clientId,
      name: user.name.slice(0, MAX_SHOWN_NAME_LENGTH),
      color: typeof user.color === 'string' && /^#[0-9a-f]{3,8}$/i.test(user.color) ? user.color : '#888888',
      role: ROLES.has(user.role) ? user.role : 'join',
      isSelf: clientId === awareness.clientID,
      userId: typeof raw.presence?.userId === 'string' ? raw.presence.userId : null,
      authorId: typeof user.author === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(user.author) ? user.author : null,
    })
  }
  // Us first, then facilitators, participants and viewers, each by name.
  const rank = (peer: Peer) => (peer.isSelf ? 0 : peer.role === 'facilitator' ? 1 : peer.role === 'join' ? 2 : 3)
  return peers.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.clientId - b.clientId)
}

/** Equal when the list would render the same (cursor moves don't re-render the list). */
export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  if (a.length !== b.length) return false
  return a.every((peer, i) => {
    const other = b[i]!
    return (
      peer.clientId === other.clientId &&
      peer.name === other.name &&
      peer.color === other.color &&
      peer.role === other.role &&
      peer.isSelf === other.isSelf &&
      peer.userId === other.userId &&
      peer.authorId === other.authorId
    )
  })
}
