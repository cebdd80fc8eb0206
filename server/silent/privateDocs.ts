// Every participant's private document (privateRoom.ts), per session, kept in a PrivateDocStore
// (privateDocStore.ts: files under <dataDir>/silent/<session>/ by default), loaded on demand (once,
// however many callers race for it) and unloaded a while after their last tab left. Removed with the
// session. Also counts the notes waiting in them, for the facilitator's banner.
import * as Y from 'yjs'
import { PARTICIPANT_ID_PATTERN } from '../../shared/api/identity.ts'
import { markRevealed, type BoardRecord } from '../../shared/board/index.ts'
import type { Logger } from '../log.ts'
import { SESSION_ID_PATTERN } from '../storage/fileDocStorage.ts'
import { CloseCode } from '../sync/protocol.ts'
import { SessionDeletedError } from '../sync/rooms.ts'
import type { PrivateDocStore } from './privateDocStore.ts'
import { PrivateRoom } from './privateRoom.ts'

export interface PrivateDocsOptions {
  store: PrivateDocStore
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

export class PrivateDocs {
  private readonly rooms = new Map<string, PrivateRoom>()
  private readonly loading = new Map<string, Promise<PrivateRoom>>()
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>()
  /** Per session, notes per participant (filled for a session on first need, then kept current). */
  private readonly counts = new Map<string, Map<string, number>>()
  private readonly gone = new Set<string>()

  constructor(private readonly opts: PrivateDocsOptions) {}

  /** The participant's private document, loaded from storage if needed. Rejects for a deleted session. */
  async open(sessionId: string, participant: string): Promise<PrivateRoom> {
    if (this.gone.has(sessionId)) throw new SessionDeletedError(sessionId)
    if (!SESSION_ID_PATTERN.test(sessionId) || !PARTICIPANT_ID_PATTERN.test(participant)) throw new Error('invalid private document id')
    const key = `${sessionId}/${participant}`
    const room = this.rooms.get(key)
    // Back on the unload clock, afresh (a tab that connects keeps it loaded).
    if (room) {
      this.scheduleUnload(key, room)
      return room
    }
    let pending = this.loading.get(key)
    if (!pending) {
      pending = this.load(key, sessionId, participant).finally(() => this.loading.delete(key))
      this.loading.set(key, pending)
    }
    return pending
  }

  /** Every participant of the session with a private document (stored or loaded). */
  async participants(sessionId: string): Promise<string[]> {
    const ids = new Set(SESSION_ID_PATTERN.test(sessionId) ? await this.opts.store.participants(sessionId) : [])
    for (const key of this.rooms.keys()) if (key.startsWith(`${sessionId}/`)) ids.add(key.slice(sessionId.length + 1))
    return Array.from(ids).sort()
  }

  /** Every private note of the session, per participant (for the reveal). */
  async collect(sessionId: string): Promise<CollectedNotes[]> {
    const collected: CollectedNotes[] = []
    for (const participant of await this.participants(sessionId)) {
      const records = (await this.open(sessionId, participant)).records()
      if (records.length > 0) collected.push({ participant, records })
    }
    return collected
  }

  /**
   * Takes the notes the reveal settled out of their private documents, with the list of those merged
   * (their authors' screens keep them until the board brings them). Returns the participants whose
   * document could not be written (the disk refused): their notes stay private for the next reveal.
   */
  async empty(sessionId: string, settled: ReadonlyMap<string, { merged: string[]; dropped: string[] }>): Promise<string[]> {
    const failed: string[] = []
    for (const [participant, { merged, dropped }] of settled) {
      const ok = await (await this.open(sessionId, participant)).change((board, doc) => {
        board.apply({ remove: [...merged, ...dropped] })
        markRevealed(doc, merged)
      })
      if (!ok) failed.push(participant)
    }
    return failed
  }

  /** Notes waiting in the session's private documents, and from how many people. */
  async countsOf(sessionId: string): Promise<PrivateCounts> {
    let perParticipant = this.counts.get(sessionId)
    if (!perParticipant) {
      const counted = new Map<string, number>()
      for (const participant of await this.participants(sessionId)) counted.set(participant, (await this.open(sessionId, participant)).records().length)
      // A count that raced this one (and changes counted meanwhile: countChanged) wins.
      perParticipant = this.counts.get(sessionId) ?? counted
      this.counts.set(sessionId, perParticipant)
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
  async remove(sessionId: string): Promise<void> {
    this.gone.add(sessionId)
    for (const [key, pending] of Array.from(this.loading)) if (key.startsWith(`${sessionId}/`)) await pending.catch(() => undefined)
    for (const [key, room] of Array.from(this.rooms)) {
      if (room.sessionId !== sessionId) continue
      this.cancelUnload(key)
      this.rooms.delete(key)
      room.closeAll(CloseCode.deleted, 'session deleted')
      room.destroy()
    }
    this.counts.delete(sessionId)
    await this.opts.store.removeSession(sessionId)
  }

  /** Compacts and unloads every document (shutdown). */
  async closeAll(): Promise<void> {
    const unloads: Array<Promise<void>> = []
    for (const [key, room] of Array.from(this.rooms)) {
      room.closeAll(CloseCode.goingAway, 'server shutting down')
      this.cancelUnload(key)
      unloads.push(this.unload(key, room))
    }
    await Promise.all(unloads)
  }

  private async load(key: string, sessionId: string, participant: string): Promise<PrivateRoom> {
    const storage = this.opts.store.session(sessionId)
    const loaded = await storage.load(participant)
    if (this.gone.has(sessionId)) {
      storage.release(participant)
      throw new SessionDeletedError(sessionId)
    }
    for (const problem of loaded.problems) this.opts.log.warn({ session: sessionId, problem }, 'private notes: storage problem on load')
    const doc = new Y.Doc({ gc: true })
    for (const update of loaded.updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch (error) {
        this.opts.log.warn({ session: sessionId, err: (error as Error).message }, 'private notes: skipped an update that does not apply')
      }
    }
    const room = new PrivateRoom({
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
      if (room.connections.size === 0 && this.rooms.get(key) === room)
        this.unload(key, room).catch((error: unknown) => {
          this.opts.log.error({ session: room.sessionId, err: (error as Error).message }, 'private notes: cannot unload')
        })
    }, this.opts.unloadAfterMs)
    timer.unref()
    this.unloadTimers.set(key, timer)
  }

  private cancelUnload(key: string): void {
    clearTimeout(this.unloadTimers.get(key))
    this.unloadTimers.delete(key)
  }

  private async unload(key: string, room: PrivateRoom): Promise<void> {
    const storage = this.opts.store.session(room.sessionId)
    try {
      // In its turn: after everything asked of the room before.
      if (storage.logBytes(room.participant) > 0) await room.compact()
    } catch (error) {
      // The log holds every update already; only the snapshot is stale.
      this.opts.log.error({ session: room.sessionId, err: (error as Error).message }, 'private notes: compaction on unload failed')
    }
    // Opened again (a tab, the API: on the clock afresh) while the disk worked: it stays.
    if (this.rooms.get(key) !== room || room.connections.size > 0 || this.unloadTimers.has(key)) return
    if (room.busy) return this.scheduleUnload(key, room)
    this.rooms.delete(key)
    room.destroy()
    storage.release(room.participant)
  }
}
