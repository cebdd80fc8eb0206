// The facilitator's controls over a live session, as stored in the board document. Only the server
// writes these (through the facilitator's HTTP API); clients read them and react: every screen shows
// the same timer, vote and lock, and the server enforces the lock and the vote budget.

/** `POST /api/sessions/:id/lock`: the whole board for participants, and/or the template structure. */
export interface LockState {
  /** Participants' edits are dropped by the server; the facilitator can still edit. */
  board: boolean
  /** Template structure (areas, labels) cannot be moved, changed or deleted by participants. */
  structure: boolean
}

export type TimerPhase = 'idle' | 'running' | 'paused'

/**
 * One countdown for everyone. Times are the server's clock (epoch ms): clients correct by the offset
 * they measured against the server, so a phone with a wrong clock still shows the same seconds.
 */
export interface TimerState {
  phase: TimerPhase
  /** What the facilitator set (ms), to reset to. */
  durationMs: number
  /** While paused or idle: what is left (ms). */
  remainingMs: number
  /** While running: when it reaches zero (server epoch ms). */
  endsAt: number | null
  /** Bumped on every change, so clients can tell a restart from a repeat. */
  seq: number
}

/** Follow me: participants jump to (and with `keep`, keep following) the facilitator's viewport. */
export interface FollowState {
  /** 'off', or the tldraw user id (`user:…`) of the facilitator everyone follows. */
  userId: string | null
  /** Keep following after the jump (until a participant breaks away). */
  keep: boolean
  /** Bumped on every "bring everyone here", so a repeated click jumps again. */
  seq: number
}

export type TallyMode = 'live' | 'hidden'

/**
 * What a vote is about when it is more than one area: the whole brainstorm (its ideas and every
 * cluster, so a note moved into a cluster still counts) or every area of one template on the board.
 * `instance` is a template instance id (`templates[].instance` in /outcomes, `instance` in /areas).
 */
export type VoteScope = { kind: 'brainstorm'; instance?: string } | { kind: 'template'; instance: string }

/** Dot voting: N dots per person on the notes of an area, a scope or a selection. */
export interface VoteState {
  id: string
  phase: 'open' | 'closed'
  /** Dots each person may place (more than one on the same note is allowed). */
  dots: number
  /** Notes that can get dots: those in `areaId`, in `scope`, or exactly `noteIds` (none of them: the whole board). */
  areaId: string | null
  noteIds: string[] | null
  /** When the vote was last closed (server epoch ms); absent while open and on older boards. */
  closedAt?: number
  /** Absent on votes started before scopes existed (and on area or selection votes). */
  scope?: VoteScope | null
  /** 'live': everyone sees the tallies as they grow; 'hidden': only own dots until revealed. */
  tally: TallyMode
  revealed: boolean
  /**
   * How many people have at least one dot on the vote's notes (written by the server as dots change;
   * absent on older boards). A count of people, never per note: the facilitator sees it while hidden.
   */
  voters?: number
}

/**
 * Silent brainstorm: while on, each participant's new notes in the area stay in their private document
 * (known to them and the server only) until the reveal.
 */
export interface SilentState {
  on: boolean
  areaId: string | null
  /** Notes created after this (server epoch ms) by others are hidden. */
  since: number
  /** Notes waiting in private documents, counted by the server (the facilitator's banner; never texts). */
  notes: number
  /** How many people wrote them. */
  people: number
}

/** The area phones post into and whose question they show ("the current question"). */
export interface FocusState {
  areaId: string | null
}

export interface ControlState {
  lock: LockState
  timer: TimerState
  follow: FollowState
  vote: VoteState | null
  silent: SilentState
  focus: FocusState
}

/** One person's dots in the vote: note id → their dots on it (only notes with at least one). */
export type NoteDots = Record<string, number>

export const DEFAULT_CONTROL: ControlState = {
  lock: { board: false, structure: true },
  timer: { phase: 'idle', durationMs: 5 * 60_000, remainingMs: 5 * 60_000, endsAt: null, seq: 0 },
  follow: { userId: null, keep: false, seq: 0 },
  vote: null,
  silent: { on: false, areaId: null, since: 0, notes: 0, people: 0 },
  focus: { areaId: null },
}
