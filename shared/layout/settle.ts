// Notes that arrive where they may sit on others (a silent round's reveal, a paste, a note dragged
// into an area): each one that overlaps another note of its area or the area's header is moved to a
// free spot by the layout rule; the rest stay exactly where their author put them.
import type { BoardRecord } from '../board/boardDoc.ts'
import { areaOf } from '../areas/membership.ts'
import { shapePageBounds } from '../areas/geometry.ts'
import { boxesOverlap } from './areaLayout.ts'
import { listAreasOf } from './areaRecords.ts'
import { layoutAreaOf, obstaclesIn, placeNoteInArea, type PlaceOptions } from './boardLayout.ts'

/** Whether the note (in `records`) sits on another shape of its area or on the area's header; its area id. */
function crowdedIn(records: readonly BoardRecord[], noteId: string): string | undefined {
  const byId = new Map(records.map((r) => [r.id, r]))
  const note = byId.get(noteId)
  if (note?.type !== 'note') return undefined
  const lookup = (id: string) => byId.get(id)
  const area = areaOf(note, listAreasOf(records), lookup)
  const box = shapePageBounds(note, lookup)
  // Only notes on the area's page level are moved (one in a frame or group goes with it).
  if (!area || !box || note.parentId !== area.pageId) return undefined
  const areaRecord = byId.get(area.id)!
  const layout = layoutAreaOf(areaRecord, area.bounds)
  const others = obstaclesIn(records, areaRecord, area.bounds, new Set([noteId]))
  const crowded = others.some((o) => boxesOverlap(box, o)) || boxesOverlap(box, layout.header)
  return crowded ? area.id : undefined
}

/**
 * The records to write so that none of `noteIds` (already in `records`) sits on another: each crowded
 * one placed anew, in the order given, each seeing where the previous ones went.
 */
export function settleNotes(records: readonly BoardRecord[], noteIds: readonly string[], opts: PlaceOptions): BoardRecord[] {
  const current = new Map(records.map((r) => [r.id, r]))
  const written = new Map<string, BoardRecord>()
  for (const id of noteIds) {
    const all = [...current.values()]
    const areaId = crowdedIn(all, id)
    if (!areaId) continue
    const placement = placeNoteInArea(all, areaId, current.get(id)!, opts)
    if (!placement) continue
    for (const r of [placement.note, ...placement.also]) {
      current.set(r.id, r)
      written.set(r.id, r)
    }
  }
  return [...written.values()]
}
