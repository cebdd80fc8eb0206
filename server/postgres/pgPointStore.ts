// History points in PostgreSQL (table history_points, schema/stores.ts): the same points, budgets and
// thinning as the file store. A write, its thinning and the newest-point check run in one transaction
// under the session's advisory lock, so two processes writing the same session's points stay ordered.
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { pointsToRemove, type ThinningLimits } from '../../shared/history/thinning.ts'
import { decodePoint, encodePoint, type PointMeta, type PointStore } from '../history/pointStore.ts'
import type { Sql } from './database.ts'
import { LOCK_SPACE, lockKey } from './storeLocks.ts'

interface MetaRow {
  at: string
  notes: number
  areas: number
  bytes: number
}

const toMeta = (row: MetaRow): PointMeta => ({ at: Number(row.at), notes: row.notes, areas: row.areas, bytes: row.bytes })

export class PgPointStore implements PointStore {
  constructor(
    private readonly sql: Sql,
    private readonly limits: ThinningLimits,
  ) {}

  async list(sessionId: string): Promise<readonly PointMeta[]> {
    const rows = await this.sql<MetaRow[]>`select at, notes, areas, bytes from history_points where session_id = ${sessionId} order by at`
    return rows.map(toMeta)
  }

  async read(sessionId: string, at: number): Promise<BoardRecord[] | undefined> {
    const [row] = await this.sql<{ data: Buffer }[]>`select data from history_points where session_id = ${sessionId} and at = ${at}`
    return row ? decodePoint(row.data) : undefined
  }

  async write(sessionId: string, records: readonly BoardRecord[], now: number): Promise<PointMeta> {
    return this.sql.begin(async (tx) => {
      await lockKey(tx, LOCK_SPACE.points, sessionId)
      const points = (await tx<MetaRow[]>`select at, notes, areas, bytes from history_points where session_id = ${sessionId} order by at`).map(toMeta)
      const { meta, data } = encodePoint(records, Math.max(now, (points.at(-1)?.at ?? 0) + 1))
      await tx`insert into history_points (session_id, at, notes, areas, bytes, data)
               values (${sessionId}, ${meta.at}, ${meta.notes}, ${meta.areas}, ${meta.bytes}, ${data})`
      const gone = pointsToRemove([...points, meta], now, this.limits)
      if (gone.length > 0) await tx`delete from history_points where session_id = ${sessionId} and at = any(${gone}::bigint[])`
      return meta
    })
  }

  async removeSession(sessionId: string): Promise<void> {
    await this.sql`delete from history_points where session_id = ${sessionId}`
  }
}
