// A sticky note added to a board from outside the editor (the HTTP API, the phone page): inside the
// chosen area by the shared layout rule (shared/layout: covering no other note nor the area's title,
// the area growing when full), or near the board's content without one; above every other shape on
// its page; as tall as its text needs (growY, as tldraw would make it). Pure: it returns the records
// and writes nothing (board.apply({ put: [record, ...also] })).
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../board/initBoard.ts'
import { NOTE_SIZE, noteRecord } from '../board/noteRecord.ts'
import { listAreas } from '../areas/areas.ts'
import { shapePageBounds } from '../areas/geometry.ts'
import { placeNoteInArea, withTextFit } from '../layout/boardLayout.ts'
import { findFreeSpot } from './freeSpot.ts'
import { indicesAbove } from './place.ts'
import type { Box } from './types.ts'

/** The longest text a note added this way may have (POST …/notes answers 400 past it; the phone's field stops there). */
export const MAX_NOTE_TEXT = 2000

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
  /**
   * Whether the area may grow (and what is below it move) to make room; false for a writer the
   * structure lock holds back, whose whole update the server would refuse. Default true.
   */
  grow?: boolean
}

export type AddNoteOutcome = { ok: true; record: BoardRecord; also: BoardRecord[] } | { ok: false; error: 'unknown-area' }

export function addNoteToBoard(input: AddNoteInput): AddNoteOutcome {
  const { board, areaId } = input
  const all = input.alsoTaken?.length ? [...board.all(), ...input.alsoTaken] : board.all()
  const byId = new Map(all.map((r) => [r.id, r]))
  const area = areaId === undefined ? undefined : listAreas(board, 'nl').find((a) => a.id === areaId)
  if (areaId !== undefined && !area) return { ok: false, error: 'unknown-area' }
  const pageId = area?.pageId ?? firstPageId(all)
  const [index] = indicesAbove(all, pageId, 1)
  const made = withTextFit(noteRecord({ id: input.id, text: input.text, x: 0, y: 0, pageId, index: index!, color: input.color }))
  const note = input.meta ? { ...made, meta: { ...(made.meta as object), ...input.meta } } : made
  if (area) {
    const placed = placeNoteInArea(all, area.id, note, { grow: input.grow ?? true })
    if (placed) return { ok: true, record: placed.note, also: placed.also.filter((r) => board.get(r.id) !== undefined) }
  }
  // No area: near the board's content, clear of everything (template structure included).
  const others: Box[] = []
  for (const record of all) {
    if (record.typeName !== 'shape' || record.parentId !== pageId) continue
    const box = shapePageBounds(record, (id) => byId.get(id))
    if (box) others.push(box)
  }
  const spot = findFreeSpot(others, { w: NOTE_SIZE, h: NOTE_SIZE + ((note.props as { growY: number }).growY ?? 0) }, { x: 0, y: 0 }, 40)
  return { ok: true, record: { ...note, x: spot.x, y: spot.y }, also: [] }
}

function firstPageId(records: readonly BoardRecord[]): string {
  const pages = records.filter((r) => r.typeName === 'page').sort((a, b) => String(a.index).localeCompare(String(b.index)))
  return pages[0]?.id ?? FIRST_PAGE_ID
}
