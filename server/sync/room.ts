// One live session: a Y.Doc loaded from storage, its awareness, and the connections editing it.
// Takes a minimal socket interface (send/close), so it is testable without a network.
//
// An accepted update goes: role check → write policy (writePolicy.ts, on updateGuard.ts's analysis,
// before anything is applied) → Y.applyUpdate (in memory, seen by nobody yet) → storage.append
// (asynchronous; grouped with others arriving meanwhile, commitQueue.ts) → broadcast to the other
// connections once it resolved. Disk before broadcast, also while the disk fails: a kill -9 never loses
// an update a client has seen from us, a sync step 1 is answered only when nothing is uncommitted, and
// while the disk refuses, the room takes no edits.
// Awareness is judged per entry before it is applied (presenceGuard.ts).
import type * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { StorageState } from '../../shared/api/serverStatus.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { readControl } from '../../shared/facilitation/controlDoc.ts'
import { DocSize } from '../limits/docSize.ts'
import type { Role } from '../storage/types.ts'
import { CloseCode, MalformedMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage, type Incoming } from './protocol.ts'
import { CommitQueue } from './commitQueue.ts'
import { ParticipantRecorder } from './participantRecorder.ts'
import { RoomPresence } from './roomPresence.ts'
import { analyseUpdate } from './updateGuard.ts'
import { Connection, type RoomSocket } from './connection.ts'
import type { RoomOptions } from './roomOptions.ts'

export { Connection, type RoomSocket }
import { judgeUpdate } from './writePolicy.ts'

/** A client asked to resend its whole difference is not asked again sooner than this. */
const RESYNC_INTERVAL_MS = 2000

export type { StorageState }

export class Room {
  readonly id: string
  readonly doc: Y.Doc
  readonly connections = new Set<Connection>()
  private readonly presence: RoomPresence
  private readonly commits: CommitQueue
  private readonly participants: ParticipantRecorder
  /** Published to every client as the server's awareness state, so everyone sees a failing disk. */
  private storageState: StorageState = 'ok'
  /** See setTrouble. */
  private trouble = false
  private readonly repaired: boolean
  private readonly opts: RoomOptions
  /** Set while a client update that is in the log already is applied: its doc update is not written again. */
  private firstSyncServed = false
  /** Connections whose sync step 1 waits for everything applied to be stored (serveSync). */
  private readonly syncWaiters = new Set<Connection>()
  /** Clients' updates held back meanwhile, in arrival order (holdForSync). */
  private readonly heldForSync: Array<{ conn: Connection; update: Uint8Array; wholeDifference: boolean }> = []

  constructor(opts: RoomOptions) {
    this.opts = opts
    this.id = opts.id
    this.doc = opts.doc
    this.presence = new RoomPresence({
      sessionId: opts.id,
      doc: this.doc,
      log: opts.log,
      members: () => this.connections,
      onMemberChange: (member, changed, removed) => {
        const conn = member as Connection
        for (const id of removed) conn.recordedUsers.delete(id)
        this.recordParticipants(conn, changed)
      },
    })
    this.repaired = opts.repaired ?? false
    if (this.repaired) this.setStorageState('repaired')
    this.commits = new CommitQueue({
      sessionId: opts.id,
      storage: opts.storage,
      log: opts.log,
      publish: this.publish,
      onFailingChange: (failing) => (failing ? this.setStorageState('failing') : this.storageWorksAgain()),
    })
    this.participants = new ParticipantRecorder(opts.id, this.doc, opts.maxDocBytes ?? Infinity, opts.log)
    this.doc.on('update', this.onDocUpdate)
    if (opts.onAwareness) {
      const hear = opts.onAwareness
      this.presence.awareness.on('change', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
        hear(this, [...added, ...updated, ...removed]),
      )
    }
  }

  get awareness(): awarenessProtocol.Awareness {
    return this.presence.awareness
  }

  /** 'failing' while the disk refuses writes (the room takes no edits meanwhile). */
  get storage(): StorageState {
    return this.storageState
  }

  /** A change of the server's own is applied in memory but not stored (nor shown to anyone) yet. */
  get hasUnsavedChanges(): boolean {
    return this.commits.hasHeld
  }

  /** Whether the server may change the document now: the disk takes writes (retried here, awaited, if it did not). */
  canCommit(): Promise<boolean> {
    return this.commits.recover()
  }

  /** Resolves once every change applied so far is stored and published (or the disk refused it). */
  settled(): Promise<void> {
    return this.commits.settled()
  }

  connect(socket: RoomSocket, role: Role): Connection {
    const conn = new Connection(this, socket, role)
    this.connections.add(conn)
    // The doc is loaded before we get here, so the first sync is never an empty one.
    socket.send(encodeSyncStep1(this.doc))
    const everyone = this.presence.everything(true)
    if (everyone) socket.send(everyone)
    return conn
  }

  disconnect(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    this.syncWaiters.delete(conn)
    this.presence.release(conn)
    if (this.connections.size === 0) this.opts.onEmpty(this)
  }

  receive(conn: Connection, data: Uint8Array): void {
    if (!this.connections.has(conn)) return
    let message: Incoming
    try {
      message = parseMessage(data)
    } catch (error) {
      return this.refuse(conn, error as Error)
    }
    this.handle(conn, message, data)
  }

  handle(conn: Connection, message: Incoming, frame: Uint8Array): void {
    if (!this.connections.has(conn)) return
    try {
      switch (message.kind) {
        case 'sync-step1':
          this.serveSync(conn, message.stateVector)
          break
        case 'sync-step2':
        case 'sync-update':
          if (this.holdForSync(conn, message.update, message.kind === 'sync-step2')) break
          this.receiveUpdate(conn, message.update, message.kind === 'sync-step2')
          break
        case 'awareness':
          this.presence.receive(conn, message.update, frame)
          break
        case 'query-awareness':
          conn.socket.send(this.presence.everything()!)
          break
        case 'auth':
          break
      }
    } catch (error) {
      this.refuse(conn, error as Error)
    }
  }

  private refuse(conn: Connection, error: Error): void {
    const reason = error instanceof MalformedMessage ? error.message : `invalid update: ${error.message}`
    this.opts.log.warn({ session: this.id, role: conn.role, reason }, 'closing connection after bad message')
    this.disconnect(conn)
    conn.socket.close(CloseCode.malformed, reason.slice(0, 120))
  }

  /**
   * Applies a client's update if the write policy lets it through; never half of one.
   *
   * A client whose update was not applied still holds it, and its later updates build on it: a
   * deletion-only update from its YKeyValue clean-up, for one, can take away an entry that is live
   * here because its own (refused) entry won on its screen. So once one update is refused, the
   * connection is out of step and nothing more from it is applied until a whole difference (its
   * sync step 2, which it sends when we send it step 1) passes the policy.
   */
  private receiveUpdate(conn: Connection, update: Uint8Array, wholeDifference: boolean): void {
    // View connections may read but never write: dropped before any work, whatever they hold.
    if (!conn.canWrite) return
    const analysis = analyseUpdate(this.doc, update)
    const verdict = judgeUpdate(analysis, {
      role: conn.role,
      lock: () => readControl(this.doc).lock,
      current: (key) => BoardDoc.of(this.doc).get(key),
      all: () => BoardDoc.of(this.doc).all(),
      fits: (bytes) => DocSize.of(this.doc, this.opts.maxDocBytes ?? Infinity).admits(bytes),
    })
    const log = { session: this.id, role: conn.role }
    switch (verdict.do) {
      case 'apply':
        // An edit is a good moment to find out whether a failing disk works again.
        if (this.commits.failing) void this.commits.recover()
        if (conn.outOfStep && !wholeDifference) return this.askResync(conn, 'out of step after a refused update')
        if (!this.applyCommitted(conn, update, analysis.roots.size > 0)) {
          // The disk refused it: not applied. The client keeps it; its whole difference is asked for
          // once the disk works again (storageWorksAgain).
          this.opts.log.debug(log, 'update dropped: storage failing')
          conn.outOfStep = true
          return
        }
        conn.outOfStep = false
        return
      case 'drop':
        // Asking for a resync now would only bring the same refusal back.
        this.opts.log.debug({ ...log, why: verdict.why }, 'update dropped')
        conn.outOfStep = true
        return
      case 'resync':
        // Yjs would park such an update and apply it later, past this check.
        conn.outOfStep = true
        return this.askResync(conn, verdict.why)
      case 'close':
        this.opts.log.warn({ ...log, reason: verdict.reason }, 'closing connection after a forbidden write')
        this.disconnect(conn)
        conn.socket.close(verdict.code, verdict.reason.slice(0, 120))
        return
    }
  }

  /**
   * Applies a client update the policy accepted, once it is in the log (commitQueue.ts). An update that
   * writes nothing (`writes` false: typically the sync step 2 every client sends on connecting, all of
   * it known here) is applied without a record of its own; should it still change something, that
   * change is committed like the server's own. False when the disk refused it: nothing was applied.
   */
  private applyCommitted(conn: Connection, update: Uint8Array, writes: boolean): boolean {
    if (this.commits.failing) return false
    if (!writes) {
      Y.applyUpdate(this.doc, update, conn)
      return true
    }
    // Applied in memory now (judged against everything applied before it), stored through the commit
    // queue (onDocUpdate), published only once stored.
    try {
      Y.applyUpdate(this.doc, update, conn)
    } catch (error) {
      // The guard found it resolvable, yet Yjs refused it part-way: whatever reached the log must not
      // fail every later load, so the log is replaced by what the document holds (then the sender is closed).
      this.opts.log.error({ session: this.id, err: (error as Error).message }, 'update not applicable; compacting the log')
      this.tryCompact()
      throw error
    }
    return true
  }

  /**
   * Sync step 2: what the client lacks. The first one after a load is logged with the load time, so
   * "cold load + first sync" is measured on the server, not through a client's network and decoding.
   * While a change of the server's own waits for the disk, the answer waits too: it would carry it.
   */
  private serveSync(conn: Connection, stateVector: Uint8Array): void {
    if (this.commits.hasUncommitted) {
      // It would carry changes not stored yet: served once they are (or once a failing disk works again).
      conn.syncWaiting = stateVector
      this.syncWaiters.add(conn)
      if (!this.commits.failing) void this.commits.settled().then(() => this.afterSettled())
      return
    }
    conn.syncWaiting = undefined
    this.syncWaiters.delete(conn)
    const started = performance.now()
    const message = encodeSyncStep2(this.doc, stateVector)
    conn.socket.send(message)
    if (this.firstSyncServed) return
    this.firstSyncServed = true
    const syncMs = performance.now() - started
    const loadMs = this.opts.loadMs ?? 0
    const round = (ms: number) => Math.round(ms * 10) / 10
    this.opts.log.info(
      { session: this.id, loadMs: round(loadMs), syncMs: round(syncMs), coldMs: round(loadMs + syncMs), bytes: message.byteLength },
      'first sync served',
    )
  }

  /**
   * While a newcomer waits for a state with nothing uncommitted in it, clients' updates are held back
   * (in order) rather than applied: under a steady stream of edits the room would otherwise never be
   * without an uncommitted one, and the newcomer would wait for ever. They go on once it is served.
   */
  private holdForSync(conn: Connection, update: Uint8Array, wholeDifference: boolean): boolean {
    const hold = this.heldForSync.length > 0 || (this.syncWaiters.size > 0 && this.commits.hasUncommitted && !this.commits.failing)
    if (hold) this.heldForSync.push({ conn, update, wholeDifference })
    return hold
  }

  /** Everything applied is stored: waiting newcomers get their sync, then the held-back updates go on. */
  private afterSettled(): void {
    for (const conn of Array.from(this.syncWaiters)) {
      if (this.connections.has(conn) && conn.syncWaiting && !this.commits.failing) this.serveSync(conn, conn.syncWaiting)
    }
    for (const { conn, update, wholeDifference } of this.heldForSync.splice(0)) {
      if (!this.connections.has(conn)) continue
      try {
        this.receiveUpdate(conn, update, wholeDifference)
      } catch (error) {
        this.refuse(conn, error as Error)
      }
    }
  }

  /** Sync step 1 to one client: it answers with everything we lack, as one update we can judge. */
  private askResync(conn: Connection, why: string, force = false): void {
    const now = performance.now()
    this.opts.log.debug({ session: this.id, role: conn.role, why }, 'update not applied; asking for a resync')
    if (!force && now - conn.resyncAskedAt < RESYNC_INTERVAL_MS) return
    conn.resyncAskedAt = now
    conn.socket.send(encodeSyncStep1(this.doc))
  }

  /** Writes the whole state as a snapshot and empties the log; not while the disk refuses writes. */
  async compact(): Promise<void> {
    if (this.commits.failing || this.commits.hasUncommitted) return
    // Between appends (commitQueue.ts), with the state as it is then: never ahead of the log's order.
    await this.commits.exclusive(() => this.opts.storage.compact(this.id, Y.encodeStateAsUpdate(this.doc)))
  }

  destroy(): void {
    this.commits.destroy()
    this.doc.off('update', this.onDocUpdate)
    this.presence.destroy()
    this.doc.destroy()
  }

  /** Closes every connection (session deleted, server shutting down). */
  closeAll(code: number, reason: string): void {
    for (const conn of Array.from(this.connections)) {
      this.connections.delete(conn)
      conn.socket.close(code, reason)
    }
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.commits.commit(update, origin)
  }

  /** A committed update goes to every connection but the one it came from. */
  private publish = (update: Uint8Array, origin: unknown): void => {
    const message = encodeUpdate(update)
    for (const conn of this.connections) {
      if (conn !== origin) conn.socket.send(message)
    }
    this.opts.onChange?.(this)
    this.opts.onUpdate?.(this, update, origin)
    if (this.opts.storage.logBytes(this.id) > this.opts.compactBytes) this.tryCompact()
  }

  /** Participants are the server's writes: none while the disk refuses them (caught up afterwards). */
  private recordParticipants(conn: Connection, clientIds: Iterable<number>): void {
    if (this.commits.failing) return
    this.participants.record(conn, this.awareness.getStates(), clientIds)
  }

  /**
   * Everything held is written and published: newcomers get their sync, every client whose edits were
   * refused meanwhile is asked for its whole difference, and names seen meanwhile are recorded.
   */
  private storageWorksAgain(): void {
    this.setStorageState(this.trouble ? 'failing' : this.repaired ? 'repaired' : 'ok')
    for (const conn of this.connections) {
      if (conn.syncWaiting) this.serveSync(conn, conn.syncWaiting)
      if (conn.outOfStep) this.askResync(conn, 'storage works again', true)
      this.recordParticipants(conn, conn.awarenessIds)
    }
  }

  /**
   * Something the room's writes depend on besides its storage is unreachable (Redis between several
   * processes): shown to everyone like a failing disk until it is back.
   */
  setTrouble(trouble: boolean): void {
    this.trouble = trouble
    this.setStorageState(trouble || this.commits.failing ? 'failing' : this.repaired ? 'repaired' : 'ok')
  }

  private setStorageState(state: StorageState): void {
    if (this.storageState === state) return
    this.storageState = state
    this.presence.publishStorage(state)
  }

  private tryCompact(): void {
    this.commits
      .settled()
      .then(() => this.compact())
      .catch((error: unknown) => {
        this.opts.log.error({ session: this.id, err: (error as Error).message }, 'compaction failed; log kept')
      })
  }
}
