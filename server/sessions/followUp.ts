// A working group meets again: the new board starts with the previous session's actions, owners, due
// dates and status kept, so the group reviews progress and carries on. With a Terugblik among the new
// board's templates, every carried action goes into the lane of its status (done and dropped ones too,
// for the room to confirm); without one, the open and in-progress ones go into an action area of their own.
import type { IndexKey } from '@tldraw/utils'
import { nanoid } from 'nanoid'
import type { Action, ActionStatus } from '../../shared/actions/index.ts'
import { listAreas } from '../../shared/areas/index.ts'
import { type BoardDoc, NOTE_SIZE, noteRecord, type BoardRecord } from '../../shared/board/index.ts'
import { placeNotesInArea, withTextFit } from '../../shared/layout/index.ts'
import { actionsAreaRecord } from '../../shared/templates/index.ts'
import { indicesAbove } from '../../shared/templates/place.ts'
import { carriedNoteText } from '../../shared/followUp/carriedNoteText.ts'
import { isClosed } from '../../shared/followUp/carryOver.ts'
import { laneStatus } from '../../shared/review/lanes.ts'

const COLUMNS = 4
const GAP = 40

/** The status lanes of the first Terugblik on the board (status → area), or undefined without one. */
function reviewLanes(board: BoardDoc): Map<ActionStatus, { id: string; pageId: string }> | undefined {
  const areas = listAreas(board, 'nl')
  const first = areas.find((a) => laneStatus(a) !== undefined)
  if (!first) return undefined
  const lanes = new Map<ActionStatus, { id: string; pageId: string }>()
  for (const area of areas) {
    const status = laneStatus(area)
    if (status && area.instance === first.instance && !lanes.has(status)) lanes.set(status, { id: area.id, pageId: area.pageId })
  }
  return lanes
}

function carriedNote(action: Action, pageId: string, index: IndexKey): BoardRecord {
  const note = withTextFit(noteRecord({ id: `shape:${nanoid()}`, text: carriedNoteText(action), x: 0, y: 0, pageId, index }))
  // Owner and due date also in the text, so the room reads them on the note (carriedNoteText.ts);
  // as they were in meta too: kept as hand edits, so nothing depends on re-parsing. carriedStatus
  // remembers how it arrived, so that a next follow-up knows what was closed before (carryOver.ts).
  return {
    ...note,
    meta: { action: { owner: action.owner, due: action.due, status: action.status }, carriedFrom: action.id, carriedStatus: action.status },
  }
}

/** Writes the carried-over actions into a board (inside the creating transaction). */
export function placeCarriedOverActions(board: BoardDoc, actions: readonly Action[], near: { x: number; y: number }): void {
  const lanes = reviewLanes(board)
  if (lanes) return placeInLanes(board, actions, lanes)
  const open = actions.filter((a) => !isClosed(a.status))
  if (open.length === 0) return
  const rows = Math.ceil(open.length / COLUMNS)
  const size = { w: COLUMNS * (NOTE_SIZE + GAP) + GAP, h: 130 + rows * (NOTE_SIZE + GAP) + GAP }
  const area = actionsAreaRecord({ existing: board.all(), near, size, labelKey: 'template.actions.carriedOver' })
  board.apply({ put: [area] }, 'server')
  const pageId = String(area.parentId)
  const indices = indicesAbove(board.all(), pageId, open.length)
  const notes = open.map((action, i) => carriedNote(action, pageId, indices[i]!))
  // The shared layout rule places them (long actions make taller notes; the area grows if it must).
  const put = placeNotesInArea(board.all(), area.id, notes, { grow: true })
  board.apply({ put }, 'server')
}

/** Each action into the lane of its status, in the order they were listed; lanes grow as they fill. */
function placeInLanes(board: BoardDoc, actions: readonly Action[], lanes: Map<ActionStatus, { id: string; pageId: string }>): void {
  for (const [status, lane] of lanes) {
    const mine = actions.filter((a) => a.status === status)
    if (mine.length === 0) continue
    const indices = indicesAbove(board.all(), lane.pageId, mine.length)
    const notes = mine.map((action, i) => carriedNote(action, lane.pageId, indices[i]!))
    board.apply({ put: placeNotesInArea(board.all(), lane.id, notes, { grow: true }) }, 'server')
  }
}
