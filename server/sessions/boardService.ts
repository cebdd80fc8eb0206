// What the API reads from and writes to a session's board: areas, outcomes, notes posted into areas.
// All reading goes through the pure functions in shared/, on the live Yjs document.
import { nanoid } from 'nanoid'
import { BoardDoc } from '../../shared/board/index.ts'
import { listAreas } from '../../shared/areas/index.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes, type Outcomes } from '../../shared/outcomes/index.ts'
import { addNoteToBoard } from '../../shared/templates/index.ts'
import type { Role } from '../../shared/api/types.ts'
import type { SilentRounds } from '../silent/silentRounds.ts'
import type { Rooms } from '../sync/rooms.ts'

export interface AreaSummary {
  id: string
  template: string
  /** The template instance the area belongs to (a vote's scope names it). */
  instance: string
  kind: string
  label: string
  lane?: 'now' | 'next'
}

export type AddNoteResult =
  | { ok: true; id: string; private: boolean }
  /** unknown-area: no such area; needs-participant: a silent round covers it and the caller is nobody in particular; storage: the disk refused. */
  | { ok: false; error: 'unknown-area' | 'needs-participant' | 'storage' }

export class BoardService {
  constructor(
    private readonly rooms: Rooms,
    private readonly silentRounds: SilentRounds,
  ) {}

  areas(sessionId: string, lang: Lang): Promise<AreaSummary[]> {
    return this.rooms.read(sessionId, (doc) =>
      listAreas(BoardDoc.of(doc), lang).map((area) => ({
        id: area.id,
        template: area.template,
        instance: area.instance,
        kind: area.kind,
        label: area.label,
        ...(area.lane ? { lane: area.lane } : {}),
      })),
    )
  }

  outcomes(sessionId: string, lang: Lang): Promise<Outcomes> {
    return this.rooms.read(sessionId, (doc) => readOutcomes(BoardDoc.of(doc), lang))
  }

  /**
   * A note inside the area (or near the board's content without one), covering no other note. While a
   * silent round covers it, it goes into the caller's private document (`participant`, from the
   * participant header) and stays with them until the reveal; a join link that names no participant
   * is refused then rather than showing the note to everyone.
   */
  async addNote(sessionId: string, text: string, areaId: string | undefined, caller: { role: Role; participant?: string }): Promise<AddNoteResult> {
    const id = `shape:${nanoid()}` as const
    if (await this.silentRounds.covers(sessionId, areaId)) {
      if (caller.participant) {
        const added = await this.silentRounds.addNote(sessionId, caller.participant, text, areaId, id)
        return added.ok ? { ok: true, id, private: true } : added
      }
      // The facilitator may put a note up for everyone during a round; a participant's stays theirs.
      if (caller.role !== 'facilitator') return { ok: false, error: 'needs-participant' }
    }
    return this.rooms.change(sessionId, (doc): AddNoteResult => {
      const board = BoardDoc.of(doc)
      // Nobody's browser wrote it: no author.
      const added = addNoteToBoard({ board, text, areaId, id, meta: { createdBy: null, createdAt: Date.now() } })
      if (!added.ok) return added
      board.apply({ put: [added.record, ...added.also] }, 'server')
      return { ok: true, id: added.record.id, private: false }
    })
  }
}
