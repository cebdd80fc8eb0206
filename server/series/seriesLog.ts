// The change log of each working group: who changed which action from the actieoverzicht, and when.
// Beside the boards rather than in one: the log spans every meeting's board, and the names in it are for
// the facilitator, not for every connected browser (a board's document reaches everyone with a link).
// At most MAX_CHANGES entries per series (the newest). Two stores: files under DATA_DIR
// (fileSeriesLog.ts) and PostgreSQL (postgres/pgSeriesLog.ts), held to one contract (seriesLog.contract.ts).
import type { SeriesChange } from '../../shared/series/index.ts'

export interface SeriesLog {
  /** The series' changes, oldest first. */
  read(series: string): Promise<readonly SeriesChange[]>
  /** Adds a change durably before resolving (rejects when the store refuses; nothing is kept then). */
  append(series: string, change: SeriesChange): Promise<void>
  /** A deleted session's changes go with it (the names in them are personal data). */
  forgetSession(series: string, sessionId: string): Promise<void>
}
