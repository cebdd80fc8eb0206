// Document persistence on the local filesystem, in generations (generations.ts): per session the newest
// snapshot <id>.g<N>.snap plus the append-only log <id>.g<N>.log of the updates since, and the
// generation before, kept so that a damaged snapshot costs nothing: the one before and the logs give the
// same document. Logs are framed so that a damaged record costs that record only (logFormat.ts).
//
// Durability: append returns only after write(2) returned for the whole record, so the bytes are in the
// kernel page cache and survive a crash or kill -9 of this process. They do NOT necessarily survive a
// power loss or kernel crash; that is out of scope unless the `fsync` option is set, which fsyncs after
// every append (much slower). Compaction always fsyncs the new snapshot, since older files are deleted.
import fs from 'node:fs'
import path from 'node:path'
import { fsyncDir, quarantine, readIfExists, removeIfExists, replaceDurably, writeDurably } from './files.ts'
import { generationFile, legacyRenames, listGenerations, olderThan, type FileKind } from './generations.ts'
import { decodeLog, encodeLog, encodeRecord, LOG_FILE_HEADER } from './logFormat.ts'
import { decodeSnapshot, encodeSnapshot } from './snapshotFormat.ts'
import type { SyncDocStorage, LoadedDoc } from './types.ts'

export type StorageLog = (level: 'info' | 'warn' | 'error', msg: string, fields?: object) => void

export interface FileDocStorageOptions {
  /** fsync the log after every append: survives power loss, costs a disk flush per edit. Default false. */
  fsync?: boolean
}

/** Ids become file names, so only this alphabet is accepted: no separators, dots or empty names. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

interface SessionFiles {
  /** The newest generation: its log takes the appends. */
  current: number
  /** The oldest generation the document is built from (the newest intact snapshot's, or 0). */
  base: number
  fd?: number
  /** Size of the current log on disk (file header included); undefined until it was read (and repaired). */
  size?: number
  /** A failed append left bytes we could not cut off: cut them before the next append. */
  needsTruncate: boolean
}

/** What a read found wrong, for LoadedDoc: reports for people, and the files set aside. */
interface Report {
  problems: string[]
  quarantined: string[]
}

export class FileDocStorage implements SyncDocStorage {
  private readonly dir: string
  private readonly log: StorageLog
  private readonly fsyncAppends: boolean
  private readonly sessions = new Map<string, SessionFiles>()

  constructor(dir: string, log?: StorageLog, options: FileDocStorageOptions = {}) {
    this.dir = dir
    this.log = log ?? (() => {})
    this.fsyncAppends = options.fsync ?? false
    fs.mkdirSync(dir, { recursive: true })
  }

  load(sessionId: string): LoadedDoc {
    checkId(sessionId)
    // Read from disk afresh: a repaired log is replaced by a new file, which an open fd would miss.
    this.release(sessionId)
    const report: Report = { problems: [], quarantined: [] }
    const { snaps, logs } = this.scan(sessionId)
    const updates: Uint8Array[] = []
    let base: number | undefined
    for (const generation of snaps) {
      const snapshot = this.readSnapshot(sessionId, generation, report)
      if (snapshot === undefined) continue
      base = generation
      if (snapshot.length > 0) updates.push(snapshot)
      break
    }
    if (base === undefined) {
      base = logs[0] ?? 0
      if (base > 0)
        report.problems.push(
          `no intact snapshot of generation ${base} or later: the document is rebuilt from the logs of generation ${base} on and may miss older edits`,
        )
    } else if (snaps[0] !== base) {
      report.problems.push(`loaded generation ${base} (its snapshot and the logs since) instead of the damaged snapshot`)
    }
    const current = this.scan(sessionId).newest
    const state: SessionFiles = { current, base, needsTruncate: false, size: 0 }
    this.sessions.set(sessionId, state)
    for (const generation of logs.filter((g) => g >= base)) updates.push(...this.readLog(sessionId, generation, report))
    for (const problem of report.problems) this.log('warn', problem, { sessionId })
    return report.quarantined.length > 0 ? { updates, ...report } : { updates, problems: report.problems }
  }

  append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): void {
    checkId(sessionId)
    const record = update instanceof Uint8Array ? encodeRecord(update) : concatAll(update.map((u) => encodeRecord(u)))
    const state = this.ready(sessionId)
    const size = state.size as number
    state.fd ??= fs.openSync(this.file(sessionId, state.current, 'log'), 'a')
    const fd = state.fd
    if (state.needsTruncate) {
      fs.ftruncateSync(fd, size)
      state.needsTruncate = false
    }
    // A new log starts with its file header, written together with the first record.
    const bytes = size === 0 ? concat(LOG_FILE_HEADER, record) : record
    let written = 0
    try {
      while (written < bytes.length) {
        const n = fs.writeSync(fd, bytes, written, bytes.length - written)
        if (n <= 0) throw new Error(`write to log of session ${sessionId} made no progress`)
        written += n
      }
      if (this.fsyncAppends) fs.fsyncSync(fd)
    } catch (err) {
      // A half-written record is skipped on load, but cutting it off keeps the log clean. Done even
      // when `written` is 0: a failing write(2) may still have left bytes behind.
      try {
        fs.ftruncateSync(fd, size)
      } catch {
        state.needsTruncate = true
      }
      throw err
    }
    state.size = size + bytes.length
  }

  /**
   * Starts generation current+1 with `stateUpdate` as its snapshot, then deletes the generations before
   * the one the document was built from: that one (snapshot and logs) stays as the fallback. A crash at
   * any point leaves a complete document: before the rename the old generation is whole; after it the
   * new snapshot holds everything, and leftovers of older generations are ignored until the next compaction.
   */
  compact(sessionId: string, stateUpdate: Uint8Array): void {
    checkId(sessionId)
    const state = this.ready(sessionId, false)
    const next = state.current + 1
    replaceDurably(this.file(sessionId, next, 'snap'), encodeSnapshot(stateUpdate))
    if (state.fd !== undefined) fs.closeSync(state.fd)
    const keepFrom = state.base
    Object.assign(state, { current: next, base: next, fd: undefined, size: 0, needsTruncate: false })
    for (const name of olderThan(sessionId, fs.readdirSync(this.dir), keepFrom)) removeIfExists(path.join(this.dir, name))
  }

  logBytes(sessionId: string): number {
    checkId(sessionId)
    return this.ready(sessionId).size as number
  }

  release(sessionId: string): void {
    checkId(sessionId)
    const state = this.sessions.get(sessionId)
    this.sessions.delete(sessionId)
    if (state?.fd !== undefined) fs.closeSync(state.fd)
  }

  setAside(sessionId: string, json: string): string {
    checkId(sessionId)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    let target = path.join(this.dir, `${sessionId}.set-aside-${stamp}.json`)
    for (let n = 1; fs.existsSync(target); n++) target = path.join(this.dir, `${sessionId}.set-aside-${stamp}-${n}.json`)
    writeDurably(target, Buffer.from(json, 'utf8'))
    fsyncDir(this.dir)
    return path.basename(target)
  }

  remove(sessionId: string): void {
    this.release(sessionId)
    // Every generation, temp file and quarantined copy: they all hold the session's content. Ids
    // contain no '.', so the prefix "<id>." cannot match another session's files.
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(`${sessionId}.`)) removeIfExists(path.join(this.dir, name))
    }
  }

  private file(sessionId: string, generation: number, kind: FileKind): string {
    return path.join(this.dir, generationFile(sessionId, generation, kind))
  }

  /**
   * The session's generations on disk, after removing temp files a crash left (a compaction or repair
   * that died before its rename: the files it would have replaced are still whole) and renaming an
   * earlier version's files into generations.
   */
  private scan(sessionId: string): ReturnType<typeof listGenerations> {
    let names = fs.readdirSync(this.dir).filter((name) => name.startsWith(`${sessionId}.`))
    for (const name of names.filter((n) => n.endsWith('.tmp'))) removeIfExists(path.join(this.dir, name))
    const renames = legacyRenames(sessionId, names)
    if (renames.length > 0) {
      for (const [from, to] of renames) fs.renameSync(path.join(this.dir, from), path.join(this.dir, to))
      fsyncDir(this.dir)
      names = fs.readdirSync(this.dir).filter((name) => name.startsWith(`${sessionId}.`))
    }
    return listGenerations(sessionId, names)
  }

  /** The session's state, known without a load (append or compact first): generations from the names. */
  private ready(sessionId: string, readLog = true): SessionFiles {
    let state = this.sessions.get(sessionId)
    if (!state) {
      const { snaps, logs, newest } = this.scan(sessionId)
      state = { current: newest, base: snaps[0] ?? logs[0] ?? newest, needsTruncate: false }
      this.sessions.set(sessionId, state)
    }
    if (readLog && state.size === undefined) {
      // Repair the current log before appending, or a new record could land behind a torn one.
      const report: Report = { problems: [], quarantined: [] }
      this.readLog(sessionId, state.current, report)
      for (const problem of report.problems) this.log('warn', problem, { sessionId })
    }
    return state
  }

  private readSnapshot(sessionId: string, generation: number, report: Report): Uint8Array | undefined {
    const file = this.file(sessionId, generation, 'snap')
    const buf = readIfExists(file)
    if (!buf) return undefined
    const payload = decodeSnapshot(buf)
    if (typeof payload !== 'string') return payload
    const moved = quarantine(file, 'rename')
    report.quarantined.push(moved)
    report.problems.push(`snapshot ${path.basename(file)} is corrupt (${payload}); moved to ${moved}`)
    return undefined
  }

  /**
   * The intact records of one log. Repairs it on disk so that it reads cleanly next time: a torn tail is
   * cut off; damage is set aside (the whole log copied for manual recovery) and the log rewritten from
   * its intact records; a log of an earlier version is rewritten in this one. Sets the current log's size.
   */
  private readLog(sessionId: string, generation: number, report: Report): Uint8Array[] {
    const file = this.file(sessionId, generation, 'log')
    const state = this.sessions.get(sessionId)
    const setSize = (size: number) => {
      if (state && state.current === generation) Object.assign(state, { size, needsTruncate: false })
    }
    const buf = readIfExists(file)
    if (!buf) {
      setSize(0)
      return []
    }
    const name = path.basename(file)
    const decoded = decodeLog(buf)
    const { payloads, damaged, tail } = decoded
    if (decoded.format === 'unknown') {
      const moved = quarantine(file, 'rename')
      report.quarantined.push(moved)
      report.problems.push(`log ${name} has an unknown format (${tail?.detail}); moved to ${moved}`)
      setSize(0)
      return []
    }
    const corrupt = damaged.length > 0 || tail?.kind === 'corrupt'
    if (corrupt || decoded.format === 1) {
      let msg = ''
      if (corrupt) {
        const where = [...damaged, ...(tail ? [{ offset: tail.offset, detail: tail.detail }] : [])].map((d) => `byte ${d.offset}: ${d.detail}`)
        const moved = quarantine(file, 'copy')
        report.quarantined.push(moved)
        msg = `log ${name}: ${where.length} damaged record${where.length > 1 ? 's' : ''} set aside (${where.join('; ')}); kept ${payloads.length} records, copied the log to ${moved}`
      } else if (tail) {
        msg = `log ${name}: torn record at byte ${tail.offset} of ${buf.length} (${tail.detail}); kept ${payloads.length} records`
      }
      const rewritten = encodeLog(payloads)
      replaceDurably(file, rewritten)
      if (msg) report.problems.push(`${msg}, rewrote it without ${corrupt ? 'them' : 'it'}`)
      else this.log('info', `log ${name} rewritten in the current format`, { sessionId })
      setSize(rewritten.length)
      return payloads
    }
    if (tail) {
      // A torn tail is the expected result of a crash mid-write and holds no complete record: drop it.
      fs.truncateSync(file, decoded.goodBytes)
      report.problems.push(
        `log ${name}: torn record at byte ${tail.offset} of ${buf.length} (${tail.detail}); kept ${payloads.length} records, truncated it to ${decoded.goodBytes} bytes`,
      )
    }
    setSize(decoded.goodBytes)
    return payloads
  }
}

function checkId(sessionId: string): void {
  if (typeof sessionId !== 'string' || !SESSION_ID_PATTERN.test(sessionId)) {
    throw new Error(`invalid session id ${JSON.stringify(String(sessionId).slice(0, 80))}`)
  }
}

function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}
