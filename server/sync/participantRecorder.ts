// "Who took part" for the action plan: the names people chose, as their awareness says, with the role
// of the link they came in by (never what the client claims), written by the server into the
// `participants` root. Awareness costs a client nothing to change, so what it may add is bounded: a
// few names per connection (a rename or two), MAX_PARTICIPANTS per session, and never past the
// document size limit, like any client write (limits/docSize.ts).
import type * as Y from 'yjs'
import { cleanOrganisation, MAX_SHOWN_NAME_LENGTH } from '../../shared/api/participants.ts'
import { BoardDoc, participantKey, type Participant } from '../../shared/board/boardDoc.ts'
import { DocSize } from '../limits/docSize.ts'
import type { Logger } from '../log.ts'
import type { Role } from '../storage/types.ts'

/** Names one connection may add: its user's name and a couple of corrections of it. */
export const MAX_NAMES_PER_CONNECTION = 3
/**
 * Organisations one connection may set on names already recorded (a typo corrected, a role changed):
 * awareness is free to change, every change is a write to the document.
 */
export const MAX_ORGANISATION_CHANGES_PER_CONNECTION = 10
/** Far beyond any workshop in a town hall; a list this long is an attack, not a session. */
export const MAX_PARTICIPANTS = 500

const AUTHOR_ID = /^[A-Za-z0-9_-]{1,64}$/
/** Bytes a participant entry adds besides its JSON (Yjs item header, map key). */
const ENTRY_OVERHEAD = 64

/** What the recorder keeps per connection. */
export interface RecordingConnection {
  readonly role: Role
  /** Per awareness client id, the user (name, colour, author) last looked at. */
  readonly recordedUsers: Map<number, string>
  /** Participant keys (lower-cased names) this connection brought. */
  readonly recordedNames: Set<string>
}

export class ParticipantRecorder {
  private warnedFull = false
  /** Per connection, how many times it changed the organisation of a name already recorded. */
  private readonly organisationChanges = new WeakMap<RecordingConnection, number>()

  constructor(
    private readonly sessionId: string,
    private readonly doc: Y.Doc,
    private readonly maxDocBytes: number,
    private readonly log: Logger,
  ) {}

  record(conn: RecordingConnection, states: ReadonlyMap<number, unknown>, clientIds: Iterable<number>): void {
    if (conn.role === 'view') return
    const role = conn.role
    const board = BoardDoc.of(this.doc)
    for (const id of clientIds) {
      const user = (states.get(id) as { user?: { name?: unknown; color?: unknown; author?: unknown; organisation?: unknown } } | undefined)?.user
      // Cursor moves repeat the same user many times a second: only a new or changed one is looked at.
      const seen = `${String(user?.name)}\u0000${String(user?.color)}\u0000${String(user?.author)}\u0000${String(user?.organisation)}`
      if (conn.recordedUsers.get(id) === seen) continue
      conn.recordedUsers.set(id, seen)
      if (typeof user?.name !== 'string' || user.name.trim() === '' || user.name.length > MAX_SHOWN_NAME_LENGTH) continue
      const key = participantKey(user.name)
      if (!conn.recordedNames.has(key)) {
        if (conn.recordedNames.size >= MAX_NAMES_PER_CONNECTION) continue
        conn.recordedNames.add(key)
      }
      const color = typeof user.color === 'string' && user.color.length <= 32 ? user.color : ''
      const participant: Participant = { name: user.name, color, role, firstSeen: new Date().toISOString() }
      // The browser's author id (meta.createdBy on its notes), so the UI can tell whose notes are whose.
      if (typeof user.author === 'string' && AUTHOR_ID.test(user.author)) participant.authorId = user.author
      // Organisation or role as given with the name: one line, bounded (shared/api/participants.ts).
      const organisation = cleanOrganisation(user.organisation)
      if (organisation) participant.organisation = organisation
      if (!this.fits(board, key, participant)) continue
      const known = board.participantsMap.get(key)
      if (known && participant.organisation && known.organisation !== participant.organisation) {
        const changes = this.organisationChanges.get(conn) ?? 0
        if (changes >= MAX_ORGANISATION_CHANGES_PER_CONNECTION) delete participant.organisation
        else this.organisationChanges.set(conn, changes + 1)
      }
      board.recordParticipant(participant, 'server')
    }
  }

  private fits(board: BoardDoc, key: string, participant: Participant): boolean {
    const known = board.participantsMap.has(key)
    if (!known && board.participantsMap.size >= MAX_PARTICIPANTS) return this.full('participant list full')
    const bytes = Buffer.byteLength(JSON.stringify(participant)) + Buffer.byteLength(key) + ENTRY_OVERHEAD
    if (!DocSize.of(this.doc, this.maxDocBytes).admits(bytes)) return this.full('document at its size limit')
    return true
  }

  private full(why: string): false {
    if (!this.warnedFull) {
      this.warnedFull = true
      this.log.warn({ session: this.sessionId, why }, 'participant not recorded')
    }
    return false
  }
}
