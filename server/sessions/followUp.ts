// A working group meets again: the new board starts with the previous session's open actions on an
// action board, owners, due dates and status kept, so the group reviews progress and carries on.
import { nanoid } from 'nanoid'
import type { Action } from '../../shared/actions/index.ts'
import { BoardDoc, NOTE_SIZE, noteRecord, type BoardRecord } from '../../shared/board/index.ts'
import { placeNotesInArea, withTextFit } from '../../shared/layout/index.ts'
import { actionsAreaRecord } from '../../shared/templates/index.ts'
import { indicesAbove } from '../../shared/templates/place.ts'
import { carriedNoteText } from '../../shared/followUp/carriedNoteText.ts'

const COLUMNS = 4
const GAP = 40

/** Writes the carried-over actions into a board (inside the creating transaction). */
export function placeCarriedOverActions(board: BoardDoc, actions: readonly Action[], near: { x: number; y: number }): void {
  const open = actions.filter((a) => a.status !== 'done')
  if (open.length === 0) return
  const rows = Math.ceil(open.length / COLUMNS)
  const size = { w: COLUMNS * (NOTE_SIZE + GAP) + GAP, h: 130 + rows * (NOTE_SIZE + GAP) + GAP }
  const area = actionsAreaRecord({ existing: board.all(), near, size, labelKey: 'template.actions.carriedOver' })
  board.apply({ put: [area] }, 'server')
  const pageId = String(area.parentId)
  const indices = indicesAbove(board.all(), pageId, open.length)
  const notes: BoardRecord[] = open.map((action, i) => {
    const note = withTextFit(noteRecord({ id: `shape:${nanoid()}`, text: carriedNoteText(action), x: 0, y: 0, pageId, index: indices[i]! }))
    // Owner and due date also in the text, so the room reads them on the note (carriedNoteText.ts);
    // as they were in meta too: kept as hand edits, so nothing depends on re-parsing.
    return { ...note, meta: { action: { owner: action.owner, due: action.due, status: action.status }, carriedFrom: action.id } }
  })
  // The shared layout rule places them (long actions make taller notes; the area grows if it must).
  const put = placeNotesInArea(board.all(), area.id, notes, { grow: true })
  board.apply({ put }, 'server')
}
