// History points of a board: what a restore goes back to. One interface, two stores: the files under
// DATA_DIR (filePointStore.ts) and PostgreSQL (postgres/pgPointStore.ts), held to one contract
// (pointStore.contract.ts). A point is the board's records as gzip'd JSON in both; its size in that
// form is what the byte budget (HISTORY_MAX_BYTES) counts. Every write thins the session's points by
// the rule in shared/history/thinning.ts.
import zlib from 'node:zlib'
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { countRecords } from '../../shared/history/diff.ts'

export interface PointMeta {
  /** ms since the epoch, server clock. */
  at: number
  notes: number
  areas: number
  /** The stored (gzip'd) size. */
  bytes: number
}

export interface PointStore {
  /** The session's points, oldest first. */
  list(sessionId: string): Promise<readonly PointMeta[]>
  /** A point's records, or undefined when there is no such point (or it cannot be read). */
  read(sessionId: string, at: number): Promise<BoardRecord[] | undefined>
  /** Writes a point of `records` at `now` (later than every point before: at least newest + 1), then thins. */
  write(sessionId: string, records: readonly BoardRecord[], now: number): Promise<PointMeta>
  /** Every point of a deleted session. */
  removeSession(sessionId: string): Promise<void>
}

/** A point as both stores keep it: records sorted by id, gzip'd JSON. */
export function encodePoint(records: readonly BoardRecord[], at: number): { meta: PointMeta; data: Buffer } {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const data = zlib.gzipSync(JSON.stringify({ at: new Date(at).toISOString(), records: sorted }))
  return { meta: { at, ...countRecords(sorted), bytes: data.byteLength }, data }
}

/** The records of a stored point, or undefined when it does not decode. */
export function decodePoint(data: Uint8Array): BoardRecord[] | undefined {
  try {
    const parsed = JSON.parse(zlib.gunzipSync(data).toString('utf8')) as { records?: unknown }
    return Array.isArray(parsed.records) ? (parsed.records as BoardRecord[]) : undefined
  } catch {
    return undefined
  }
}
