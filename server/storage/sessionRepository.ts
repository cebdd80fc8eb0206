// Session metadata as every caller sees it: one interface, two backends (the lowdb file of
// sessionStore.ts, PostgreSQL in server/postgres/pgSessionRepository.ts). Every lookup is asynchronous,
// since a database is; the rules both backends share (what a new session's record is, what can be a
// token) live here once. Facilitator tokens are never stored: only their SHA-256 hash.
import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import type { NextMeeting, ResolvedToken, SessionRecord } from './types.ts'

/** What update() may change: the title and the meeting's details; null clears a detail. */
export interface SessionRecordPatch {
  title?: string
  startsAt?: string | null
  place?: string | null
  nextMeeting?: NextMeeting | null
}

/** What create() may set beyond the title: an imported backup's day, a follow-up's series and meeting. */
export type SessionCreateOptions = { createdAt?: string } & Partial<Pick<SessionRecord, 'series' | 'previous' | 'startsAt' | 'place'>>

export interface SessionRepository {
  /** Creates a session, stored before resolving. The facilitator token is returned only here. */
  create(title: string, opts?: SessionCreateOptions): Promise<{ session: SessionRecord; facilitatorToken: string }>
  get(id: string): Promise<SessionRecord | undefined>
  list(): Promise<SessionRecord[]>
  /** The session and role of a join, view or facilitator token; undefined for anything else. */
  resolveToken(token: string): Promise<ResolvedToken | undefined>
  /** The session of a short join code, in any letter case. */
  resolveJoinCode(input: string): Promise<SessionRecord | undefined>
  /**
   * Marks the session as recently edited. Called on every accepted change, so it returns at once and
   * the write is coalesced (at most about one per session per second); flush() and close() write it.
   */
  touch(id: string, when?: Date): void
  /** Changes title and meeting details, stored before resolving; undefined for an unknown session. */
  update(id: string, patch: SessionRecordPatch): Promise<SessionRecord | undefined>
  /** Removes the session: none of its tokens or its join code resolves any more, here or elsewhere. */
  delete(id: string): Promise<void>
  /**
   * Stores a record exactly as given (id, tokens, facilitator hash, join code, times, series, details):
   * moving an installation to another backend (server/cli/migrateToPostgres.ts). Stored before resolving;
   * rejects when its id, a token or its join code is already taken, storing nothing then.
   */
  importRecord(record: SessionRecord): Promise<void>
  /** Writes pending touches now and waits for writes in progress. */
  flush(): Promise<void>
  /** flush(), on shutdown. A shared database connection stays open: its owner ends it. */
  close(): Promise<void>
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** nanoid() yields 21 url-safe characters; anything else cannot be one of our tokens. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{21,64}$/

/** Whether `token` could be one of ours at all: anything else is refused without a lookup. */
export function couldBeToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token)
}

/** A new session's record with fresh tokens, and the facilitator token that only its hash is kept of. */
export function newSessionRecord(title: string, joinCode: string, opts: SessionCreateOptions = {}): { session: SessionRecord; facilitatorToken: string } {
  const now = new Date().toISOString()
  const facilitatorToken = nanoid()
  const session: SessionRecord = {
    id: nanoid(),
    title,
    joinToken: nanoid(),
    viewToken: nanoid(),
    facilitatorHash: hashToken(facilitatorToken),
    joinCode,
    // An imported backup keeps its workshop day: dates on notes ("15 dec") are read relative to it.
    createdAt: opts.createdAt ?? now,
    updatedAt: now,
    // A follow-up's working group (werkgroep): kept with the record, so the series survives restarts.
    ...(opts.series ? { series: opts.series } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.startsAt ? { startsAt: opts.startsAt } : {}),
    ...(opts.place ? { place: opts.place } : {}),
  }
  return { session, facilitatorToken }
}
