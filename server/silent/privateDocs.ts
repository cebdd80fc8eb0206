// Every participant's private document (privateRoom.ts), per session, on disk under
// <dataDir>/silent/<session>/<participant id>.log|.snap (the board's storage format, see
// storage/fileDocStorage.ts), loaded on demand and unloaded a while after their last tab left.
// Removed with the session. Also counts the notes waiting in them, for the facilitator's banner.
import fs from 'node:fs'
import path from 'node:path'
import * as Y from 'yjs'
import { PARTICIPANT_ID_PATTERN } from '../../shared/api/identity.ts'
import { markRevealed, type BoardRecord } from '../../shared/board/index.ts'
import type { Logger } from '../log.ts'
import { FileDocStorage, SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { CloseCode } from '../sync/protocol.ts'
import { SessionDeletedError } from '../sync/rooms.ts'
import { PrivateRoom } from './privateRoom.ts'

export interface PrivateDocsOptions {
  /** <dataDir>/silent */
  dir: string
  log: Logger
  compactBytes: number
  /** Largest encoded private document (bytes). */
  maxDocBytes: number
  unloadAfterMs: number
  /** The number of notes waiting in a session's private documents changed. */
  onCountChange?: (sessionId: string) => void
}

/** What is waiting, for the banner: notes, and how many people wrote them. */
export interface PrivateCounts {
  notes: number
  people: number
}

export interface CollectedNotes {
  participant: string
  records: BoardRecord[]
}

const LOG_SUFFIX = /\.(log|snap)$/

export class PrivateDocs {
  private readonly rooms = new Map<string, PrivateRoom>()
  private readonly storages = new Map<string, FileDocStorage>()
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>()
  /** Per session, notes per participant (filled for a session on first need, then kept current). */
  private readonly counts = new Map<string, Map<string, number>>()
  private readonly gone = new Set<string>()

  constructor(private readonly opts: PrivateDocsOptions) {}

  /** The participant's private document, loaded from disk if needed. Throws for a deleted session. */
  open(sessionId: string, participant: string): PrivateRoom {
    if (this.gone.has(sessionId)) throw new SessionDeletedError(sessionId)
    if (!SESSION_ID_PATTERN.test(sessionId) || !PARTICIPANT_ID_PATTERN.test(participant)) throw new Error('invalid private document id')
    const key = `${sessionId}/${participant}`
    this.cancelUnload(key)
    let room = this.rooms.get(key)
    if (room) return room
    const storage = this.storage(sessionId)
    const loaded = storage.load(participant)
    for (const problem of loaded.problems) this.opts.log.warn({ session: sessionId, problem }, 'private notes: storage problem on load')
    const doc = new Y.Doc({ gc: true })
    for (const update of loaded.updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch (error) {
        this.opts.log.warn({ session: sessionId, err: (error as Error).message }, 'private notes: skipped an update that does not apply')
      }
    }
    room = new PrivateRoom({
      sessionId,
      participant,
      doc,
      storage,
      log: this.opts.log,
      compactBytes: this.opts.compactBytes,
      maxDocBytes: this.opts.maxDocBytes,
      onChange: (r) => this.countChanged(r),
      onEmpty: (r) => this.scheduleUnload(key, r),
    })
    this.rooms.set(key, room)
    // Opened by the server (the reveal, the notes API) rather than a tab: on the unload clock at once.
    this.scheduleUnload(key, room)
    return room
  }

  /** Every participant of the session with a private document (on disk or loaded). */
  participants(sessionId: string): string[] {
    const ids = new Set<string>()
    const dir = path.join(this.opts.dir, sessionId)
    if (SESSION_ID_PATTERN.test(sessionId) && fs.existsSync(dir)) {
      for (const name of fs.readdirSync(dir)) {
        const id = name.replace(LOG_SUFFIX, '')
        if (id !== name && PARTICIPANT_ID_PATTERN.test(id)) ids.add(id)
      }
    }
    for (const key of this.rooms.keys()) if (key.startsWith(`${sessionId}/`)) ids.add(key.slice(sessionId.length + 1))
    return Array.from(ids).sort()
  }

  /** Every private note of the session, per participant (for the reveal). */
  collect(sessionId: string): CollectedNotes[] {
    return this.participants(sessionId)
      .map((participant) => ({ participant, records: this.open(sessionId, participant).records() }))
      .filter((c) => c.records.length > 0)
  }

  /**
   * Takes the notes the reveal settled out of their private documents, with the list of those merged
   * (their authors' screens keep them until the board brings them). Returns the participants whose
   * document could not be written (the disk refused): their notes stay private for the next reveal.
   */
  empty(sessionId: string, settled: ReadonlyMap<string, { merged: string[]; dropped: string[] }>): string[] {
    const failed: string[] = []
    for (const [participant, { merged, dropped }] of settled) {
      const ok = this.open(sessionId, participant).change((board, doc) => {
        board.apply({ remove: [...merged, ...dropped] })
        markRevealed(doc, merged)
      })
      if (!ok) failed.push(participant)
    }
    return failed
  }

  /** Notes waiting in the session's private documents, and from how many people. */
  countsOf(sessionId: string): PrivateCounts {
    let perParticipant = this.counts.get(sessionId)
    if (!perParticipant) {
      perParticipant = new Map()
      this.counts.set(sessionId, perParticipant)
      for (const participant of this.participants(sessionId)) perParticipant.set(participant, this.open(sessionId, participant).records().length)
    }
    let notes = 0
    let people = 0
    for (const n of perParticipant.values()) {
      notes += n
      if (n > 0) people++
    }
    return { notes, people }
  }

  /** Removes every private document of a deleted session; its tabs are closed with 4410. */
  remove(sessionId: string): void {
    this.gone.add(sessionId)
    for (const [key, room] of Array.from(this.rooms)) {
      if (room.sessionId !== sessionId) continue
      this.cancelUnload(key)
      this.rooms.delete(key)
      room.closeAll(CloseCode.deleted, 'session deleted')
      room.destroy()
    }
    const storage = this.storages.get(sessionId)
    if (storage) for (const participant of this.participants(sessionId)) storage.release(participant)
    this.storages.delete(sessionId)
    this.counts.delete(sessionId)
    if (SESSION_ID_PATTERN.test(sessionId)) fs.rmSync(path.join(this.opts.dir, sessionId), { recursive: true, force: true })
  }

  /** Compacts and unloads every document (shutdown). */
  closeAll(): void {
    for (const [key, room] of Array.from(this.rooms)) {
      room.closeAll(CloseCode.goingAway, 'server shutting down')
      this.unload(key, room)
    }
  }

  private storage(sessionId: string): FileDocStorage {
    let storage = this.storages.get(sessionId)
    if (!storage) {
      const log = this.opts.log
      storage = new FileDocStorage(path.join(this.opts.dir, sessionId), (level, msg, fields) => log[level]({ session: sessionId, ...fields }, msg))
      this.storages.set(sessionId, storage)
    }
    return storage
  }

  private countChanged(room: PrivateRoom): void {
    const perParticipant = this.counts.get(room.sessionId)
    const n = room.records().length
    // Not counted yet: the first countsOf() reads every document anyway.
    if (!perParticipant) return void this.opts.onCountChange?.(room.sessionId)
    if (perParticipant.get(room.participant) === n) return
    perParticipant.set(room.participant, n)
    this.opts.onCountChange?.(room.sessionId)
  }

  private scheduleUnload(key: string, room: PrivateRoom): void {
    this.cancelUnload(key)
    const timer = setTimeout(() => {
      this.unloadTimers.delete(key)
      if (room.connections.size === 0 && this.rooms.get(key) === room) this.unload(key, room)
    }, this.opts.unloadAfterMs)
    timer.unref()
    this.unloadTimers.set(key, timer)
  }

  private cancelUnload(key: string): void {
    clearTimeout(this.unloadTimers.get(key))
    this.unloadTimers.delete(key)
  }

  private unload(key: string, room: PrivateRoom): void {
    const storage = this.storage(room.sessionId)
    try {
      if (storage.logBytes(room.participant) > 0) room.compact()
    } catch (error) {
      // The log holds every update already; only the snapshot is stale.
      this.opts.log.error({ session: room.sessionId, err: (error as Error).message }, 'private notes: compaction on unload failed')
    }
    this.rooms.delete(key)
    room.destroy()
    storage.release(room.participant)
  }
}
