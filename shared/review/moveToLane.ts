// A status chosen for an action in the panel (or through the API) while its note sits in a Terugblik
// lane: the note moves to the lane of that status in the same Terugblik, at a free spot by the shared
// layout rule, so the board and the status say the same (the lane wins, see lanes.ts).
import type { ActionStatus } from '../actions/types.ts'
import { areaOf } from '../areas/membership.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { listAreasOf } from '../layout/areaRecords.ts'
import { placeNoteInArea } from '../layout/boardLayout.ts'
import { laneStatus, REVIEW_KIND } from './lanes.ts'

/**
 * The records to write so that note `noteId` sits in the lane for `status`: the note (and whatever the
 * lane's growth moved), or [] when the note is in no lane, already in the right one, or the Terugblik
 * has no lane for that status.
 */
export function moveToStatusLane(records: readonly BoardRecord[], noteId: string, status: ActionStatus, opts: { grow: boolean }): BoardRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const note = byId.get(noteId)
  if (!note) return []
  const areas = listAreasOf(records)
  const current = areaOf(note, areas, (id) => byId.get(id))
  if (laneStatus(current) === undefined || laneStatus(current) === status) return []
  const target = areas.find((a) => a.kind === REVIEW_KIND && a.instance === current!.instance && a.key === status)
  if (!target) return []
  const placed = placeNoteInArea(records, target.id, note, opts)
  return placed ? [placed.note, ...placed.also] : []
}
