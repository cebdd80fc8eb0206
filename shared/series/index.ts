// A working group's series: its sessions in meeting order, its actions across them, its evaluation.
import { evaluate } from './evaluation.ts'
import { linkActions, type MeetingBoard } from './linkActions.ts'
import type { SeriesChange, SeriesView } from './types.ts'

export * from './types.ts'
export { seriesIdOf, meetingDate, seriesMembers } from './sessions.ts'
export { linkActions, findLinked, type MeetingBoard } from './linkActions.ts'
export { withOrigins, ladderNow, type BoardAction } from './readBoard.ts'
export { validateSeriesPatch, keepLatest, MAX_CHANGES, type SeriesPatch } from './changeLog.ts'
export { filterActions } from './filter.ts'
export { ownersOf } from '../actions/ownerFilter.ts'
export { ladderTracks } from './evaluation.ts'

/** The whole view of a series from its meetings' boards (in meeting order) and its change log. */
export function buildSeriesView(series: string, boards: readonly MeetingBoard[], changes: readonly SeriesChange[], today: string): SeriesView {
  const linked = linkActions(boards, changes, today)
  return {
    series,
    sessions: boards.map((board) => board.session),
    actions: linked.map((l) => l.action),
    evaluation: evaluate(boards, linked, today),
  }
}
