// "Follow me" as each screen carries it out: what a participant does when the facilitator's follow
// instruction changes, when to offer "follow again", and whom the projector follows. Pure decisions;
// the client turns them into tldraw's startFollowingUser / stopFollowingUser.
import type { Role } from '../api/types.ts'
import type { FollowState } from './types.ts'

/** What a screen did with the follow state last time it looked (null: it has not looked yet). */
export type FollowSeen = Pick<FollowState, 'userId' | 'keep' | 'seq'>

export type FollowStep =
  | { do: 'none' }
  /** Jump to `userId`'s viewport; `oneShot`: stop following once the camera has arrived. */
  | { do: 'start'; userId: string; oneShot: boolean }
  /** Stop following `userId` (only if that is whom this screen follows). */
  | { do: 'stop'; userId: string }

const NONE: FollowStep = { do: 'none' }

/**
 * The step for a participant's screen when the follow state goes from `seen` to `next`.
 * A screen that opens while everyone keeps following joins in; one that opens after a one-time
 * "bring everyone here" does not jump (that moment has passed). Nobody ever follows themselves.
 */
export function followStep(seen: FollowSeen | null, next: FollowState, selfUserId: string): FollowStep {
  const stopPrevious = (): FollowStep => (seen?.userId && seen.userId !== selfUserId ? { do: 'stop', userId: seen.userId } : NONE)
  if (next.userId === null) return stopPrevious()
  if (next.userId === selfUserId) return stopPrevious()
  if (seen === null) return next.keep ? { do: 'start', userId: next.userId, oneShot: false } : NONE
  const changed = next.seq !== seen.seq || next.userId !== seen.userId || next.keep !== seen.keep
  return changed ? { do: 'start', userId: next.userId, oneShot: !next.keep } : NONE
}

/**
 * Whether to show "you no longer follow the facilitator — follow again": everyone is asked to keep
 * following, the leader is here, and this screen (not the leader's) has broken away.
 */
export function offerRefollow(follow: FollowState, ctx: { selfUserId: string; followingUserId: string | null; leaderOnline: boolean }): boolean {
  return follow.keep && follow.userId !== null && follow.userId !== ctx.selfUserId && ctx.leaderOnline && ctx.followingUserId !== follow.userId
}

/** Someone online, as far as choosing whom to follow needs to know. */
export interface FollowCandidate {
  userId: string | null
  role: Role
  isSelf: boolean
}

/**
 * Whom the projector follows: the user everyone is asked to follow, when they are online; else the
 * first facilitator online (peers come sorted, so every projector picks the same one); else nobody,
 * and the projector shows the whole board.
 */
export function projectorFollowTarget(follow: Pick<FollowState, 'userId'>, peers: readonly FollowCandidate[]): string | null {
  const others = peers.filter((peer) => !peer.isSelf && peer.userId !== null)
  if (follow.userId !== null && others.some((peer) => peer.userId === follow.userId)) return follow.userId
  return others.find((peer) => peer.role === 'facilitator')?.userId ?? null
}
