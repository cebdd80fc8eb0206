// History points on disk: per session a directory <dataDir>/history/<session>/ with one file per point,
// <ms>-<notes>-<areas>.json.gz, so listing needs no reading and a point is written whole (temp file,
// fsync, rename) or not at all. The work is synchronous inside each call (one process owns DATA_DIR),
// so a write and its thinning never interleave with another call.
import fs from 'node:fs'
import path from 'node:path'
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { pointsToRemove, type ThinningLimits } from '../../shared/history/thinning.ts'
import { replaceDurably, removeIfExists } from '../storage/files.ts'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { decodePoint, encodePoint, type PointMeta, type PointStore } from './pointStore.ts'

const POINT_FILE = /^(\d{1,16})-(\d{1,9})-(\d{1,9})\.json\.gz$/

export class FilePointStore implements PointStore {
  /** Per session, its points oldest first (read from the directory once). */
  private readonly cache = new Map<string, PointMeta[]>()

  constructor(
    private readonly dir: string,
    private readonly limits: ThinningLimits,
  ) {
    fs.mkdirSync(dir, { recursive: true })
  }

  async list(sessionId: string): Promise<readonly PointMeta[]> {
    return this.listNow(sessionId)
  }

  async read(sessionId: string, at: number): Promise<BoardRecord[] | undefined> {
    const meta = this.listNow(sessionId).find((p) => p.at === at)
    if (!meta) return undefined
    try {
      return decodePoint(fs.readFileSync(this.file(sessionId, meta)))
    } catch {
      return undefined
    }
  }

  async write(sessionId: string, records: readonly BoardRecord[], now: number): Promise<PointMeta> {
    const points = [...this.listNow(sessionId)]
    const { meta, data } = encodePoint(records, Math.max(now, (points.at(-1)?.at ?? 0) + 1))
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

  async removeSession(sessionId: string): Promise<void> {
    this.cache.delete(sessionId)
    fs.rmSync(this.sessionDir(sessionId), { recursive: true, force: true })
  }

  private listNow(sessionId: string): PointMeta[] {
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

  private sessionDir(sessionId: string): string {
    if (!SESSION_ID_PATTERN.test(sessionId)) throw new Error(`bad session id ${JSON.stringify(sessionId)}`)
    return path.join(this.dir, sessionId)
  }

  private file(sessionId: string, meta: PointMeta): string {
    return path.join(this.sessionDir(sessionId), `${meta.at}-${meta.notes}-${meta.areas}.json.gz`)
  }
}
