// The facilitator's HTTP API (bodies and answers), shared by the server that answers and the clients
// that ask. Every route is under /api/sessions/:id/ with `Authorization: Bearer <token>`.
//
//   GET  control   any token          → ControlAnswer (the state every screen shows + the server clock)
//   POST lock      facilitator        LockBody → { lock }
//   POST timer     facilitator        TimerCommand (shared/facilitation/timer.ts) → { timer, serverNow }
//   POST follow    facilitator        FollowBody → { follow }
//   POST vote      facilitator        VoteBody → { vote }
//   GET  dots      join, facilitator  + participant header → DotAnswer: the caller's own dots, dots left
//   POST dots      join, facilitator  + participant header, DotBody → DotAnswer; 409 when no vote is open
//                                     or no dots are left
//   POST silent    facilitator        SilentBody → { silent }
//   POST focus     facilitator        FocusBody → { focus }
// Facilitator-only routes answer 403 to other tokens; invalid bodies 400 with a message. The dots routes
// act as the person whose secret the `x-samenbord-participant` header carries (shared/api/identity.ts):
// without it, or with a secret the server never issued in this session, 401.
import type { ControlState, LockState, NoteDots, TallyMode, VoteScope, VoteState } from '../facilitation/types.ts'

export interface ControlAnswer extends ControlState {
  /** The server's clock (epoch ms) when it answered: clients correct their clock by it. */
  serverNow: number
}

/** At least one of the two. */
export interface LockBody {
  locked?: boolean
  structure?: boolean
}

export interface LockAnswer {
  lock: LockState
}

/** `userId` null stops following; `keep` false is a one-time "bring everyone here". */
export interface FollowBody {
  userId: string | null
  keep?: boolean
}

export type VoteBody =
  /** At most one of area, notes and scope; none: the whole board. */
  | { do: 'start'; dots: number; area?: string; notes?: string[]; scope?: VoteScope; tally?: TallyMode }
  | { do: 'reveal' }
  | { do: 'close' }
  | { do: 'reopen' }
  /** Takes every dot of this vote off its notes and ends it. */
  | { do: 'reset' }

/** The voter is the caller's identity (the header), never a body field: a `voter` field is a 400. */
export interface DotBody {
  note: string
  delta: 1 | -1
}

/** The caller's own dots in the current vote; nobody else's, and no totals (those are in the document). */
export interface DotAnswer {
  /** The vote these are for (VoteState.id), null when there is none. */
  vote: VoteState['id'] | null
  /** Note id → the caller's dots on it (notes of the vote with at least one). */
  mine: NoteDots
  /** Dots the caller has left in the vote (0 without a vote). */
  left: number
}

/** Turning silence off is the reveal. */
export interface SilentBody {
  on: boolean
  area?: string
}

export interface FocusBody {
  area: string | null
}
