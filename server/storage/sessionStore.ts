// Session metadata (titles, share tokens) in one small JSON file, <dataDir>/sessions.json, via lowdb.
// Everything is held in memory; the file is rewritten whole (atomically, by lowdb's temp-file + rename)
// after each change. Token lookups go through in-memory Maps, never through the file: one process owns
// the file (dataDirLock.ts), so the Maps are the whole truth and every lookup resolves at once.
import fs from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { StorageLog } from './fileDocStorage.ts'
import { newJoinCode, normalizeJoinCode } from './joinCode.ts'
import { couldBeToken, hashToken, newSessionRecord, type SessionCreateOptions, type SessionRecordPatch, type SessionRepository } from './sessionRepository.ts'
import type { NextMeeting, ResolvedToken, SessionRecord } from './types.ts'

const DETAIL_FIELDS = ['startsAt', 'place', 'nextMeeting'] as const

interface SessionsFile {
  version: 1
  sessions: SessionRecord[]
}

export interface SessionStoreOptions {
  log?: StorageLog
  /** Delay of the coalesced write after touch(). Default 1000 ms: at most one such write per second. */
  touchWriteDelayMs?: number
}

const RECORD_FIELDS = ['id', 'title', 'joinToken', 'viewToken', 'facilitatorHash', 'createdAt', 'updatedAt'] as const

export class SessionStore implements SessionRepository {
  private readonly byId = new Map<string, SessionRecord>()
  private readonly byJoin = new Map<string, string>()
  private readonly byView = new Map<string, string>()
  private readonly byFacilitatorHash = new Map<string, string>()
  private readonly byJoinCode = new Map<string, string>()
  /** Set by every change, cleared when a write takes its snapshot of the data. */
  private dirty = false
  private touchTimer: NodeJS.Timeout | undefined
  /** Tail of the chain of writes: each write starts only after the previous one settled. */
  private writeChain: Promise<void> = Promise.resolve()
  /** A queued write that has not started yet; later changes ride along with it instead of queueing more. */
  private queuedWrite: Promise<void> | undefined

  private constructor(
    private readonly db: Low<SessionsFile>,
    private readonly file: string,
    private readonly log: StorageLog,
    private readonly touchWriteDelayMs: number,
  ) {
    for (const record of db.data.sessions) if (record.joinCode) this.index(record)
  }

  static async open(dataDir: string, options: SessionStoreOptions = {}): Promise<SessionStore> {
    fs.mkdirSync(dataDir, { recursive: true })
    const file = path.join(dataDir, 'sessions.json')
    // Not JSONFilePreset: under NODE_ENV=test it swaps in an in-memory adapter and silently never writes.
    const db = new Low<SessionsFile>(new JSONFile<SessionsFile>(file), { version: 1, sessions: [] })
    try {
      await db.read()
    } catch (err) {
      // Rejecting (instead of starting empty) keeps the first write from replacing the damaged file.
      const reason = err instanceof Error ? err.message : String(err)
      throw new Error(`session file ${file} is not valid JSON (${reason}); it was left untouched`, {
        cause: err,
      })
    }
    const shapeProblem = checkShape(db.data)
    if (shapeProblem) {
      throw new Error(`session file ${file} has an unexpected shape: ${shapeProblem}; it was left untouched`)
    }
    const store = new SessionStore(db, file, options.log ?? (() => {}), options.touchWriteDelayMs ?? 1000)
    await store.giveJoinCodes()
    return store
  }

  /**
   * Sessions from before short links get their code now, written before anyone can see it: a code on
   * a projector must still work after a restart.
   */
  private async giveJoinCodes(): Promise<void> {
    const missing = this.db.data.sessions.filter((record) => !record.joinCode)
    if (missing.length === 0) return
    for (const record of missing) {
      record.joinCode = this.unusedJoinCode()
      this.index(record)
    }
    this.dirty = true
    try {
      await this.persist()
      this.log('info', 'gave short join codes to older sessions', { count: missing.length })
    } catch (err) {
      // Still dirty: the next write (any touch) carries the codes.
      this.log('error', 'writing new join codes failed; will retry with the next write', { file: this.file, err: String(err) })
      this.scheduleTouchWrite()
    }
  }

  private unusedJoinCode(): string {
    let code = newJoinCode()
    while (this.byJoinCode.has(code)) code = newJoinCode()
    return code
  }

  /** Creates a session and persists it before resolving. The facilitator token is returned only here. */
  async create(title: string, opts: SessionCreateOptions = {}): Promise<{ session: SessionRecord; facilitatorToken: string }> {
    const { session, facilitatorToken } = newSessionRecord(title, this.unusedJoinCode(), opts)
    this.db.data.sessions.push(session)
    this.index(session)
    try {
      await this.persist()
    } catch (err) {
      // Handing out tokens for a session that is not on disk would break after a restart: undo.
      this.forget(session.id)
      throw err
    }
    return { session: { ...session }, facilitatorToken }
  }

  async importRecord(record: SessionRecord): Promise<void> {
    const taken =
      this.byId.has(record.id) ||
      this.byJoin.has(record.joinToken) ||
      this.byView.has(record.viewToken) ||
      this.byFacilitatorHash.has(record.facilitatorHash) ||
      this.byJoinCode.has(record.joinCode)
    if (taken) throw new Error(`session ${record.id}: its id, a token or its join code is already taken`)
    const copy: SessionRecord = { ...record, ...(record.nextMeeting ? { nextMeeting: { ...record.nextMeeting } } : {}) }
    this.db.data.sessions.push(copy)
    this.index(copy)
    try {
      await this.persist()
    } catch (err) {
      this.forget(copy.id)
      throw err
    }
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const record = this.byId.get(id)
    return record && { ...record }
  }

  async list(): Promise<SessionRecord[]> {
    return this.db.data.sessions.map((record) => ({ ...record }))
  }

  async resolveToken(token: string): Promise<ResolvedToken | undefined> {
    if (!couldBeToken(token)) return undefined
    const found = (id: string | undefined) => (id === undefined ? undefined : this.byId.get(id))
    let session = found(this.byJoin.get(token))
    if (session) return { session: { ...session }, role: 'join' }
    session = found(this.byView.get(token))
    if (session) return { session: { ...session }, role: 'view' }
    // Only the hash is stored, so the stored hash itself is not a usable token: we always hash first.
    session = found(this.byFacilitatorHash.get(hashToken(token)))
    if (session) return { session: { ...session }, role: 'facilitator' }
    return undefined
  }

  async resolveJoinCode(input: string): Promise<SessionRecord | undefined> {
    const code = typeof input === 'string' ? normalizeJoinCode(input) : undefined
    const id = code === undefined ? undefined : this.byJoinCode.get(code)
    const record = id === undefined ? undefined : this.byId.get(id)
    return record && { ...record }
  }

  /**
   * Marks the session as recently edited. Called on every edit, so the write is throttled: the first
   * touch starts a timer and the write happens when it fires, carrying all touches since. (Throttle, not
   * debounce: a constant stream of edits must not postpone the write forever.)
   */
  touch(id: string, when: Date = new Date()): void {
    const record = this.byId.get(id)
    if (!record) return
    record.updatedAt = when.toISOString()
    this.dirty = true
    this.scheduleTouchWrite()
  }

  /**
   * Changes the title and meeting details and persists before resolving (what a facilitator set must
   * survive a restart once answered). On a failed write the record is as before and the error thrown.
   * Undefined for an unknown session.
   */
  async update(id: string, patch: SessionRecordPatch): Promise<SessionRecord | undefined> {
    const record = this.byId.get(id)
    if (!record) return undefined
    const before = { ...record }
    if (patch.title !== undefined) record.title = patch.title
    for (const field of DETAIL_FIELDS) {
      const value = patch[field]
      if (value === null) delete record[field]
      else if (value !== undefined) (record as unknown as Record<string, unknown>)[field] = field === 'nextMeeting' ? { ...(value as NextMeeting) } : value
    }
    record.updatedAt = new Date().toISOString()
    this.dirty = true
    try {
      await this.persist()
    } catch (err) {
      // Restore in place: the indexes point at this very object.
      for (const key of Object.keys(record)) delete (record as unknown as Record<string, unknown>)[key]
      Object.assign(record, before)
      throw err
    }
    return { ...record }
  }

  async delete(id: string): Promise<void> {
    if (!this.byId.has(id)) return
    this.forget(id)
    await this.persist()
  }

  /** Writes pending changes now and waits for writes in progress. Call on shutdown. */
  async flush(): Promise<void> {
    if (this.touchTimer) {
      clearTimeout(this.touchTimer)
      this.touchTimer = undefined
    }
    if (this.dirty) await this.persist()
    await this.writeChain
  }

  close(): Promise<void> {
    return this.flush()
  }

  private index(record: SessionRecord): void {
    this.byId.set(record.id, record)
    this.byJoin.set(record.joinToken, record.id)
    this.byView.set(record.viewToken, record.id)
    this.byFacilitatorHash.set(record.facilitatorHash, record.id)
    this.byJoinCode.set(record.joinCode, record.id)
  }

  private forget(id: string): void {
    const record = this.byId.get(id)
    if (!record) return
    this.byId.delete(id)
    this.byJoin.delete(record.joinToken)
    this.byView.delete(record.viewToken)
    this.byFacilitatorHash.delete(record.facilitatorHash)
    this.byJoinCode.delete(record.joinCode)
    this.db.data.sessions = this.db.data.sessions.filter((r) => r.id !== id)
    this.dirty = true
  }

  private scheduleTouchWrite(): void {
    if (this.touchTimer) return
    this.touchTimer = setTimeout(() => {
      this.touchTimer = undefined
      if (!this.dirty) return
      this.persist().catch((err: unknown) => {
        this.log('error', 'writing session file failed; will retry', { file: this.file, err: String(err) })
        this.scheduleTouchWrite()
      })
    }, this.touchWriteDelayMs)
    // Pending touches must not keep the process alive; shutdown calls flush().
    this.touchTimer.unref()
  }

  /** Writes the current data once the previous write settled. Never two lowdb writes at once. */
  private persist(): Promise<void> {
    if (this.queuedWrite) return this.queuedWrite
    const run = async (): Promise<void> => {
      this.queuedWrite = undefined
      // lowdb serializes the data synchronously when write() is called, so changes made while this
      // write is in flight are not in it: they stay dirty and queue the next write.
      this.dirty = false
      try {
        await this.db.write()
      } catch (err) {
        this.dirty = true
        throw err
      }
    }
    const write = this.writeChain.then(run, run)
    this.queuedWrite = write
    // The chain itself must never reject, or every later write would be skipped.
    this.writeChain = write.catch(() => {})
    return write
  }
}

/** Undefined when `data` looks like a sessions file, else what is wrong with it. */
function checkShape(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object'
  const { version, sessions } = data as Partial<SessionsFile>
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`
  if (!Array.isArray(sessions)) return '"sessions" is not an array'
  for (const [i, record] of sessions.entries()) {
    if (typeof record !== 'object' || record === null) return `sessions[${i}] is not an object`
    for (const field of RECORD_FIELDS) {
      const value = (record as unknown as Record<string, unknown>)[field]
      if (typeof value !== 'string') return `sessions[${i}].${field} is not a string`
    }
    // Optional: sessions from before short join links have none until they get one on load.
    const joinCode = (record as { joinCode?: unknown }).joinCode
    if (joinCode !== undefined && (typeof joinCode !== 'string' || normalizeJoinCode(joinCode) !== joinCode)) {
      return `sessions[${i}].joinCode is not a join code`
    }
    // Optional, from issue 14 on: files from before have none of them.
    const { startsAt, place, nextMeeting } = record as { startsAt?: unknown; place?: unknown; nextMeeting?: unknown }
    if (startsAt !== undefined && typeof startsAt !== 'string') return `sessions[${i}].startsAt is not a string`
    if (place !== undefined && typeof place !== 'string') return `sessions[${i}].place is not a string`
    if (nextMeeting !== undefined && (typeof nextMeeting !== 'object' || nextMeeting === null || typeof (nextMeeting as { at?: unknown }).at !== 'string')) {
      return `sessions[${i}].nextMeeting is not { at }`
    }
  }
  return undefined
}
