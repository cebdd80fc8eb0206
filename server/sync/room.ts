// One live session: a Y.Doc loaded from storage, its awareness, and the connections editing it.
// Takes a minimal socket interface (send/close), so it is testable without a network.
//
// An accepted update goes: role check → Y.applyUpdate → doc 'update' → storage.append (write(2))
// → broadcast to the other connections. Disk before broadcast: a kill -9 never loses an update a
// client has seen from us.
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
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
} from './protocol.ts'

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
}

export class Connection {
  readonly awarenessIds = new Set<number>()
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
  private readonly opts: RoomOptions

  constructor(opts: RoomOptions) {
    this.opts = opts
    this.id = opts.id
    this.doc = opts.doc
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    // The server itself has no presence.
    this.awareness.setLocalState(null)
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
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
    try {
      const message = parseMessage(data)
      switch (message.kind) {
        case 'sync-step1':
          conn.socket.send(encodeSyncStep2(this.doc, message.stateVector))
          break
        case 'sync-step2':
        case 'sync-update':
          // View connections may read but never write: their updates are dropped, whatever they hold.
          if (conn.canWrite) Y.applyUpdate(this.doc, message.update, conn)
          break
        case 'awareness':
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn)
          break
        case 'query-awareness':
          conn.socket.send(encodeAwareness(this.awareness, Array.from(this.awareness.getStates().keys())))
          break
        case 'auth':
          break
      }
    } catch (error) {
      const reason = error instanceof MalformedMessage ? error.message : `invalid update: ${(error as Error).message}`
      this.opts.log.warn({ session: this.id, role: conn.role, reason }, 'closing connection after bad message')
      this.disconnect(conn)
      conn.socket.close(CloseCode.malformed, reason.slice(0, 120))
    }
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
      for (const id of changes.removed) origin.awarenessIds.delete(id)
      if (origin.role !== 'view') this.recordParticipants(origin.role, [...changes.added, ...changes.updated])
    }
    // Sent to everyone, the sender too: y-websocket clients treat 30 s of silence as a dead link.
    const message = encodeAwareness(this.awareness, changed)
    for (const conn of this.connections) conn.socket.send(message)
  }

  /**
   * "Who took part" for the action plan: the names people chose, as their awareness says, with the role
   * of the link they came in by (never what the client claims).
   */
  private recordParticipants(role: 'join' | 'facilitator', clientIds: number[]): void {
    const board = BoardDoc.of(this.doc)
    for (const id of clientIds) {
      const user = (this.awareness.getStates().get(id) as { user?: { name?: unknown; color?: unknown } } | undefined)?.user
      if (typeof user?.name !== 'string' || user.name.trim() === '' || user.name.length > 80) continue
      const color = typeof user.color === 'string' && user.color.length <= 32 ? user.color : ''
      board.recordParticipant({ name: user.name, color, role, firstSeen: new Date().toISOString() }, 'server')
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

  private tryCompact(): void {
    try {
      this.compact()
    } catch (error) {
      this.opts.log.error({ session: this.id, err: (error as Error).message }, 'compaction failed; log kept')
    }
  }
}
