// What the API reads from and writes to a session's board: areas, outcomes, notes posted into areas.
// All reading goes through the pure functions in shared/, on the live Yjs document.
import { nanoid } from 'nanoid'
import { BoardDoc } from '../../shared/board/index.ts'
import { listAreas } from '../../shared/areas/index.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes, type Outcomes } from '../../shared/outcomes/index.ts'
import { addNoteToBoard } from '../../shared/templates/index.ts'
import type { Rooms } from '../sync/rooms.ts'

export interface AreaSummary {
  id: string
  template: string
  kind: string
  label: string
  lane?: 'now' | 'next'
}

export type AddNoteResult = { ok: true; id: string } | { ok: false; error: 'unknown-area' }

export class BoardService {
  constructor(private readonly rooms: Rooms) {}

  areas(sessionId: string, lang: Lang): Promise<AreaSummary[]> {
    return this.rooms.read(sessionId, (doc) =>
      listAreas(BoardDoc.of(doc), lang).map((area) => ({
        id: area.id,
        template: area.template,
        kind: area.kind,
        label: area.label,
        ...(area.lane ? { lane: area.lane } : {}),
      })),
    )
  }

  outcomes(sessionId: string, lang: Lang): Promise<Outcomes> {
    return this.rooms.read(sessionId, (doc) => readOutcomes(BoardDoc.of(doc), lang))
  }

  /** A note inside the area (or near the board's content without one), covering no other note. */
  addNote(sessionId: string, text: string, areaId: string | undefined): Promise<AddNoteResult> {
    return this.rooms.change(sessionId, (doc): AddNoteResult => {
      const board = BoardDoc.of(doc)
      // Nobody's browser wrote it: no author, so a silent round hides it from participants like any
      // note made after the round started.
      const added = addNoteToBoard({ board, text, areaId, id: `shape:${nanoid()}`, meta: { createdBy: null, createdAt: Date.now() } })
      if (!added.ok) return added
      board.apply({ put: [added.record] }, 'server')
      return { ok: true, id: added.record.id }
    })
  }
}
