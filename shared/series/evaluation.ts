// The yearly evaluation of a working group: how its actions stood at each meeting (done, late, dropped
// as the series went on) and how the participation ladder's "now" moved between meetings.
import { isOverdue } from '../actions/dates.ts'
import type { ActionStatus } from '../actions/types.ts'
import { RUNGS } from '../templates/layouts/participationLadder.ts'
import type { LinkedAction, MeetingBoard } from './linkActions.ts'
import type { LadderTrack, MeetingCounts, SeriesEvaluation, StatusCounts } from './types.ts'

function emptyCounts(): StatusCounts {
  return { total: 0, open: 0, doing: 0, done: 0, dropped: 0, late: 0 }
}

function count(into: StatusCounts, fields: { status: ActionStatus; due: string | null }, day: string): void {
  into.total++
  into[fields.status]++
  if (isOverdue(fields, day)) into.late++
}

/**
 * At each meeting, every action the series had by then, as it stood at its latest meeting so far: an
 * action done at the first meeting (and so not carried on) still counts as done at the third.
 */
function meetingCounts(boards: readonly MeetingBoard[], linked: readonly LinkedAction[]): MeetingCounts[] {
  return boards.map((board, k) => {
    const counts = emptyCounts()
    for (const { appearances } of linked) {
      let latest: (typeof appearances)[number] | undefined
      for (const appearance of appearances) if (appearance.index <= k) latest = appearance
      if (latest) count(counts, latest.atMeeting, board.session.date)
    }
    return { session: board.session.id, date: board.session.date, ...counts }
  })
}

function currentCounts(linked: readonly LinkedAction[], today: string): StatusCounts & { date: string } {
  const counts = emptyCounts()
  for (const { action } of linked) count(counts, action, today)
  return { date: today, ...counts }
}

/**
 * Each actor (by name, ignoring letter case and spaces around it) on the ladder's "now" lane, per
 * meeting: the rung it stood on, or null when it was not on the ladder then. In order of first appearance.
 */
export function ladderTracks(boards: readonly MeetingBoard[]): LadderTrack[] {
  const tracks = new Map<string, LadderTrack>()
  boards.forEach((board, k) => {
    for (const placement of board.ladder) {
      const key = placement.name.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim()
      let track = tracks.get(key)
      if (!track) {
        track = { name: placement.name, rungs: boards.map(() => null), moved: 0 }
        tracks.set(key, track)
      }
      // An actor on two rungs of one ladder: the first one read (the ladder is read top down) counts.
      track.rungs[k] ??= placement.rung
    }
  })
  const rank = (rung: string) => (RUNGS as readonly string[]).indexOf(rung)
  for (const track of tracks.values()) {
    const placed = track.rungs.filter((rung): rung is string => rung !== null)
    track.moved = placed.length < 2 ? 0 : rank(placed[placed.length - 1]!) - rank(placed[0]!)
  }
  return [...tracks.values()]
}

export function evaluate(boards: readonly MeetingBoard[], linked: readonly LinkedAction[], today: string): SeriesEvaluation {
  return { meetings: meetingCounts(boards, linked), now: currentCounts(linked, today), rungs: RUNGS, ladder: ladderTracks(boards) }
}
