// Which area a note, actor card or text belongs to. Participants drag notes around freely, so
// membership is derived from where things are, never stored: the same board always gives the same
// answer, on every client and on the server.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { AREA_SHAPE } from '../board/shapes/index.ts'
import type { Box } from '../templates/types.ts'
import type { AreaInfo } from './areas.ts'
import { areaContainsPoint, boxCenter, overlapArea, shapePageBounds, shapePageId, type ById } from './geometry.ts'

/** The shapes that are contributions to an area (as opposed to structure or decoration). */
const MEMBER_SHAPE_TYPES: ReadonlySet<string> = new Set(['note', 'sb-actor', 'text'])

export function isMemberShape(record: BoardRecord): boolean {
  return record.typeName === 'shape' && typeof record.type === 'string' && MEMBER_SHAPE_TYPES.has(record.type)
}

const boxArea = (box: Box): number => box.w * box.h

/**
 * The area an item belongs to:
 *  (a) the sb-area it is parented to, if any;
 *  (b) else the areas on its page whose geometry contains the centre of its page bounds (borders
 *      count), the smallest box winning, so a cluster drawn inside the ideas area takes its notes;
 *  (c) equal sizes (a note exactly on the line between two quadrants): the one overlapping the item
 *      most; then the first in `areas` (listAreas order), so the answer never depends on record order.
 * Undefined when it is in no area.
 */
export function areaOf(item: BoardRecord, areas: readonly AreaInfo[], byId: ById): AreaInfo | undefined {
  if (typeof item.parentId === 'string' && byId(item.parentId)?.type === AREA_SHAPE) {
    const parent = areas.find((a) => a.id === item.parentId)
    if (parent) return parent
  }
  const bounds = shapePageBounds(item, byId)
  const pageId = shapePageId(item, byId)
  if (!bounds || !pageId) return undefined
  const centre = boxCenter(bounds)
  let best: { area: AreaInfo; size: number; overlap: number } | undefined
  for (const area of areas) {
    if (area.id === item.id || area.pageId !== pageId || !areaContainsPoint(area, area.bounds, centre)) continue
    const size = boxArea(area.bounds)
    const overlap = overlapArea(area.bounds, bounds)
    // Strictly better only: on a full tie the earlier area (listAreas order) stays.
    if (!best || size < best.size || (size === best.size && overlap > best.overlap)) best = { area, size, overlap }
  }
  return best?.area
}

/** Reading order: top to bottom, then left to right (then id, so equal positions stay stable). */
function readingOrder(a: { box: Box; id: string }, b: { box: Box; id: string }): number {
  return a.box.y - b.box.y || a.box.x - b.box.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The notes, actor cards and texts in each area, each list in reading order. Every area has an entry,
 * empty when nothing is in it; items in no area are not listed.
 */
export function membersByArea(board: BoardDoc, areas: readonly AreaInfo[]): Map<string, BoardRecord[]> {
  const byId: ById = (id) => board.get(id)
  const placed = new Map<string, Array<{ record: BoardRecord; box: Box; id: string }>>(areas.map((a) => [a.id, []]))
  for (const record of board.all()) {
    if (!isMemberShape(record)) continue
    const area = areaOf(record, areas, byId)
    const box = shapePageBounds(record, byId)
    if (!area || !box) continue
    placed.get(area.id)!.push({ record, box, id: record.id })
  }
  const members = new Map<string, BoardRecord[]>()
  for (const [areaId, items] of placed)
    members.set(
      areaId,
      items.sort(readingOrder).map((item) => item.record),
    )
  return members
}
