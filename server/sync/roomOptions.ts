// What a room is made with (rooms.ts makes them; tests make their own).
import type * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { DocStorage } from '../storage/types.ts'
import type { Room } from './room.ts'

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
  /** Every stored update as it is published, with its origin (lifecycle hooks: rooms.ts RoomHooks). */
  onUpdate?: (room: Room, update: Uint8Array, origin: unknown) => void
  /** Awareness states changed (lifecycle hooks). */
  onAwareness?: (room: Room, changed: readonly number[]) => void
  /** Load found and set aside a damaged file: tell the clients until the room is unloaded. */
  repaired?: boolean
  /** Largest encoded document (limits/docSize.ts) any write, a client's or the server's, may grow it to. */
  maxDocBytes?: number
  /** How long loading the document from storage took (ms): logged with the first sync served. */
  loadMs?: number
}
