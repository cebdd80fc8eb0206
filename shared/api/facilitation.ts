// The facilitator's HTTP API (bodies and answers), shared by the server that answers and the clients
// that ask. Every route is under /api/sessions/:id/ with `Authorization: Bearer <token>`.
//
//   GET  control   any token          → ControlAnswer (the state every screen shows + the server clock)
//   POST lock      facilitator        LockBody → { lock }
//   POST timer     facilitator        TimerCommand (shared/facilitation/timer.ts) → { timer, serverNow }
//   POST follow    facilitator        FollowBody → { follow }
//   POST vote      facilitator        VoteBody → { vote }
//   POST dots      join, facilitator  DotBody → DotAnswer; 409 when no vote is open or no dots are left
//   POST silent    facilitator        SilentBody → { silent }
//   POST focus     facilitator        FocusBody → { focus }
// Facilitator-only routes answer 403 to other tokens; invalid bodies 400 with a message.
import type { ControlState, LockState, NoteVotes, TallyMode } from '../facilitation/types.ts'

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
  | { do: 'start'; dots: number; area?: string; notes?: string[]; tally?: TallyMode }
  | { do: 'reveal' }
  | { do: 'close' }
  | { do: 'reopen' }
  /** Takes every dot of this vote off its notes and ends it. */
  | { do: 'reset' }

export interface DotBody {
  note: string
  /** One id per browser (all its tabs), from localStorage. */
  voter: string
  delta: 1 | -1
}

export interface DotAnswer {
  votes: NoteVotes
  /** Dots this voter has left in the vote. */
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
