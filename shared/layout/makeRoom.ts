// An area that fills up grows downwards, and what is below it moves down by as much, so it never
// comes to overlap the rest of its template or another template. The choice, and why:
//  - DOWN, not sideways: templates are placed side by side (placeTemplatesSideBySide), and every
//    template reads top to bottom, so room below is the cheapest to make and keeps reading order.
//  - The areas of the same template in the same row (same top and bottom) grow along (the other lane
//    of a ladder rung, the other columns of the vision board), so its rows and columns stay aligned;
//    an area that merely ends on the same line (the brainstorm's lower cluster) does not.
//  - Everything on the page that starts below that line, within the template's width, moves down
//    (the rungs below with their notes, axis labels, a template placed underneath); so does every
//    note that belongs to an area that moves. Templates beside it do not move.
// Pure: returns the changed records; the caller writes them with the note, in one transaction.
import type { BoardRecord } from '../board/boardDoc.ts'
import { AREA_SHAPE, LABEL_SHAPE } from '../board/shapes/index.ts'
import { areaContainsPoint, boxCenter, shapePageBounds, type AreaGeometry } from '../areas/geometry.ts'
import type { Box } from '../templates/types.ts'

type Props = Record<string, unknown>

function propsOf(record: BoardRecord): Props {
  return typeof record.props === 'object' && record.props !== null ? (record.props as Props) : {}
}

function isStructure(record: BoardRecord): boolean {
  return record.typeName === 'shape' && (record.type === AREA_SHAPE || record.type === LABEL_SHAPE)
}

/**
 * The records that change when area `areaId` grows by `growBy` page units: the area and its row
 * partners taller, everything below moved down. Only shapes directly on the area's page move (a
 * shape in a frame or group moves with it).
 */
export function makeRoom(records: readonly BoardRecord[], areaId: string, growBy: number): BoardRecord[] {
  if (growBy <= 0) return []
  const byId = new Map(records.map((r) => [r.id, r]))
  const area = byId.get(areaId)
  if (!area || area.type !== AREA_SHAPE) return []
  const pageId = area.parentId
  const bounds = (r: BoardRecord) => shapePageBounds(r, (id) => byId.get(id))
  const areaBox = bounds(area)
  if (!areaBox) return []
  const line = areaBox.y + areaBox.h
  const instance = propsOf(area).instance
  const onPage = records.filter((r) => r.typeName === 'shape' && r.parentId === pageId)
  const boxes = new Map<string, Box>()
  for (const r of onPage) {
    const b = bounds(r)
    if (b) boxes.set(r.id, b)
  }

  // Areas of the same template in the same row grow along.
  const growing = new Set<string>([areaId])
  for (const r of onPage) {
    if (r.type !== AREA_SHAPE || propsOf(r).instance !== instance) continue
    const b = boxes.get(r.id)!
    if (Math.abs(b.y + b.h - line) < 1 && Math.abs(b.y - areaBox.y) < 1) growing.add(r.id)
  }

  // The template's width: its structure's x-range (a lone area: its own).
  let left = areaBox.x
  let right = areaBox.x + areaBox.w
  for (const r of onPage) {
    if (!isStructure(r) || propsOf(r).instance !== instance) continue
    const b = boxes.get(r.id)!
    left = Math.min(left, b.x)
    right = Math.max(right, b.x + b.w)
  }

  const moving = new Set<string>()
  for (const r of onPage) {
    if (growing.has(r.id)) continue
    const b = boxes.get(r.id)
    if (b && b.y >= line - 0.5 && b.x < right && left < b.x + b.w) moving.add(r.id)
  }
  // A template below that is wider than this one moves as a whole.
  const movedInstances = new Set(onPage.filter((r) => moving.has(r.id) && isStructure(r)).map((r) => propsOf(r).instance))
  movedInstances.delete(instance)
  for (const r of onPage) if (isStructure(r) && movedInstances.has(propsOf(r).instance)) moving.add(r.id)
  // Notes and cards go with the area they are in, even when they started a little above its top.
  const movingAreas = onPage.filter((r) => r.type === AREA_SHAPE && moving.has(r.id))
  for (const r of onPage) {
    if (moving.has(r.id) || growing.has(r.id) || r.type === AREA_SHAPE || r.type === LABEL_SHAPE) continue
    const b = boxes.get(r.id)
    if (!b) continue
    const centre = boxCenter(b)
    if (movingAreas.some((a) => areaContainsPoint(areaGeometry(a), boxes.get(a.id)!, centre))) moving.add(r.id)
  }

  const changed: BoardRecord[] = []
  for (const r of onPage) {
    if (growing.has(r.id)) changed.push({ ...r, props: { ...propsOf(r), h: (propsOf(r).h as number) + growBy } })
    else if (moving.has(r.id)) changed.push({ ...r, y: (r.y as number) + growBy })
  }
  return changed
}

function areaGeometry(record: BoardRecord): AreaGeometry {
  const p = propsOf(record)
  return {
    geometry: p.geometry === 'ring' ? ('ring' as const) : ('rect' as const),
    ringInner: typeof p.ringInner === 'number' ? p.ringInner : 0,
    side: p.side === 'left' ? 'left' : p.side === 'right' ? 'right' : 'full',
  }
}
