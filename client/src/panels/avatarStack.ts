// Which faces the top bar's avatar stack shows: you first, then the facilitators, then the others in
// the order they came; the rest is "+N".
import type { Peer } from '../collab/types.ts'

export function stackFaces(peers: readonly Peer[], max: number): { faces: Peer[]; more: number } {
  const rank = (peer: Peer) => (peer.isSelf ? 0 : peer.role === 'facilitator' ? 1 : 2)
  const ordered = peers
    .map((peer, index) => ({ peer, index }))
    .sort((a, b) => rank(a.peer) - rank(b.peer) || a.index - b.index)
    .map(({ peer }) => peer)
  const faces = ordered.slice(0, Math.max(0, max))
  return { faces, more: peers.length - faces.length }
}
