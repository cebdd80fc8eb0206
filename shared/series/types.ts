// A working group (werkgroep): a series of sessions, each a follow-up of the one before, and its actions
// followed across them. What GET /api/sessions/:id/series answers, and what the server keeps of changes
// made between meetings (the change log).
import type { ActionPatch, ActionStatus } from '../actions/types.ts'

/** One meeting of the series. `date`: the meeting's calendar day, YYYY-MM-DD. */
export interface SeriesSession {
  id: string
  title: string
  date: string
}

/** What a change between meetings set, and what the action was just before. */
export interface ActionFields {
  status: ActionStatus
  owner: string | null
  due: string | null
}

/**
 * One change made from the actieoverzicht between meetings (PATCH …/series/actions/:id), as the
 * server logs it beside the sessions. `note`/`session`: the note it patched and that note's board.
 */
export interface SeriesChange {
  /** When, as an instant (ISO 8601, UTC). */
  at: string
  /** The server's calendar day when it happened, YYYY-MM-DD (local time, as meeting dates are). */
  day: string
  /** The name the person gave (the board's display name). */
  by: string
  session: string
  note: string
  /** The action's text when it was changed, so the log reads on its own. */
  text: string
  set: ActionPatch
  before: ActionFields
}

export type SeriesHistoryEntry =
  /** The action as read from a meeting's board (`at`: that meeting's date, YYYY-MM-DD). */
  | { kind: 'meeting'; session: string; status: ActionStatus; at: string; owner: string | null; due: string | null }
  /** A change between meetings (`at`: the instant, ISO 8601). `changed`: the fields it set. */
  | { kind: 'update'; session: string; status: ActionStatus; at: string; by: string; changed: Array<keyof ActionPatch> }

/** An action followed across the series: the same action however many times it was carried over. */
export interface SeriesAction {
  /** The id of the note the action started as (in the first meeting where it appeared). */
  id: string
  text: string
  owner: string | null
  due: string | null
  /** As on the board of the latest meeting where it lives. */
  status: ActionStatus
  /** Due before today and neither done nor dropped. */
  late: boolean
  /** The latest meeting where it lives, and its note there: where a change is written. */
  session: string
  note: string
  /** The meeting where it first appeared. */
  first: string
  history: SeriesHistoryEntry[]
  /** The last change between meetings, when there was one. */
  updated?: { by: string; at: string }
}

/** How the actions stood at one meeting (and, for the last row, today). */
export interface StatusCounts {
  total: number
  open: number
  doing: number
  done: number
  dropped: number
  /** Open or doing with a due date before the row's day. */
  late: number
}

export interface MeetingCounts extends StatusCounts {
  session: string
  date: string
}

/** One actor on the participation ladder's "now" lane, per meeting: the rung's key, or null when absent. */
export interface LadderTrack {
  name: string
  rungs: Array<string | null>
  /** Rungs climbed from the first meeting where the actor stood on the ladder to the last (negative: down). */
  moved: number
}

export interface SeriesEvaluation {
  /** One row per meeting, in meeting order. */
  meetings: MeetingCounts[]
  /** Today, with the changes made since the last meeting. */
  now: StatusCounts & { date: string }
  /** Rung keys from bottom (informeren) to top (zelfbeheer). */
  rungs: readonly string[]
  ladder: LadderTrack[]
}

export interface SeriesView {
  /** The series' id: its first session's id. */
  series: string
  sessions: SeriesSession[]
  actions: SeriesAction[]
  evaluation: SeriesEvaluation
  /** The change log, newest first: only for the facilitator. */
  changes?: SeriesChange[]
}
