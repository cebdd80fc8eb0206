// The layout rule (areaLayout.ts) applied to board records: the one place that decides where a note
// goes in an area, for the notes API, the phone page, follow-up boards, the silent round's reveal and
// the browser (paste, drag-in, "Opruimen"). Pure: takes records, returns records to write.
import type { BoardRecord } from '../board/boardDoc.ts'
import { AREA_SHAPE, LABEL_SHAPE, type AreaProps } from '../board/shapes/index.ts'
import { areaOf, isMemberShape } from '../areas/membership.ts'
import { listAreasOf } from './areaRecords.ts'
import { shapePageBounds } from '../areas/geometry.ts'
import type { Box, Point } from '../templates/types.ts'
import { areaHeaderBox } from './areaHeader.ts'
import { boxesOverlap, findNoteSpot, tidyLayout, type LayoutArea } from './areaLayout.ts'
import { makeRoom } from './makeRoom.ts'
import { estimateNotePropsFit, NOTE_HEIGHT, NOTE_WIDTH } from './noteFit.ts'

export interface PlaceOptions {
  /** Whether this writer may make the area taller (and move what is below). */
  grow: boolean
}

/** The layout view of an sb-area record. */
export function layoutAreaOf(record: BoardRecord, bounds: Box): LayoutArea {
  const p = record.props as AreaProps
  const header = areaHeaderBox(p)
  return {
    bounds,
    header: { x: bounds.x + header.x, y: bounds.y + header.y, w: header.w, h: header.h },
    geometry: p.geometry ?? 'rect',
    ringInner: p.ringInner ?? 0,
    side: p.side ?? 'full',
  }
}

/** A note record with growY and fontSizeAdjustment set for its text (notes written without an editor). */
export function withTextFit(note: BoardRecord): BoardRecord {
  const props = note.props as Record<string, unknown>
  const fit = estimateNotePropsFit(props)
  return { ...note, props: { ...props, growY: fit.growY, fontSizeAdjustment: fit.fontSizeAdjustment } }
}

/** A note's page size from its props (scale and growY). */
function noteSize(note: BoardRecord): { w: number; h: number } {
  const p = note.props as Record<string, unknown>
  const scale = typeof p.scale === 'number' ? p.scale : 1
  const growY = typeof p.growY === 'number' ? p.growY : 0
  return { w: NOTE_WIDTH * scale, h: (NOTE_HEIGHT + growY) * scale }
}

/**
 * What a note in `area` must keep clear of: every shape on the area's page that overlaps the area,
 * except the area itself, areas around it and `skip` (the notes being placed or arranged); smaller
 * areas inside it (a cluster drawn in the ideas area) count, rings nested in a ring do not (their
 * boxes cover the ring's band).
 */
export function obstaclesIn(records: readonly BoardRecord[], areaRecord: BoardRecord, areaBox: Box, skip: ReadonlySet<string>): Box[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const ring = (areaRecord.props as AreaProps).geometry === 'ring'
  const boxes: Box[] = []
  for (const r of records) {
    if (r.typeName !== 'shape' || r.id === areaRecord.id || skip.has(r.id) || r.parentId !== areaRecord.parentId) continue
    const b = shapePageBounds(r, (id) => byId.get(id))
    if (!b || b.w * b.h === 0 || !boxesOverlap(b, areaBox)) continue
    if (r.type === AREA_SHAPE) {
      if (ring || (r.props as AreaProps).geometry === 'ring') continue
      const inside = b.x >= areaBox.x && b.y >= areaBox.y && b.x + b.w <= areaBox.x + areaBox.w && b.y + b.h <= areaBox.y + areaBox.h
      if (!inside || b.w * b.h >= areaBox.w * areaBox.h) continue
    }
    if (r.type === LABEL_SHAPE && ring) continue
    boxes.push(b)
  }
  return boxes
}

export interface Placement {
  /** The note, placed (and sized for its text when `fitText`). */
  note: BoardRecord
  /** Other records that change to make room (the area grown, what is below moved). */
  also: BoardRecord[]
}

/**
 * Places `note` (a record not yet on the board, or one to move) in the area `areaId` of `records`:
 * clear of every other note and of the header; the area grows when full and `opts.grow` allows.
 */
export function placeNoteInArea(records: readonly BoardRecord[], areaId: string, note: BoardRecord, opts: PlaceOptions): Placement | undefined {
  const byId = new Map(records.map((r) => [r.id, r]))
  const area = byId.get(areaId)
  if (!area || area.type !== AREA_SHAPE) return undefined
  const areaBox = shapePageBounds(area, (id) => byId.get(id))
  if (!areaBox) return undefined
  const layout = layoutAreaOf(area, areaBox)
  const size = noteSize(note)
  const spot = findNoteSpot(layout, obstaclesIn(records, area, areaBox, new Set([note.id])), size, opts.grow)
  // Coordinates of the note's parent: the page, as notes in areas are never nested.
  const placed = { ...note, x: spot.x, y: spot.y, parentId: area.parentId }
  return {
    note: placed,
    also: makeRoom(
      records.filter((r) => r.id !== note.id),
      areaId,
      spot.growBy,
    ),
  }
}

/**
 * Several notes into one area in turn (a follow-up's carried actions, a reveal), each placed with the
 * records as the previous ones left them. Returns every record to write, notes and grown structure.
 */
export function placeNotesInArea(records: readonly BoardRecord[], areaId: string, notes: readonly BoardRecord[], opts: PlaceOptions): BoardRecord[] {
  const current = new Map(records.map((r) => [r.id, r]))
  const written = new Map<string, BoardRecord>()
  for (const note of notes) {
    const placement = placeNoteInArea([...current.values()], areaId, note, opts)
    if (!placement) continue
    for (const r of [placement.note, ...placement.also]) {
      current.set(r.id, r)
      written.set(r.id, r)
    }
  }
  return [...written.values()]
}

/** The notes that belong to an area (by the shared membership rule), in reading order. */
export function notesInArea(records: readonly BoardRecord[], areaId: string): BoardRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const areas = listAreasOf(records)
  const target = areas.find((a) => a.id === areaId)
  if (!target) return []
  const lookup = (id: string) => byId.get(id)
  const members: Array<{ record: BoardRecord; at: Point }> = []
  for (const r of records) {
    if (!isMemberShape(r) || r.type !== 'note') continue
    if (areaOf(r, areas, lookup)?.id !== areaId) continue
    const b = shapePageBounds(r, lookup)
    if (b) members.push({ record: r, at: b })
  }
  return members.sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x || (a.record.id < b.record.id ? -1 : 1)).map((m) => m.record)
}

/**
 * "Opruimen": the area's notes in a grid, in reading order, clear of its header and of anything else
 * in it; the area grows when the grid needs more room and `opts.grow` allows. Returns the records to
 * write (nothing when there is nothing to tidy or no room may be made).
 */
export function tidyArea(records: readonly BoardRecord[], areaId: string, opts: PlaceOptions): BoardRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const area = byId.get(areaId)
  if (!area || area.type !== AREA_SHAPE) return []
  const areaBox = shapePageBounds(area, (id) => byId.get(id))
  if (!areaBox) return []
  // Only notes directly on the page are arranged (one in a group or frame moves with it).
  const notes = notesInArea(records, areaId).filter((n) => n.parentId === area.parentId)
  if (notes.length === 0) return []
  const skip = new Set(notes.map((n) => n.id))
  const layout = layoutAreaOf(area, areaBox)
  const plan = tidyLayout(
    layout,
    notes.map((n) => ({ id: n.id, ...noteSize(n) })),
    obstaclesIn(records, area, areaBox, skip),
    opts.grow,
  )
  if (plan.positions.size === 0) return []
  // The notes leave for their new places before room is made: what moves down is what was below.
  const others = records.filter((r) => !skip.has(r.id))
  const grown = makeRoom(others, areaId, plan.growBy)
  const moved = notes.map((n) => ({ ...n, ...plan.positions.get(n.id)! }))
  return [...grown, ...moved.filter((n, i) => n.x !== notes[i]!.x || n.y !== notes[i]!.y)]
}
