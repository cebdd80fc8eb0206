// A working group's series: its sessions in meeting order, its actions across them, its evaluation.
import { evaluate } from './evaluation.ts'
import { linkActions, type MeetingBoard } from './linkActions.ts'
import type { SeriesChange, SeriesView } from './types.ts'

export * from './types.ts'
export { seriesIdOf, meetingDate, seriesMembers, type SeriesMember } from './sessions.ts'
export { linkActions, findLinked, chainActions, type MeetingBoard, type LinkedAction, type Appearance } from './linkActions.ts'
export { carriedFromOf, withOrigins, ladderNow, type BoardAction, type LadderPlacement } from './readBoard.ts'
export { validateSeriesPatch, keepLatest, MAX_CHANGES, MAX_BY_LENGTH, type SeriesPatch } from './changeLog.ts'
export { SERIES_FILTERS, filterActions, type SeriesFilter } from './filter.ts'
export { ownersOf } from '../actions/ownerFilter.ts'
export { evaluate, meetingCounts, currentCounts, ladderTracks } from './evaluation.ts'

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
