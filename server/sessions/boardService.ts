// What the API reads from and writes to a session's board: areas, outcomes, notes posted into areas.
// All reading goes through the pure functions in shared/, on the live Yjs document.
import { nanoid } from 'nanoid'
import { BoardDoc, NOTE_SIZE, noteRecord, type BoardRecord } from '../../shared/board/index.ts'
import { listAreas, shapePageBounds } from '../../shared/areas/index.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import { readOutcomes, type Outcomes } from '../../shared/outcomes/index.ts'
import { findFreeSpot, findSpotInArea, type Box } from '../../shared/templates/index.ts'
import { indicesAbove } from '../../shared/templates/place.ts'
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
      const all = board.all()
      const byId = new Map(all.map((r) => [r.id, r]))
      const area = areaId === undefined ? undefined : listAreas(board, 'nl').find((a) => a.id === areaId)
      if (areaId !== undefined && !area) return { ok: false, error: 'unknown-area' }
      const pageId = area?.pageId ?? firstPageId(all)
      const size = { w: NOTE_SIZE, h: NOTE_SIZE }
      // Inside an area, only other items count as taken; outside, templates are taken too.
      const others: Box[] = []
      for (const record of all) {
        if (record.typeName !== 'shape' || record.parentId !== pageId) continue
        if (area && (record.type === 'sb-area' || record.type === 'sb-label')) continue
        const box = shapePageBounds(record, (id) => byId.get(id))
        if (box) others.push(box)
      }
      const spot = area ? findSpotInArea(area.bounds, others, size) : findFreeSpot(others, size, { x: 0, y: 0 }, 40)
      const id = `shape:${nanoid()}`
      const [index] = indicesAbove(all, pageId, 1)
      board.apply({ put: [noteRecord({ id, text, x: spot.x, y: spot.y, pageId, index: index! })] }, 'server')
      return { ok: true, id }
    })
  }
}

function firstPageId(records: readonly BoardRecord[]): string {
  const pages = records.filter((r) => r.typeName === 'page').sort((a, b) => String(a.index).localeCompare(String(b.index)))
  return pages[0]?.id ?? 'page:board'
}
