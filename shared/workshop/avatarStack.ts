// Which faces the top bar's avatar stack shows: you first, then the facilitators, then the others in
// the order they came; the rest is "+N".
/** What the order needs to know of someone online. */
export interface StackPerson {
  isSelf: boolean
  role: string
}

export function stackFaces<P extends StackPerson>(peers: readonly P[], max: number): { faces: P[]; more: number } {
  const rank = (peer: P) => (peer.isSelf ? 0 : peer.role === 'facilitator' ? 1 : 2)
  const ordered = peers
    .map((peer, index) => ({ peer, index }))
    .sort((a, b) => rank(a.peer) - rank(b.peer) || a.index - b.index)
    .map(({ peer }) => peer)
  const faces = ordered.slice(0, Math.max(0, max))
  return { faces, more: peers.length - faces.length }
}
