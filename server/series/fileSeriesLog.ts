// Working groups' change logs (seriesLog.ts) in files: one small JSON file per series,
// <dataDir>/series/<series>.json, replaced whole on each change (temp file, fsync, rename: files.ts),
// held in memory once read. Each call's work is synchronous (one process owns DATA_DIR).
import fs from 'node:fs'
import path from 'node:path'
import { keepLatest, MAX_CHANGES, type SeriesChange } from '../../shared/series/index.ts'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { quarantine, readIfExists, removeIfExists, replaceDurably } from '../storage/files.ts'
import type { SeriesLog } from './seriesLog.ts'

interface LogFile {
  version: 1
  changes: SeriesChange[]
}

export class FileSeriesLog implements SeriesLog {
  private readonly cache = new Map<string, SeriesChange[]>()

  constructor(
    private readonly dir: string,
    private readonly opts: { max?: number; warn?: (msg: string, fields: object) => void } = {},
  ) {
    fs.mkdirSync(dir, { recursive: true })
  }

  async read(series: string): Promise<readonly SeriesChange[]> {
    return this.readNow(series)
  }

  private readNow(series: string): readonly SeriesChange[] {
    let changes = this.cache.get(series)
    if (changes) return changes
    changes = []
    const file = this.file(series)
    const raw = readIfExists(file)
    if (raw) {
      try {
        const parsed = JSON.parse(raw.toString('utf8')) as Partial<LogFile>
        if (parsed.version !== 1 || !Array.isArray(parsed.changes)) throw new Error('not a series log')
        changes = parsed.changes
      } catch (err) {
        // The boards are intact; only who-changed-what is lost. Kept aside for a person to look at.
        const aside = quarantine(file, 'rename')
        this.opts.warn?.('series change log unreadable; set aside, starting a new one', { series, aside, err: String(err) })
      }
    }
    this.cache.set(series, changes)
    return changes
  }

  async append(series: string, change: SeriesChange): Promise<void> {
    const next = keepLatest(this.readNow(series), change, this.opts.max ?? MAX_CHANGES)
    this.write(series, next)
  }

  async forgetSession(series: string, sessionId: string): Promise<void> {
    const changes = this.readNow(series)
    const kept = changes.filter((change) => change.session !== sessionId)
    if (kept.length === changes.length) return
    this.write(series, kept)
  }

  private write(series: string, changes: SeriesChange[]): void {
    const file = this.file(series)
    if (changes.length === 0) removeIfExists(file)
    else replaceDurably(file, Buffer.from(JSON.stringify({ version: 1, changes } satisfies LogFile), 'utf8'))
    this.cache.set(series, changes)
  }

  private file(series: string): string {
    // Series ids are session ids; anything else never becomes a path.
    if (!SESSION_ID_PATTERN.test(series)) throw new Error('not a series id')
    return path.join(this.dir, `${series}.json`)
  }
}
