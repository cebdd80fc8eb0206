// Storage contracts. One interface per concern, every call asynchronous (a database is): the file
// backend and the PostgreSQL one (server/postgres) implement them, server/stores.ts picks one, and each
// interface has one contract suite both pass (*.contract.ts).

import type { NextMeeting, Role } from '../../shared/api/types.ts'

export type { NextMeeting, Role }

/** Session metadata as stored. The facilitator token is kept only as a SHA-256 hash. */
export interface SessionRecord {
  id: string
  title: string
  joinToken: string
  viewToken: string
  facilitatorHash: string
  /** Short code of the short join link /j/<code> (see joinCode.ts); given to older sessions on load. */
  joinCode: string
  createdAt: string
  updatedAt: string
  /**
   * The working group (werkgroep) this session belongs to: the id of the series' first session. Set on
   * a follow-up (from its source's series, or the source's own id); absent for a session on its own.
   */
  series?: string
  /** The session this one followed up on, when it is a follow-up. */
  previous?: string
  /** When the meeting starts, local wall-clock time as YYYY-MM-DDTHH:mm (set by the facilitator). */
  startsAt?: string
  /** Where the meeting is held, as typed. */
  place?: string
  /** The next meeting as agreed: local YYYY-MM-DDTHH:mm (or YYYY-MM-DD), and where. */
  nextMeeting?: NextMeeting
}

export interface ResolvedToken {
  session: SessionRecord
  role: Role
}

/** What loading a document found: the updates to apply in order, and anything that was wrong. */
export interface LoadedDoc {
  /** Snapshot first (if any), then every intact log record in order. */
  updates: Uint8Array[]
  /** Human-readable reports: torn tail skipped, corrupt file quarantined... Empty when all was well. */
  problems: string[]
  /** Damaged files set aside for manual recovery (base names); absent when none. The facilitator is told. */
  quarantined?: string[]
}

/**
 * The synchronous store the file backend implements (write(2) before returning). Everything else uses
 * it through AsyncDocStorage: the rooms and the stores beside the boards (ballots, trash, private docs)
 * take a DocStorage.
 */
export interface SyncDocStorage {
  /** Reads snapshot + log. Repairs a torn tail so that later appends stay readable. */
  load(sessionId: string): LoadedDoc
  /** Appends one update durably against a process crash (write(2) before returning). Throws on I/O error. */
  /**
   * A group (several updates) goes as one write, each update its own record, so damage to one record
   * still costs that update only.
   */
  append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): void
  /**
   * Makes `state` the new snapshot (atomic rename) with an empty log after it; the previous snapshot and
   * its log stay as the fallback should the new one be damaged. Throws on I/O error.
   */
  compact(sessionId: string, state: Uint8Array): void
  /** Bytes appended to the log since the last compaction (to decide when to compact). */
  logBytes(sessionId: string): number
  /** Releases open file handles of a session (on unload). */
  release(sessionId: string): void
  /**
   * Keeps what a load took out of a damaged board (JSON) in a file beside the session's own, removed
   * with the session; returns the file's base name. Throws on I/O error.
   */
  setAside(sessionId: string, json: string): string
  /** Removes every file of the session. */
  remove(sessionId: string): void
}

/**
 * A session document's store as the rooms use it: every operation may take time (a database, a network)
 * and resolves once it is durable. The room orders the calls itself (commitQueue.ts): one append in
 * flight per session, compaction never beside an append.
 */
export interface DocStorage {
  load(sessionId: string): Promise<LoadedDoc>
  /**
   * Resolves once the update (or the group: one durable write, one record per update, in order) is
   * durable against a process crash; rejects on I/O error, then none of the group counts as stored.
   */
  append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): Promise<void>
  compact(sessionId: string, state: Uint8Array): Promise<void>
  /** Bytes appended since the last compaction, as far as this process knows (cheap, synchronous). */
  logBytes(sessionId: string): number
  release(sessionId: string): void
  setAside(sessionId: string, json: string): Promise<string>
  remove(sessionId: string): Promise<void>
}

/** The synchronous file store seen through the asynchronous interface: the same calls, resolved promises. */
export class AsyncDocStorage implements DocStorage {
  constructor(readonly inner: SyncDocStorage) {}
  async load(sessionId: string): Promise<LoadedDoc> {
    return this.inner.load(sessionId)
  }
  async append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): Promise<void> {
    this.inner.append(sessionId, update)
  }
  async compact(sessionId: string, state: Uint8Array): Promise<void> {
    this.inner.compact(sessionId, state)
  }
  logBytes(sessionId: string): number {
    return this.inner.logBytes(sessionId)
  }
  release(sessionId: string): void {
    this.inner.release(sessionId)
  }
  async setAside(sessionId: string, json: string): Promise<string> {
    return this.inner.setAside(sessionId, json)
  }
  async remove(sessionId: string): Promise<void> {
    this.inner.remove(sessionId)
  }
}
