// One participant's private document during silent rounds (see shared/board/privateDoc.ts), and the
// connections of that participant's tabs to it. Like a board room (sync/room.ts) but smaller, and
// stricter about the disk: an update is written to storage BEFORE it is applied or passed on, so
// nothing anyone saw is ever uncommitted; when the disk refuses, the update is not applied and the
// connection is closed with 4503 (the browser keeps the note and sends it again on reconnecting).
// Storage is asynchronous, so the room takes one thing at a time (sessionQueue.ts): a frame from a tab,
// a change of the server's or a compaction waits until the one before it is stored and applied, and
// each update is judged against everything stored before it. (The board's commit queue, which applies
// first and holds what the disk refused, does not fit here: one person's few updates need no group
// commit, and a refused one is simply not applied.)
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../../shared/board/boardDoc.ts'
import { DocSize } from '../limits/docSize.ts'
import type { Logger } from '../log.ts'
import { SessionQueue } from '../storage/sessionQueue.ts'
import type { DocStorage } from '../storage/types.ts'
import { CloseCode, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage, type Incoming } from '../sync/protocol.ts'
import type { RoomSocket } from '../sync/room.ts'
import { analyseUpdate } from '../sync/updateGuard.ts'
import { judgePrivateUpdate } from './privatePolicy.ts'

/** A client asked to resend its whole difference is not asked again sooner than this. */
const RESYNC_INTERVAL_MS = 2000
/** y-protocols' encoding of an update that changes nothing (sync step 2 of a client with nothing new). */
const EMPTY_UPDATE_BYTES = 2

export interface PrivateRoomOptions {
  sessionId: string
  participant: string
  doc: Y.Doc
  /** Keyed by participant id (one storage per session). */
  storage: DocStorage
  log: Logger
  compactBytes: number
  /** Largest encoded document an update may grow it to (4413 past it). */
  maxDocBytes: number
  /** After every committed change, from a client or the server. */
  onChange: (room: PrivateRoom) => void
  /** When its last connection left. */
  onEmpty: (room: PrivateRoom) => void
}

export class PrivateConnection {
  outOfStep = false
  resyncAskedAt = -Infinity
  constructor(
    readonly room: PrivateRoom,
    readonly socket: RoomSocket,
  ) {}
}

export class PrivateRoom {
  readonly connections = new Set<PrivateConnection>()
  readonly board: BoardDoc
  /** Frames, server changes and compactions, one at a time (keyed by the participant: one key). */
  private readonly turns = new SessionQueue()
  /** Turns asked for and not finished. */
  private waiting = 0

  constructor(private readonly opts: PrivateRoomOptions) {
    this.board = BoardDoc.of(opts.doc)
    opts.doc.on('update', this.onDocUpdate)
  }

  get sessionId(): string {
    return this.opts.sessionId
  }

  get participant(): string {
    return this.opts.participant
  }

  get doc(): Y.Doc {
    return this.opts.doc
  }

  /** Anything asked of the room not finished yet (it is not unloaded meanwhile). */
  get busy(): boolean {
    return this.waiting > 0
  }

  /** The notes it holds. */
  records(): BoardRecord[] {
    return this.board.all()
  }

  connect(socket: RoomSocket): PrivateConnection {
    const conn = new PrivateConnection(this, socket)
    this.connections.add(conn)
    socket.send(encodeSyncStep1(this.opts.doc))
    return conn
  }

  disconnect(conn: PrivateConnection): void {
    if (!this.connections.delete(conn)) return
    if (this.connections.size === 0) this.opts.onEmpty(this)
  }

  /** One frame from one of the participant's tabs, handled in its turn; a malformed or forbidden one closes that tab only. */
  receive(conn: PrivateConnection, data: Uint8Array): Promise<void> {
    return this.inTurn(() => this.handle(conn, data)).catch((error: unknown) => {
      this.opts.log.error({ session: this.opts.sessionId, err: (error as Error).message }, 'private notes: cannot handle a message')
    })
  }

  private async handle(conn: PrivateConnection, data: Uint8Array): Promise<void> {
    if (!this.connections.has(conn)) return
    let message: Incoming
    try {
      message = parseMessage(data)
      switch (message.kind) {
        case 'sync-step1':
          conn.socket.send(encodeSyncStep2(this.opts.doc, message.stateVector))
          return
        case 'sync-step2':
        case 'sync-update':
          return await this.receiveUpdate(conn, message.update, message.kind === 'sync-step2')
        case 'awareness':
          // Nobody else sees it; sent back so the browser's provider hears from us (it reconnects after
          // 30 s of silence, and renews its awareness every 15 s).
          conn.socket.send(data)
          return
        case 'query-awareness':
        case 'auth':
          return
      }
    } catch (error) {
      this.close(conn, CloseCode.malformed, (error as Error).message)
    }
  }

  /**
   * A change made by the server (a note posted through the API, the reveal emptying it): made on a
   * copy, stored, then applied, so the same rule holds as for clients. False when the disk refused.
   */
  change(fn: (board: BoardDoc, doc: Y.Doc) => void): Promise<boolean> {
    return this.inTurn(async () => {
      const scratch = new Y.Doc({ gc: true })
      try {
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.opts.doc))
        scratch.transact(() => fn(new BoardDoc(scratch), scratch))
        const diff = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(this.opts.doc))
        if (!(await this.commit(diff))) return false
        Y.applyUpdate(this.opts.doc, diff, 'server')
        return true
      } finally {
        scratch.destroy()
      }
    })
  }

  /** Writes the whole state as a snapshot and empties the log, in its turn (never beside an append). */
  compact(): Promise<void> {
    return this.inTurn(() => this.opts.storage.compact(this.opts.participant, Y.encodeStateAsUpdate(this.opts.doc)))
  }

  /** Closes every connection (the session deleted, the server shutting down). */
  closeAll(code: number, reason: string): void {
    for (const conn of Array.from(this.connections)) {
      this.connections.delete(conn)
      conn.socket.close(code, reason)
    }
  }

  destroy(): void {
    this.opts.doc.off('update', this.onDocUpdate)
    this.opts.doc.destroy()
  }

  private async receiveUpdate(conn: PrivateConnection, update: Uint8Array, wholeDifference: boolean): Promise<void> {
    if (update.byteLength <= EMPTY_UPDATE_BYTES) return
    if (!DocSize.of(this.opts.doc, this.opts.maxDocBytes).admits(update.byteLength)) {
      return this.close(conn, CloseCode.tooLarge, 'private notes too large')
    }
    const verdict = judgePrivateUpdate(analyseUpdate(this.opts.doc, update))
    switch (verdict.do) {
      case 'close':
        return this.close(conn, verdict.code, verdict.reason)
      case 'resync':
        conn.outOfStep = true
        return this.askResync(conn)
      case 'apply':
        if (conn.outOfStep && !wholeDifference) return this.askResync(conn)
        if (!(await this.commit(update))) return this.close(conn, CloseCode.storageUnavailable, 'cannot store your notes now; retrying')
        // Stored: applied and passed on even if the tab left meanwhile.
        Y.applyUpdate(this.opts.doc, update, conn)
        conn.outOfStep = false
    }
  }

  private async inTurn<T>(op: () => T | Promise<T>): Promise<T> {
    this.waiting++
    try {
      return await this.turns.run(this.opts.participant, op)
    } finally {
      this.waiting--
    }
  }

  /** Appends to the log: true once it is stored. */
  private async commit(update: Uint8Array): Promise<boolean> {
    try {
      await this.opts.storage.append(this.opts.participant, update)
      return true
    } catch (error) {
      this.opts.log.error({ session: this.opts.sessionId, err: (error as Error).message }, 'cannot store private notes; update not applied')
      return false
    }
  }

  private askResync(conn: PrivateConnection): void {
    const now = performance.now()
    if (now - conn.resyncAskedAt < RESYNC_INTERVAL_MS) return
    conn.resyncAskedAt = now
    conn.socket.send(encodeSyncStep1(this.opts.doc))
  }

  private close(conn: PrivateConnection, code: number, reason: string): void {
    this.opts.log.warn({ session: this.opts.sessionId, code, reason }, 'closing private-notes connection')
    this.disconnect(conn)
    conn.socket.close(code, reason.slice(0, 120))
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const message = encodeUpdate(update)
    for (const conn of this.connections) if (conn !== origin) conn.socket.send(message)
    this.opts.onChange(this)
    if (this.opts.storage.logBytes(this.opts.participant) > this.opts.compactBytes) {
      // After the turn that stored this update.
      this.compact().catch((error: unknown) => {
        this.opts.log.error({ session: this.opts.sessionId, err: (error as Error).message }, 'private notes: compaction failed; log kept')
      })
    }
  }
}
