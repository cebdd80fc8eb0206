// History points on disk: per session a directory <dataDir>/history/<session>/ with one file per point,
// <ms>-<notes>-<areas>.json.gz (the board's records as gzip'd JSON), so listing needs no reading and a
// point is written whole (temp file, fsync, rename) or not at all. Every write thins the directory by
// the rule in shared/history/thinning.ts, within a count and a byte budget.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { countRecords } from '../../shared/history/diff.ts'
import { pointsToRemove, type ThinningLimits } from '../../shared/history/thinning.ts'
import { replaceDurably, removeIfExists } from '../storage/files.ts'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'

export interface PointMeta {
  /** ms since the epoch, server clock. */
  at: number
  notes: number
  areas: number
  bytes: number
}

const POINT_FILE = /^(\d{1,16})-(\d{1,9})-(\d{1,9})\.json\.gz$/

export class PointStore {
  /** Per session, its points oldest first (read from the directory once). */
  private readonly cache = new Map<string, PointMeta[]>()

  constructor(
    private readonly dir: string,
    private readonly limits: ThinningLimits,
  ) {
    fs.mkdirSync(dir, { recursive: true })
  }

  list(sessionId: string): readonly PointMeta[] {
    let points = this.cache.get(sessionId)
    if (points) return points
    points = []
    let names: string[] = []
    try {
      names = fs.readdirSync(this.sessionDir(sessionId))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    for (const name of names) {
      const match = POINT_FILE.exec(name)
      if (!match) continue
      const bytes = fs.statSync(path.join(this.sessionDir(sessionId), name)).size
      points.push({ at: Number(match[1]), notes: Number(match[2]), areas: Number(match[3]), bytes })
    }
    points.sort((a, b) => a.at - b.at)
    this.cache.set(sessionId, points)
    return points
  }

  /** A point's records, or undefined when there is no such point (or it cannot be read). */
  read(sessionId: string, at: number): BoardRecord[] | undefined {
    const meta = this.list(sessionId).find((p) => p.at === at)
    if (!meta) return undefined
    try {
      const json = zlib.gunzipSync(fs.readFileSync(this.file(sessionId, meta))).toString('utf8')
      const parsed = JSON.parse(json) as { records?: unknown }
      return Array.isArray(parsed.records) ? (parsed.records as BoardRecord[]) : undefined
    } catch {
      return undefined
    }
  }

  /** Writes a point of `records` at `now` (later than every point before), then thins. */
  write(sessionId: string, records: readonly BoardRecord[], now: number): PointMeta {
    const points = [...this.list(sessionId)]
    const at = Math.max(now, (points.at(-1)?.at ?? 0) + 1)
    const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const data = zlib.gzipSync(JSON.stringify({ at: new Date(at).toISOString(), records: sorted }))
    const meta: PointMeta = { at, ...countRecords(sorted), bytes: data.byteLength }
    fs.mkdirSync(this.sessionDir(sessionId), { recursive: true })
    replaceDurably(this.file(sessionId, meta), data)
    points.push(meta)
    const gone = new Set(pointsToRemove(points, now, this.limits))
    for (const point of points) if (gone.has(point.at)) removeIfExists(this.file(sessionId, point))
    this.cache.set(
      sessionId,
      points.filter((p) => !gone.has(p.at)),
    )
    return meta
  }

  /** Every point of a deleted session. */
  removeSession(sessionId: string): void {
    this.cache.delete(sessionId)
    fs.rmSync(this.sessionDir(sessionId), { recursive: true, force: true })
  }

  private sessionDir(sessionId: string): string {
    if (!SESSION_ID_PATTERN.test(sessionId)) throw new Error(`bad session id ${JSON.stringify(sessionId)}`)
    return path.join(this.dir, sessionId)
  }

  private file(sessionId: string, meta: PointMeta): string {
    return path.join(this.sessionDir(sessionId), `${meta.at}-${meta.notes}-${meta.areas}.json.gz`)
  }
}
