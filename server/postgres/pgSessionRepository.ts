// Session metadata in PostgreSQL (table `sessions`, schema/sessions.ts), shared by every server process.
//
// No cache: every lookup asks the database, one statement over the unique indexes (1-3 ms each and
// ~3000-5000 a second from one process on the loaded 2-core test machine, 20 000 sessions). A session
// another process created a moment ago resolves at once, and a deleted one stops resolving everywhere
// at the same moment; a token cache would need a cross-process invalidation to promise that.
//
// touch() is the one write on the hot path (every accepted change): it is kept in memory and written at
// most once per `touchWriteDelayMs` for all touched sessions together, and by flush()/close(). Reads of
// this process see its own pending touches; other processes see them once written.
import postgres from 'postgres'
import { newJoinCode as randomJoinCode, normalizeJoinCode } from '../storage/joinCode.ts'
import type { StorageLog } from '../storage/fileDocStorage.ts'
import {
  couldBeToken,
  hashToken,
  newSessionRecord,
  type SessionCreateOptions,
  type SessionRecordPatch,
  type SessionRepository,
} from '../storage/sessionRepository.ts'
import type { NextMeeting, ResolvedToken, SessionRecord } from '../storage/types.ts'
import type { Sql } from './database.ts'

interface SessionRow {
  id: string
  title: string
  join_token: string
  view_token: string
  facilitator_hash: string
  join_code: string
  created_at: Date
  updated_at: Date
  series: string | null
  previous: string | null
  starts_at: string | null
  place: string | null
  next_meeting: NextMeeting | null
}

export interface PgSessionRepositoryOptions {
  log?: StorageLog
  /** Delay of the coalesced write after touch(). Default 1000 ms: at most one such write per second. */
  touchWriteDelayMs?: number
  /** Draws a join code (tests force a collision with it). */
  newJoinCode?: () => string
}

/** Join codes drawn before create() gives up: 32^8 codes make even a second draw rare. */
const JOIN_CODE_ATTEMPTS = 5

export class PgSessionRepository implements SessionRepository {
  private readonly log: StorageLog
  private readonly touchWriteDelayMs: number
  private readonly newJoinCode: () => string
  /** Session id → the latest updatedAt touched here and not yet written (ISO, so strings compare). */
  private readonly pendingTouches = new Map<string, string>()
  private touchTimer: NodeJS.Timeout | undefined
  /** Tail of the touch writes: one at a time, so a later one never lands before an earlier one. */
  private touchWrites: Promise<void> = Promise.resolve()

  constructor(
    private readonly sql: Sql,
    options: PgSessionRepositoryOptions = {},
  ) {
    this.log = options.log ?? (() => {})
    this.touchWriteDelayMs = options.touchWriteDelayMs ?? 1000
    this.newJoinCode = options.newJoinCode ?? randomJoinCode
  }

  async create(title: string, opts: SessionCreateOptions = {}): Promise<{ session: SessionRecord; facilitatorToken: string }> {
    for (let attempt = 1; ; attempt++) {
      const created = newSessionRecord(title, this.newJoinCode(), opts)
      try {
        const [row] = await this.sql<SessionRow[]>`insert into sessions ${this.sql(toRow(created.session))} returning *`
        return { session: this.toRecord(row!), facilitatorToken: created.facilitatorToken }
      } catch (error) {
        // Another session (perhaps of another process) has this code: draw again.
        if (attempt < JOIN_CODE_ATTEMPTS && isUniqueViolation(error, 'sessions_join_code_key')) continue
        throw error
      }
    }
  }

  async importRecord(record: SessionRecord): Promise<void> {
    const row = { ...toRow(record), next_meeting: record.nextMeeting ? this.sql.json({ ...record.nextMeeting }) : null }
    // A unique violation (id, a token or the join code taken) rejects: nothing is stored.
    await this.sql`insert into sessions ${this.sql(row)}`
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    if (typeof id !== 'string') return undefined
    const [row] = await this.sql<SessionRow[]>`select * from sessions where id = ${id}`
    return row && this.toRecord(row)
  }

  async list(): Promise<SessionRecord[]> {
    const rows = await this.sql<SessionRow[]>`select * from sessions order by created_at, id`
    return rows.map((row) => this.toRecord(row))
  }

  async resolveToken(token: string): Promise<ResolvedToken | undefined> {
    if (!couldBeToken(token)) return undefined
    // Only the hash is stored, so the stored hash itself is not a usable token: we always hash first.
    const hash = hashToken(token)
    const [row] = await this.sql<SessionRow[]>`
      select * from sessions where join_token = ${token} or view_token = ${token} or facilitator_hash = ${hash} limit 1`
    if (!row) return undefined
    const role = row.join_token === token ? 'join' : row.view_token === token ? 'view' : 'facilitator'
    return { session: this.toRecord(row), role }
  }

  async resolveJoinCode(input: string): Promise<SessionRecord | undefined> {
    const code = typeof input === 'string' ? normalizeJoinCode(input) : undefined
    if (code === undefined) return undefined
    const [row] = await this.sql<SessionRow[]>`select * from sessions where join_code = ${code}`
    return row && this.toRecord(row)
  }

  touch(id: string, when: Date = new Date()): void {
    const at = when.toISOString()
    const pending = this.pendingTouches.get(id)
    if (pending === undefined || at > pending) this.pendingTouches.set(id, at)
    this.scheduleTouchWrite()
  }

  async update(id: string, patch: SessionRecordPatch): Promise<SessionRecord | undefined> {
    // undefined leaves a field as it is, null clears it: only the fields the patch names are set.
    const changes: Record<string, unknown> = { updated_at: new Date() }
    if (patch.title !== undefined) changes.title = patch.title
    if (patch.startsAt !== undefined) changes.starts_at = patch.startsAt
    if (patch.place !== undefined) changes.place = patch.place
    if (patch.nextMeeting !== undefined) changes.next_meeting = patch.nextMeeting === null ? null : this.sql.json({ ...patch.nextMeeting })
    const [row] = await this.sql<SessionRow[]>`update sessions set ${this.sql(changes)} where id = ${id} returning *`
    return row && this.toRecord(row)
  }

  async delete(id: string): Promise<void> {
    this.pendingTouches.delete(id)
    await this.sql`delete from sessions where id = ${id}`
  }

  async flush(): Promise<void> {
    if (this.touchTimer) {
      clearTimeout(this.touchTimer)
      this.touchTimer = undefined
    }
    await this.writeTouches()
  }

  close(): Promise<void> {
    return this.flush()
  }

  private scheduleTouchWrite(): void {
    if (this.touchTimer) return
    this.touchTimer = setTimeout(() => {
      this.touchTimer = undefined
      this.writeTouches().catch((err: unknown) => {
        this.log('error', 'writing session touches failed; will retry', { err: String(err) })
        this.scheduleTouchWrite()
      })
    }, this.touchWriteDelayMs)
    // Pending touches must not keep the process alive; shutdown calls close().
    this.touchTimer.unref()
  }

  /** Writes every pending touch in one statement, after the previous touch write settled. */
  private writeTouches(): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.pendingTouches.size === 0) return
      const batch = [...this.pendingTouches]
      this.pendingTouches.clear()
      try {
        // greatest(): a process whose write is late never moves a session's last change backwards.
        await this.sql`
          update sessions as s set updated_at = greatest(s.updated_at, t.at)
          from unnest(${batch.map(([id]) => id)}::text[], ${batch.map(([, at]) => at)}::timestamptz[]) as t(id, at)
          where s.id = t.id`
      } catch (err) {
        // Back into the queue, unless a later touch took its place meanwhile.
        for (const [id, at] of batch) {
          const later = this.pendingTouches.get(id)
          if (later === undefined || later < at) this.pendingTouches.set(id, at)
        }
        throw err
      }
    }
    const write = this.touchWrites.then(run, run)
    // The chain itself must never reject, or every later write would be skipped.
    this.touchWrites = write.catch(() => {})
    return write
  }

  private toRecord(row: SessionRow): SessionRecord {
    const stored = row.updated_at.toISOString()
    const pending = this.pendingTouches.get(row.id)
    return {
      id: row.id,
      title: row.title,
      joinToken: row.join_token,
      viewToken: row.view_token,
      facilitatorHash: row.facilitator_hash,
      joinCode: row.join_code,
      createdAt: row.created_at.toISOString(),
      updatedAt: pending !== undefined && pending > stored ? pending : stored,
      ...(row.series !== null ? { series: row.series } : {}),
      ...(row.previous !== null ? { previous: row.previous } : {}),
      ...(row.starts_at !== null ? { startsAt: row.starts_at } : {}),
      ...(row.place !== null ? { place: row.place } : {}),
      ...(row.next_meeting !== null ? { nextMeeting: row.next_meeting } : {}),
    }
  }
}

function toRow(session: SessionRecord) {
  return {
    id: session.id,
    title: session.title,
    join_token: session.joinToken,
    view_token: session.viewToken,
    facilitator_hash: session.facilitatorHash,
    join_code: session.joinCode,
    created_at: session.createdAt,
    updated_at: session.updatedAt,
    series: session.series ?? null,
    previous: session.previous ?? null,
    starts_at: session.startsAt ?? null,
    place: session.place ?? null,
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof postgres.PostgresError && error.code === '23505' && error.constraint_name === constraint
}
