// One live session: a Y.Doc loaded from storage, its awareness, and the connections editing it.
// Takes a minimal socket interface (send/close), so it is testable without a network.
//
// An accepted update goes: role check → write policy (writePolicy.ts, on updateGuard.ts's analysis,
// before anything is applied) → Y.applyUpdate → doc 'update' → storage.append (write(2)) → broadcast
// to the other connections. Disk before broadcast: a kill -9 never loses an update a client has seen
// from us.
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { ServerAwarenessState, StorageState } from '../../shared/api/serverStatus.ts'
import { BoardDoc, type Participant } from '../../shared/board/boardDoc.ts'
import { readControl } from '../../shared/facilitation/controlDoc.ts'
import type { Logger } from '../log.ts'
import type { DocStorage, Role } from '../storage/types.ts'
import {
  CloseCode,
  MalformedMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  parseMessage,
  type Incoming,
} from './protocol.ts'
import { analyseUpdate } from './updateGuard.ts'
import { judgeUpdate } from './writePolicy.ts'

/** A client asked to resend its whole difference is not asked again sooner than this. */
const RESYNC_INTERVAL_MS = 2000
const AUTHOR_ID = /^[A-Za-z0-9_-]{1,64}$/

export type { StorageState }

export interface RoomSocket {
  send(data: Uint8Array): void
  close(code: number, reason: string): void
}

export interface RoomOptions {
  id: string
  doc: Y.Doc
  storage: DocStorage
  log: Logger
  /** Compact the log into a snapshot once it has grown past this many bytes. */
  compactBytes: number
  /** Called with the room when its last connection left (the manager decides when to unload). */
  onEmpty: (room: Room) => void
  /** Called on every accepted change (to keep the session's updatedAt fresh). */
  onChange?: (room: Room) => void
  /** Load found and set aside a damaged file: tell the clients until the room is unloaded. */
  repaired?: boolean
  /** How long loading the document from storage took (ms): logged with the first sync served. */
  loadMs?: number
}

export class Connection {
  readonly awarenessIds = new Set<number>()
  /** Per awareness client id, the user (name, colour, author) last recorded as a participant. */
  readonly recordedUsers = new Map<number, string>()
  /** Set when one of its updates was not applied; cleared when its whole difference is (receiveUpdate). */
  outOfStep = false
  /** When we last asked this client for its whole difference. */
  resyncAskedAt = -Infinity
  constructor(
    readonly room: Room,
    readonly socket: RoomSocket,
    readonly role: Role,
  ) {}

  get canWrite(): boolean {
    return this.role !== 'view'
  }

  /** Handles one frame from this connection; a malformed one closes this connection only. */
  receive(data: Uint8Array): void {
    this.room.receive(this, data)
  }

  /** The same for a frame already parsed (`frame` is its bytes, forwarded as they are where possible). */
  receiveMessage(message: Incoming, frame: Uint8Array): void {
    this.room.handle(this, message, frame)
  }

  close(): void {
    this.room.disconnect(this)
  }
}

export class Room {
  readonly id: string
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly connections = new Set<Connection>()
  /** Updates the disk refused; kept in memory and retried so no accepted edit is dropped. */
  private unsaved: Uint8Array[] = []
  private retryTimer: NodeJS.Timeout | undefined
  /** Published to every client as the server's awareness state, so the facilitator sees a failing disk. */
  private storageState: StorageState = 'ok'
  private readonly opts: RoomOptions
  /** The client frame whose awareness update is being applied, so it is forwarded without re-encoding. */
  private forwarding: Uint8Array | undefined
  private firstSyncServed = false

  constructor(opts: RoomOptions) {
    this.opts = opts
    this.id = opts.id
    this.doc = opts.doc
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    // The server itself has no presence.
    this.awareness.setLocalState(null)
    if (opts.repaired) this.setStorageState('repaired')
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** 'failing' while accepted edits wait in memory because the disk refused them. */
  get storage(): StorageState {
    return this.storageState
  }

  get hasUnsavedChanges(): boolean {
    return this.unsaved.length > 0
  }

  connect(socket: RoomSocket, role: Role): Connection {
    const conn = new Connection(this, socket, role)
    this.connections.add(conn)
    // The doc is loaded before we get here, so the first sync is never an empty one.
    socket.send(encodeSyncStep1(this.doc))
    const states = Array.from(this.awareness.getStates().keys())
    if (states.length > 0) socket.send(encodeAwareness(this.awareness, states))
    return conn
  }

  disconnect(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(conn.awarenessIds), null)
    }
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
          this.receiveUpdate(conn, message.update, message.kind === 'sync-step2')
          break
        case 'awareness':
          // Passed on to the others as the very frame it came in (see onAwarenessUpdate).
          this.forwarding = frame
          try {
            awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn)
          } finally {
            this.forwarding = undefined
          }
          break
        case 'query-awareness':
          conn.socket.send(encodeAwareness(this.awareness, Array.from(this.awareness.getStates().keys())))
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
    const verdict = judgeUpdate(analyseUpdate(this.doc, update), {
      role: conn.role,
      lock: () => readControl(this.doc).lock,
      current: (key) => BoardDoc.of(this.doc).get(key),
      all: () => BoardDoc.of(this.doc).all(),
    })
    const log = { session: this.id, role: conn.role }
    switch (verdict.do) {
      case 'apply':
        if (conn.outOfStep && !wholeDifference) return this.askResync(conn, 'out of step after a refused update')
        Y.applyUpdate(this.doc, update, conn)
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
   * Sync step 2: what the client lacks. The first one after a load is logged with the load time, so
   * "cold load + first sync" is measured on the server, not through a client's network and decoding.
   */
  private serveSync(conn: Connection, stateVector: Uint8Array): void {
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

  /** Sync step 1 to one client: it answers with everything we lack, as one update we can judge. */
  private askResync(conn: Connection, why: string): void {
    const now = performance.now()
    this.opts.log.debug({ session: this.id, role: conn.role, why }, 'update not applied; asking for a resync')
    if (now - conn.resyncAskedAt < RESYNC_INTERVAL_MS) return
    conn.resyncAskedAt = now
    conn.socket.send(encodeSyncStep1(this.doc))
  }

  /** Writes the whole state as a snapshot and empties the log. */
  compact(): void {
    this.flushUnsaved()
    if (this.unsaved.length > 0) return
    this.opts.storage.compact(this.id, Y.encodeStateAsUpdate(this.doc))
  }

  destroy(): void {
    clearTimeout(this.retryTimer)
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
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
    this.persist(update)
    const message = encodeUpdate(update)
    for (const conn of this.connections) {
      if (conn !== origin) conn.socket.send(message)
    }
    this.opts.onChange?.(this)
    if (this.opts.storage.logBytes(this.id) > this.opts.compactBytes) this.tryCompact()
  }

  private onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    if (origin instanceof Connection) {
      for (const id of changes.added) origin.awarenessIds.add(id)
      for (const id of changes.removed) {
        origin.awarenessIds.delete(id)
        origin.recordedUsers.delete(id)
      }
      if (origin.role !== 'view') this.recordParticipants(origin, [...changes.added, ...changes.updated])
    }
    // Sent to everyone, the sender too: y-websocket clients treat 30 s of silence as a dead link. A
    // client's frame goes out as it came (it holds exactly these states; any stale one in it is ignored
    // by every receiver as it was here), saving a JSON round trip per cursor move.
    const message = origin instanceof Connection && this.forwarding ? this.forwarding : encodeAwareness(this.awareness, changed)
    for (const conn of this.connections) conn.socket.send(message)
  }

  /**
   * "Who took part" for the action plan: the names people chose, as their awareness says, with the role
   * of the link they came in by (never what the client claims).
   */
  private recordParticipants(conn: Connection, clientIds: number[]): void {
    const role = conn.role as 'join' | 'facilitator'
    const board = BoardDoc.of(this.doc)
    for (const id of clientIds) {
      const state = this.awareness.getStates().get(id) as { user?: { name?: unknown; color?: unknown; author?: unknown } } | undefined
      const user = state?.user
      // Cursor moves repeat the same user many times a second: only a new or changed one is looked at.
      const seen = `${String(user?.name)}\u0000${String(user?.color)}\u0000${String(user?.author)}`
      if (conn.recordedUsers.get(id) === seen) continue
      conn.recordedUsers.set(id, seen)
      if (typeof user?.name !== 'string' || user.name.trim() === '' || user.name.length > 80) continue
      const color = typeof user.color === 'string' && user.color.length <= 32 ? user.color : ''
      const participant: Participant = { name: user.name, color, role, firstSeen: new Date().toISOString() }
      // The browser's author id (meta.createdBy on its notes), so the UI can tell whose notes are whose.
      if (typeof user.author === 'string' && AUTHOR_ID.test(user.author)) participant.authorId = user.author
      board.recordParticipant(participant, 'server')
    }
  }

  private persist(update: Uint8Array): void {
    if (this.unsaved.length > 0) {
      // Keep order: nothing new goes to disk before the updates still waiting.
      this.unsaved.push(update)
      this.flushUnsaved()
      return
    }
    try {
      this.opts.storage.append(this.id, update)
    } catch (error) {
      this.unsaved.push(update)
      this.opts.log.error({ session: this.id, err: (error as Error).message }, 'cannot write update; kept in memory, retrying')
      this.setStorageState('failing')
      this.scheduleRetry()
    }
  }

  private flushUnsaved(): void {
    while (this.unsaved.length > 0) {
      try {
        this.opts.storage.append(this.id, this.unsaved[0]!)
        this.unsaved.shift()
      } catch {
        this.scheduleRetry()
        return
      }
    }
    if (this.storageState === 'failing') this.setStorageState('ok')
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      this.flushUnsaved()
      if (this.unsaved.length === 0) this.opts.log.info({ session: this.id }, 'pending updates written')
    }, 1000)
    this.retryTimer.unref()
  }

  /**
   * The server's own awareness state carries the storage state: { server: { storage: 'failing' } } while
   * failing, no state when all is well. Presence lists ignore it (it has no `user`).
   */
  private setStorageState(state: StorageState): void {
    if (this.storageState === state) return
    this.storageState = state
    const published: ServerAwarenessState | null = state === 'ok' ? null : { server: { storage: state } }
    this.awareness.setLocalState(published)
  }

  private tryCompact(): void {
    try {
      this.compact()
    } catch (error) {
      this.opts.log.error({ session: this.id, err: (error as Error).message }, 'compaction failed; log kept')
    }
  }
}
