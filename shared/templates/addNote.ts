// A sticky note added to a board from outside the editor (the HTTP API, the phone page): inside the
// chosen area, covering no other note, or near the board's content without one; above every other
// shape on its page. Pure: it returns the record and writes nothing (board.apply({ put: [record] })).
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../board/initBoard.ts'
import { NOTE_SIZE, noteRecord } from '../board/noteRecord.ts'
import { listAreas } from '../areas/areas.ts'
import { shapePageBounds } from '../areas/geometry.ts'
import { findFreeSpot, findSpotInArea } from './freeSpot.ts'
import { indicesAbove } from './place.ts'
import type { Box } from './types.ts'

export interface AddNoteInput {
  board: BoardDoc
  text: string
  /** An area id (the sb-area shape id); without one, a free spot near the board's content. */
  areaId?: string
  /** The new note's record id. */
  id: `shape:${string}`
  /** Goes into the note's meta, e.g. { createdBy, createdAt } (who wrote it, server clock). */
  meta?: Record<string, unknown>
  color?: string
  /**
   * Notes that are not on the board but take room all the same: the author's own notes in their
   * private document during a silent round (a second note must not land on the first).
   */
  alsoTaken?: readonly BoardRecord[]
}

export type AddNoteOutcome = { ok: true; record: BoardRecord } | { ok: false; error: 'unknown-area' }

export function addNoteToBoard(input: AddNoteInput): AddNoteOutcome {
  const { board, areaId } = input
  const all = input.alsoTaken?.length ? [...board.all(), ...input.alsoTaken] : board.all()
  const byId = new Map(all.map((r) => [r.id, r]))
  const area = areaId === undefined ? undefined : listAreas(board, 'nl').find((a) => a.id === areaId)
  if (areaId !== undefined && !area) return { ok: false, error: 'unknown-area' }
  const pageId = area?.pageId ?? firstPageId(all)
  const size = { w: NOTE_SIZE, h: NOTE_SIZE }
  // Inside an area, only other items count as taken (the area and its labels are where it goes);
  // outside, template structure is taken too.
  const others: Box[] = []
  for (const record of all) {
    if (record.typeName !== 'shape' || record.parentId !== pageId) continue
    if (area && (record.type === 'sb-area' || record.type === 'sb-label')) continue
    const box = shapePageBounds(record, (id) => byId.get(id))
    if (box) others.push(box)
  }
  const spot = area ? findSpotInArea(area.bounds, others, size) : findFreeSpot(others, size, { x: 0, y: 0 }, 40)
  const [index] = indicesAbove(all, pageId, 1)
  const note = noteRecord({ id: input.id, text: input.text, x: spot.x, y: spot.y, pageId, index: index!, color: input.color })
  const record = input.meta ? { ...note, meta: { ...(note.meta as object), ...input.meta } } : note
  return { ok: true, record }
}

function firstPageId(records: readonly BoardRecord[]): string {
  const pages = records.filter((r) => r.typeName === 'page').sort((a, b) => String(a.index).localeCompare(String(b.index)))
  return pages[0]?.id ?? FIRST_PAGE_ID
}
