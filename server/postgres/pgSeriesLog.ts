// Working groups' change logs in PostgreSQL (table series_changes, schema/stores.ts), one row per change.
// An append and the trim to the newest `max` run in one transaction under the series' advisory lock, so
// appends from several processes keep one order and the log never holds more than `max`.
import { MAX_CHANGES, type SeriesChange } from '../../shared/series/index.ts'
import type { SeriesLog } from '../series/seriesLog.ts'
import type { JSONValue } from 'postgres'
import type { Sql } from './database.ts'
import { LOCK_SPACE, lockKey } from './storeLocks.ts'

export class PgSeriesLog implements SeriesLog {
  constructor(
    private readonly sql: Sql,
    private readonly opts: { max?: number } = {},
  ) {}

  async read(series: string): Promise<readonly SeriesChange[]> {
    const rows = await this.sql<{ change: SeriesChange }[]>`select change from series_changes where series = ${series} order by seq`
    return rows.map((row) => row.change)
  }

  async append(series: string, change: SeriesChange): Promise<void> {
    const max = this.opts.max ?? MAX_CHANGES
    await this.sql.begin(async (tx) => {
      await lockKey(tx, LOCK_SPACE.series, series)
      await tx`insert into series_changes (series, session_id, change) values (${series}, ${change.session}, ${tx.json(change as unknown as JSONValue)})`
      await tx`delete from series_changes where series = ${series} and seq <= (
                 select seq from series_changes where series = ${series} order by seq desc offset ${max} limit 1)`
    })
  }

  async forgetSession(series: string, sessionId: string): Promise<void> {
    await this.sql`delete from series_changes where series = ${series} and session_id = ${sessionId}`
  }
}
