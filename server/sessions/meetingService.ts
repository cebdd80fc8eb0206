// The meeting a session is: its title, when and where it is held, the next meeting (PATCH
// /api/sessions/:id, kept in the session record), and who took part as the facilitator confirms it
// (PATCH /api/sessions/:id/participants/:name, written by the server into the board's participants
// map, which no client may write). The rules are in shared/sessions/meeting.ts and shared/api/participants.ts.
import type { MeetingDetails } from '../../shared/api/types.ts'
import { validateParticipantPatch } from '../../shared/api/participants.ts'
import { BoardDoc, type Participant } from '../../shared/board/boardDoc.ts'
import { meetingDetailsOf, validateMeetingPatch } from '../../shared/sessions/meeting.ts'
import type { SessionRepository } from '../storage/sessionRepository.ts'
import type { Rooms } from '../sync/rooms.ts'

/** What PATCH /api/sessions/:id answers: the session's title and its meeting details ({} when none). */
export interface MeetingAnswer {
  id: string
  title: string
  meeting: MeetingDetails
}

export type MeetingOutcome<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; message: string }

export class MeetingService {
  constructor(
    private readonly store: SessionRepository,
    private readonly rooms: Rooms,
    /** The title limit of POST /api/sessions (MAX_TITLE_LENGTH). */
    private readonly maxTitleLength: number,
  ) {}

  /** Checks the body and stores it (on disk before answering). */
  async update(sessionId: string, body: unknown): Promise<MeetingOutcome<MeetingAnswer>> {
    const valid = validateMeetingPatch(body, this.maxTitleLength)
    if (!valid.ok) return { ok: false, status: 400, message: valid.message }
    const record = await this.store.update(sessionId, valid.patch)
    if (!record) return { ok: false, status: 404, message: 'no such session' }
    return { ok: true, value: { id: record.id, title: record.title, meeting: meetingDetailsOf(record) ?? {} } }
  }

  /** Marks a recorded name as not a participant, or takes the mark away. */
  async setExcluded(sessionId: string, name: string, body: unknown): Promise<MeetingOutcome<Participant>> {
    const valid = validateParticipantPatch(body)
    if (!valid.ok) return { ok: false, status: 400, message: valid.message }
    const changed = await this.rooms.change(sessionId, (doc) => BoardDoc.of(doc).setParticipantExcluded(name, valid.excluded, 'server'))
    if (!changed) return { ok: false, status: 404, message: `no participant "${name}" on this board` }
    return { ok: true, value: changed }
  }
}
