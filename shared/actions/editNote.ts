// One hand edit of a note's action (owner, due date, status) as the records to write: the rule the
// canvas (client/src/actions/edits.ts, through the editor), the list view (client/src/listview, straight
// into the board document) and the API's PATCH share, so they cannot drift apart:
//   the patch is checked as the API checks it (validateActionPatch); the note's meta.action takes it and
//   its text is rewritten where it spells an owner or date (applyActionEdit); a status chosen for a note
//   in a Terugblik lane moves it to that status's lane (moveToStatusLane), since there the lane wins.
import type { BoardRecord } from '../board/boardDoc.ts'
import { moveToStatusLane } from '../review/moveToLane.ts'
import { validateActionPatch } from './edit.ts'
import { applyActionEdit, type NoteEditContext } from './noteTextEdit.ts'

export type ActionEditPlan =
  | { ok: true /** The note first, then whatever a lane's growth moved. */; put: BoardRecord[] }
  | { ok: false; error: 'unknown-note' | 'invalid'; message: string }

/**
 * `records`: the note's page or the whole board (the Terugblik's lanes are read from them). `grow`:
 * whether a full lane may grow to take the note (not while the structure lock holds this person back).
 * The records given are not touched.
 */
export function planActionEdit(
  records: readonly BoardRecord[],
  noteId: string,
  patch: unknown,
  context: NoteEditContext,
  opts: { grow: boolean },
): ActionEditPlan {
  const valid = validateActionPatch(patch)
  if (!valid.ok) return { ok: false, error: 'invalid', message: valid.message }
  const note = records.find((r) => r.id === noteId)
  if (note?.type !== 'note') return { ok: false, error: 'unknown-note', message: `no note ${noteId}` }
  const edited = applyActionEdit(note, valid.patch, context)
  if (!valid.patch.status) return { ok: true, put: [edited] }
  const moved = moveToStatusLane(
    records.map((r) => (r.id === noteId ? edited : r)),
    noteId,
    valid.patch.status,
    opts,
  )
  // moveToStatusLane places the edited note, so its first record carries the edit and the new spot.
  return { ok: true, put: moved.length > 0 ? moved : [edited] }
}
