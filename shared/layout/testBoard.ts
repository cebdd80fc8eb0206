// Test helpers: a board of records with one template on it, and the checks the layout rule promises.
import type { BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../board/initBoard.ts'
import { AREA_SHAPE, type AreaProps } from '../board/shapes/index.ts'
import { noteRecord } from '../board/noteRecord.ts'
import { areaContainsPoint, boxCenter, shapePageBounds } from '../areas/geometry.ts'
import { templateRecords } from '../templates/index.ts'
import type { Box, TemplateLayoutId } from '../templates/types.ts'
import { boxesOverlap } from './areaLayout.ts'
import { layoutAreaOf, notesInArea } from './boardLayout.ts'
import { estimateNotePropsFit, NOTE_HEIGHT } from './noteFit.ts'

let counter = 0
const newId = () => `t${++counter}`

export function templateBoard(layout: TemplateLayoutId): BoardRecord[] {
  const page = { id: FIRST_PAGE_ID, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
  return [page, ...templateRecords(layout, { existing: [], near: { x: 0, y: 0 }, newId }).records]
}

export function blankNote(text: string, id = `shape:${newId()}`): BoardRecord {
  return noteRecord({ id, text, x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a0' as never })
}

export function areasOf(records: readonly BoardRecord[]): BoardRecord[] {
  return records.filter((r) => r.type === AREA_SHAPE)
}

export function boxOf(records: readonly BoardRecord[], record: BoardRecord): Box {
  const byId = new Map(records.map((r) => [r.id, r]))
  return shapePageBounds(record, (id) => byId.get(id))!
}

export function merge(records: readonly BoardRecord[], put: readonly BoardRecord[]): BoardRecord[] {
  const map = new Map(records.map((r) => [r.id, r]))
  for (const r of put) map.set(r.id, r)
  return [...map.values()]
}

/** Everything the layout rule promises about the notes of one area, as a list of broken promises. */
export function layoutProblems(records: readonly BoardRecord[], areaId: string, expected: readonly string[]): string[] {
  const problems: string[] = []
  const byId = new Map(records.map((r) => [r.id, r]))
  const area = byId.get(areaId)!
  const areaBox = boxOf(records, area)
  const layout = layoutAreaOf(area, areaBox)
  const members = new Set(notesInArea(records, areaId).map((n) => n.id))
  const notes = expected.map((id) => byId.get(id)!)
  for (const note of notes) {
    const box = boxOf(records, note)
    if (!members.has(note.id)) problems.push(`${note.id} is not in the area`)
    if ((area.props as AreaProps).geometry === 'ring') {
      if (!areaContainsPoint(layout, areaBox, boxCenter(box))) problems.push(`${note.id}'s centre is outside the ring`)
    } else if (box.x < areaBox.x || box.y < areaBox.y || box.x + box.w > areaBox.x + areaBox.w || box.y + box.h > areaBox.y + areaBox.h) {
      problems.push(`${note.id} leaves the area`)
    }
    if (boxesOverlap(box, layout.header)) problems.push(`${note.id} covers the header`)
    const fit = estimateNotePropsFit(note.props as Record<string, unknown>)
    const p = note.props as { growY: number }
    if (p.growY < fit.growY) problems.push(`${note.id}: text needs ${NOTE_HEIGHT + fit.growY}, note is ${NOTE_HEIGHT + p.growY}`)
  }
  for (let i = 0; i < notes.length; i++) {
    for (let j = i + 1; j < notes.length; j++) {
      if (boxesOverlap(boxOf(records, notes[i]!), boxOf(records, notes[j]!))) problems.push(`${notes[i]!.id} overlaps ${notes[j]!.id}`)
    }
  }
  return problems
}

/** Areas of the board that overlap each other (nested rings and areas drawn inside others aside). */
export function areaOverlaps(records: readonly BoardRecord[]): string[] {
  const rects = areasOf(records).filter((a) => (a.props as AreaProps).geometry !== 'ring')
  const out: string[] = []
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      if (boxesOverlap(boxOf(records, rects[i]!), boxOf(records, rects[j]!))) out.push(`${rects[i]!.id} overlaps ${rects[j]!.id}`)
    }
  }
  return out
}
