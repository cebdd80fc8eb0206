// Loads rooms on demand (once, however many connections race for it), and unloads them a while after
// their last connection left, after their state is on disk.
import * as Y from 'yjs'
import { fillClockGaps } from './clockGaps.ts'
import type { Logger } from '../log.ts'
import type { DocStorage } from '../storage/types.ts'
import { StorageUnavailableError } from './commitQueue.ts'
import { translate } from '../../shared/i18n/index.ts'
import { repairBoard } from './boardRepair.ts'
import { CloseCode } from './protocol.ts'
import { Room } from './room.ts'
import { writeWithinLimit, type ServerWriteOptions } from './serverWrite.ts'

export interface RoomsOptions {
  storage: DocStorage
  log: Logger
  /** How long an empty room stays in memory (a reconnecting client finds it warm). */
  unloadAfterMs: number
  compactBytes: number
  /** Largest encoded document any write, a client's or the server's own, may grow a session to. */
  maxDocBytes?: number
  onChange?: (sessionId: string) => void
  /**
   * Lifecycle hooks, called in order: what attaches to rooms from outside the sync core (history and
   * trash: server/history; the lease of the several-process setup: server/cluster), as Hocuspocus's
   * extensions do.
   */
  hooks?: readonly RoomHooks[]
}

/** What outlives a room in memory hears of it. Every hook is optional. */
export interface RoomHooks {
  /**
   * Before the document is read from storage; a rejection refuses the load (open() rejects with it),
   * e.g. another process serves this session.
   */
  beforeLoad?(sessionId: string): Promise<void>
  /** Loaded and repaired, before anyone uses it. */
  loaded?(room: Room): void
  /** An update is stored and being published (a client's or the server's own); `origin` is its Connection or another origin. */
  updateAccepted?(room: Room, update: Uint8Array, origin: unknown): void
  /** Awareness states changed (clients' presence; lossy by nature). */
  awareness?(room: Room, changed: readonly number[]): void
  /**
   * The room's document is still readable; `evicted` when nothing more may be written for it: its session
   * was deleted, or another process serves it now (drop).
   */
  unloading?(room: Room, evicted: boolean): void
  /** The room is gone from this process (after unloading and destroy). */
  unloaded?(sessionId: string): void
}

/**
 * open() of a session another server process serves (the several-process setup: server/cluster). Its
 * room is there; a request about it is forwarded there, a read may use what is stored (read()).
 */
export class ServedElsewhereError extends Error {
  constructor(
    readonly sessionId: string,
    readonly owner: string,
  ) {
    super('this session is served by another server process; try again')
  }
}

/** open() of a session that was deleted (a socket or request that raced the deletion). */
export class SessionDeletedError extends Error {
  constructor(readonly sessionId: string) {
    super('session deleted')
  }
}

export class Rooms {
  private readonly live = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>()
  /** Sessions deleted while this process runs: never loaded again. */
  private readonly gone = new Set<string>()

  private readonly hooks: readonly RoomHooks[]
  private trouble = false

  constructor(private readonly opts: RoomsOptions) {
    this.hooks = opts.hooks ?? []
  }

  get size(): number {
    return this.live.size
  }

  /** Loaded rooms, their live connections, and how many of them cannot write to disk right now. */
  stats(): { rooms: number; connections: number; storageFailing: number } {
    let connections = 0
    let storageFailing = 0
    for (const room of this.live.values()) {
      connections += room.connections.size
      if (room.storage === 'failing') storageFailing++
    }
    return { rooms: this.live.size, connections, storageFailing }
  }

  get(sessionId: string): Room | undefined {
    return this.live.get(sessionId)
  }

  /** The live room, loading it from storage first if needed. */
  open(sessionId: string): Promise<Room> {
    if (this.gone.has(sessionId)) return Promise.reject(new SessionDeletedError(sessionId))
    this.cancelUnload(sessionId)
    const room = this.live.get(sessionId)
    if (room) return Promise.resolve(room)
    let pending = this.loading.get(sessionId)
    if (!pending) {
      pending = this.load(sessionId).finally(() => this.loading.delete(sessionId))
      this.loading.set(sessionId, pending)
    }
    return pending
  }

  /**
   * Applies a change made by the server itself (templates, API writes) to a session's document. Throws
   * StorageUnavailableError (the API answers 503) when the disk refuses writes: before changing
   * anything, or when this very change was the first write refused (then it waits in memory, unseen).
   * Throws DocTooLargeError (413), nothing changed, when it would grow the document past maxDocBytes
   * (serverWrite.ts; `fn` may then run on a copy of the document).
   */
  async change<T>(sessionId: string, fn: (doc: Y.Doc) => T, options: ServerWriteOptions = {}): Promise<T> {
    const room = await this.open(sessionId)
    let result!: T
    try {
      if (!(await room.canCommit())) throw StorageUnavailableError.notChanged()
      result = writeWithinLimit(room.doc, this.opts.maxDocBytes ?? Infinity, fn, {
        ...options,
        onOversized: (growth) => this.opts.log.error({ session: sessionId, growth }, 'a server write not marked large grew past the headroom'),
      })
    } finally {
      this.releaseIfEmpty(room)
    }
    // Answered once stored (the commit is asynchronous): an acknowledged change is on disk.
    await room.settled()
    if (room.hasUnsavedChanges) throw StorageUnavailableError.held()
    return result
  }

  /** A session whose first write was refused (templates, an import too large): its room and files go. */
  async discard(sessionId: string): Promise<void> {
    await this.evict(sessionId)
    await this.opts.storage.remove(sessionId)
  }

  /**
   * Reads a session's document (loading it if needed) without changing it. A session another process
   * serves is read from storage, where that process stores every update before anyone sees it.
   */
  async read<T>(sessionId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    let room: Room
    try {
      room = await this.open(sessionId)
    } catch (error) {
      if (error instanceof ServedElsewhereError) return this.readStored(sessionId, fn)
      throw error
    }
    try {
      return fn(room.doc)
    } finally {
      this.releaseIfEmpty(room)
    }
  }

  private async readStored<T>(sessionId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const loaded = await this.opts.storage.load(sessionId)
    const doc = new Y.Doc({ gc: true })
    try {
      applyStored(doc, loaded.updates)
      return fn(doc)
    } finally {
      doc.destroy()
    }
  }

  /** Redis between the processes is lost ('down') or back: every room shows it like a failing disk. */
  setTrouble(trouble: boolean): void {
    this.trouble = trouble
    for (const room of this.live.values()) room.setTrouble(trouble)
  }

  /**
   * Another process serves the session now (its lease went elsewhere): the room's clients are told to
   * reconnect (1012) and it is dropped without writing anything more; what it stored stays stored.
   */
  drop(sessionId: string): void {
    this.cancelUnload(sessionId)
    const room = this.live.get(sessionId)
    if (room) this.takeOut(room, CloseCode.reconnect, 'reconnect')
  }

  /**
   * Drops a deleted session entirely: its clients are closed with 4410, a load in progress is awaited
   * and evicted too, and the id can never be opened again (ids are never reused), so a socket that
   * raced the deletion cannot recreate its files. Storage removal is the caller's.
   */
  async evict(sessionId: string): Promise<void> {
    this.gone.add(sessionId)
    await this.loading.get(sessionId)?.catch(() => undefined)
    this.cancelUnload(sessionId)
    const room = this.live.get(sessionId)
    if (room) this.takeOut(room, CloseCode.deleted, 'session deleted')
  }

  /**
   * A room gone at once, nothing more written for it (evict, drop): its clients closed with `code`, the
   * hooks told (`unloading` with evicted true: no last history point), its storage handles released.
   */
  private takeOut(room: Room, code: number, reason: string): void {
    this.live.delete(room.id)
    room.closeAll(code, reason)
    for (const hook of this.hooks) hook.unloading?.(room, true)
    room.destroy()
    this.opts.storage.release(room.id)
    for (const hook of this.hooks) hook.unloaded?.(room.id)
  }

  /** A room someone opened but never joined goes back on the unload clock. */
  releaseIfEmpty(room: Room): void {
    if (room.connections.size === 0) this.scheduleUnload(room)
  }

  /** Compacts and unloads every room (shutdown). */
  async closeAll(): Promise<void> {
    const unloads: Array<Promise<void>> = []
    for (const room of Array.from(this.live.values())) {
      room.closeAll(CloseCode.goingAway, 'server shutting down')
      unloads.push(this.unloadAsync(room))
    }
    await Promise.all(unloads)
  }

  private async load(sessionId: string): Promise<Room> {
    const started = performance.now()
    for (const hook of this.hooks) await hook.beforeLoad?.(sessionId)
    const loaded = await this.opts.storage.load(sessionId)
    for (const problem of loaded.problems) this.opts.log.warn({ session: sessionId, problem }, 'storage problem on load')
    const doc = new Y.Doc({ gc: true })
    applyStored(doc, loaded.updates)
    // Updates after a damaged log record would wait for it forever unless its clocks are filled.
    const gaps = fillClockGaps(doc)
    if (gaps > 0) this.opts.log.warn({ session: sessionId, gaps }, 'storage problem on load: filled the clock gaps of damaged log records')
    // A board that had anything on disk gets its document and page back if it lost them.
    const hadContent = loaded.updates.length > 0 || loaded.problems.length > 0
    const setAside = await this.repair(sessionId, doc, hadContent)
    const room = new Room({
      id: sessionId,
      doc,
      storage: this.opts.storage,
      log: this.opts.log,
      compactBytes: this.opts.compactBytes,
      maxDocBytes: this.opts.maxDocBytes,
      repaired: (loaded.quarantined?.length ?? 0) > 0 || setAside || gaps > 0,
      loadMs: performance.now() - started,
      onEmpty: (r) => this.scheduleUnload(r),
      onChange: this.opts.onChange ? (r) => this.opts.onChange!(r.id) : undefined,
      onUpdate: (r, update, origin) => {
        for (const hook of this.hooks) hook.updateAccepted?.(r, update, origin)
      },
      onAwareness: (r, changed) => {
        for (const hook of this.hooks) hook.awareness?.(r, changed)
      },
    })
    if (this.trouble) room.setTrouble(true)
    this.live.set(sessionId, room)
    for (const hook of this.hooks) hook.loaded?.(room)
    this.opts.log.debug({ session: sessionId, ms: Math.round(performance.now() - started), records: loaded.updates.length }, 'room loaded')
    return room
  }

  /**
   * Makes a loaded board fit to open (boardRepair.ts: damaged records out, older schema migrated) before
   * anyone sees it. What was taken out goes to a set-aside file first, then the repair to the log, so
   * the removal is never on disk without the removed. True when something was set aside.
   */
  private async repair(sessionId: string, doc: Y.Doc, hadContent: boolean): Promise<boolean> {
    const updates: Uint8Array[] = []
    const collect = (update: Uint8Array) => updates.push(update)
    doc.on('update', collect)
    const report = repairBoard(doc, { origin: 'server', ...(hadContent ? { basePageName: translate('nl', 'page.name') } : {}) })
    doc.off('update', collect)
    const log = { session: sessionId, schema: report.schema, migrated: report.migrated }
    if (report.schema === 'newer') this.opts.log.warn(log, 'board written by a newer version: left as it is')
    if (updates.length === 0) return false
    try {
      if (report.setAside.length > 0) {
        const file = await this.opts.storage.setAside(sessionId, JSON.stringify({ setAsideAt: new Date().toISOString(), entries: report.setAside }, null, 1))
        const reasons = report.setAside.slice(0, 5).map((e) => e.reason)
        this.opts.log.warn({ ...log, count: report.setAside.length, file, reasons }, 'damaged records set aside on load')
      }
      await this.opts.storage.append(sessionId, Y.mergeUpdates(updates))
    } catch (error) {
      // The board in memory is repaired either way; the next load repairs the file again.
      this.opts.log.error({ ...log, err: (error as Error).message }, 'cannot store the repair of a damaged board')
    }
    if (report.migrated > 0) this.opts.log.info(log, 'board migrated to the current schema')
    return report.setAside.length > 0
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room.id)
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.id)
      if (room.connections.size === 0 && this.live.get(room.id) === room) this.unload(room)
    }, this.opts.unloadAfterMs)
    timer.unref()
    this.unloadTimers.set(room.id, timer)
  }

  private cancelUnload(sessionId: string): void {
    const timer = this.unloadTimers.get(sessionId)
    if (timer) clearTimeout(timer)
    this.unloadTimers.delete(sessionId)
  }

  private unload(room: Room): void {
    void this.unloadAsync(room)
  }

  private async unloadAsync(room: Room): Promise<void> {
    await room.settled()
    try {
      if (this.opts.storage.logBytes(room.id) > 0) await room.compact()
    } catch (error) {
      // The log already holds every update, so unloading stays safe; only the snapshot is stale.
      this.opts.log.error({ session: room.id, err: (error as Error).message }, 'compaction on unload failed')
    }
    // Someone came back (or a load of it began) while we waited for the disk: it stays.
    if (this.live.get(room.id) !== room || room.connections.size > 0) return
    if (room.hasUnsavedChanges) {
      // Never drop the only copy of an edit: stay loaded and try again later.
      this.scheduleUnload(room)
      return
    }
    this.live.delete(room.id)
    for (const hook of this.hooks) hook.unloading?.(room, false)
    room.destroy()
    this.opts.storage.release(room.id)
    for (const hook of this.hooks) hook.unloaded?.(room.id)
    this.opts.log.debug({ session: room.id }, 'room unloaded')
  }
}

/**
 * A stored snapshot and log into a document, in one transaction: for a long log (5,000 updates) 3× faster
 * than applying Y.mergeUpdates of them, which costs more than it saves.
 */
function applyStored(doc: Y.Doc, updates: readonly Uint8Array[]): void {
  if (updates.length === 0) return
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
}
