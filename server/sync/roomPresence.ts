// A room's awareness: who is here and where their cursors are, as the connections say (judged entry by
// entry in presenceGuard.ts), and the server's own state, which carries the storage state.
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { ServerAwarenessState, StorageState } from '../../shared/api/serverStatus.ts'
import type { Logger } from '../log.ts'
import type { Role } from '../storage/types.ts'
import { encodeAwareness, encodeAwarenessMessage } from './protocol.ts'
import { judgePresence } from './presenceGuard.ts'

/** What presence needs of a connection. */
export interface PresenceMember {
  readonly role: Role
  readonly socket: { send(data: Uint8Array): void }
  /** The awareness client ids it speaks for, until it closes. */
  readonly awarenessIds: Set<number>
}

export interface RoomPresenceOptions {
  sessionId: string
  doc: Y.Doc
  log: Logger
  /** Everyone to send presence to. */
  members: () => Iterable<PresenceMember>
  /** A member's states were added or changed (`changed`) or removed (`removed`). */
  onMemberChange: (member: PresenceMember, changed: number[], removed: number[]) => void
}

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness
  /** Which member speaks for each awareness client id. */
  private readonly owners = new Map<number, PresenceMember>()
  /** The member whose update is being applied, and the frame to pass on for it as it is. */
  private applying: { member: PresenceMember; frame: Uint8Array } | undefined

  constructor(private readonly opts: RoomPresenceOptions) {
    this.awareness = new awarenessProtocol.Awareness(opts.doc)
    // The server itself has no presence.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onUpdate)
  }

  /** Every state there is, as one message (for a newcomer, or a client that asks); undefined if none and `orNothing`. */
  everything(orNothing = false): Uint8Array | undefined {
    const ids = Array.from(this.awareness.getStates().keys())
    return orNothing && ids.length === 0 ? undefined : encodeAwareness(this.awareness, ids)
  }

  /** Applies what a member may say about presence, and nothing else. `frame` is the message it came in. */
  receive(member: PresenceMember, update: Uint8Array, frame: Uint8Array): void {
    const verdict = judgePresence(update, {
      role: member.role,
      serverClientId: this.awareness.clientID,
      owned: member.awarenessIds,
      ownedElsewhere: (id) => {
        const owner = this.owners.get(id)
        return owner !== undefined && owner !== member
      },
    })
    if (verdict.dropped > 0) {
      this.opts.log.debug({ session: this.opts.sessionId, role: member.role, dropped: verdict.dropped }, 'awareness entries dropped')
    }
    for (const id of verdict.claimed) {
      member.awarenessIds.add(id)
      this.owners.set(id, member)
    }
    if (!verdict.accepted) return
    // Passed on as the very frame it came in when all of it was accepted, else as the accepted entries.
    const forward = verdict.accepted === update ? frame : encodeAwarenessMessage(verdict.accepted)
    this.applying = { member, frame: forward }
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, verdict.accepted, member)
    } finally {
      this.applying = undefined
    }
  }

  /** A member left: its ids are free again, and its states gone for everyone. */
  release(member: PresenceMember): void {
    if (member.awarenessIds.size === 0) return
    for (const id of member.awarenessIds) this.owners.delete(id)
    awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(member.awarenessIds), null)
  }

  /**
   * The server's own awareness state carries the storage state: { server: { storage: 'failing' } } while
   * failing, no state when all is well. Presence lists ignore it (it has no `user`).
   */
  publishStorage(state: StorageState): void {
    const published: ServerAwarenessState | null = state === 'ok' ? null : { server: { storage: state } }
    this.awareness.setLocalState(published)
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate)
    this.awareness.destroy()
  }

  private onUpdate = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const from = this.applying && this.applying.member === origin ? this.applying : undefined
    if (from) this.opts.onMemberChange(from.member, [...changes.added, ...changes.updated], changes.removed)
    // Sent to everyone, the sender too: y-websocket clients treat 30 s of silence as a dead link. A
    // client's frame goes out as it came (it holds exactly these states; any stale one in it is ignored
    // by every receiver as it was here), saving a JSON round trip per cursor move.
    const message = from ? from.frame : encodeAwareness(this.awareness, [...changes.added, ...changes.updated, ...changes.removed])
    for (const member of this.opts.members()) member.socket.send(message)
  }
}
