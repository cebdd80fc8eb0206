// One client's connection to a room, as the room sees it: the socket (any object with send/close: a
// WebSocket, a test's stand-in, a connection relayed from another process) and what the room keeps per
// connection between frames.
import type { Role } from '../storage/types.ts'
import type { Incoming } from './protocol.ts'
import type { Room } from './room.ts'

export interface RoomSocket {
  send(data: Uint8Array): void
  close(code: number, reason: string): void
}

export class Connection {
  /** The awareness client ids this connection speaks for (presenceGuard.ts), until it closes. */
  readonly awarenessIds = new Set<number>()
  /** Per awareness client id, the user (name, colour, author) last recorded as a participant. */
  readonly recordedUsers = new Map<number, string>()
  /** Participant names this connection brought (participantRecorder.ts bounds them). */
  readonly recordedNames = new Set<string>()
  /** The state vector of a sync step 1 not answered yet: the room held a change back (commitQueue.ts). */
  syncWaiting: Uint8Array | undefined
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
