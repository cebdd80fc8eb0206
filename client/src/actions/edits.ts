// Every change to an action goes through the editor, like any other edit: undoable, and synced to
// everyone through the normal store ↔ document binding. Always patched from the current store record.
import type { Editor, TLParentId, TLShapeId } from 'tldraw'
import { applyActionEdit, toggleActionMark, validateActionPatch, type NoteEditContext } from '../../../shared/actions/index.ts'
import type { ActionPatch, ActionStatus } from '../../../shared/actions/types.ts'
import { moveToStatusLane } from '../../../shared/review/moveToLane.ts'
import type { BoardRecord } from '../../../shared/board/index.ts'

function currentNote(editor: Editor, noteId: string) {
  const shape = editor.getShape(noteId as TLShapeId)
  return shape && shape.type === 'note' ? shape : undefined
}

/**
 * `context`: how the board reads the note (the workshop's date, the names it knows), so that a new
 * owner or date is written into the note's text where the text spells one (noteTextEdit.ts).
 */
export function patchAction(editor: Editor, noteId: string, patch: ActionPatch, context: NoteEditContext): boolean {
  const shape = currentNote(editor, noteId)
  if (!shape || editor.getIsReadonly()) return false
  // The same rules as the API's PATCH: a bad date or an overlong name never reaches the board.
  const valid = validateActionPatch(patch)
  if (!valid.ok) return false
  const next = applyActionEdit(shape as unknown as BoardRecord, valid.patch, context)
  editor.markHistoryStoppingPoint('samenbord action edit')
  // One update, so one undo step brings back both the action and the note's text. The props are the
  // same object when the text stays (the editor then measures nothing anew).
  editor.updateShape({ id: shape.id, type: 'note', meta: next.meta as typeof shape.meta, props: next.props as typeof shape.props })
  if (valid.patch.status) moveToLane(editor, shape.id, valid.patch.status)
  return true
}

/**
 * In a Terugblik the lane is the status (shared/review/lanes.ts): a status chosen here moves the note
 * to that lane. Placed without growing the lane; the note settling (useNoteSettling) then grows it
 * when it is full and this user may.
 */
function moveToLane(editor: Editor, noteId: TLShapeId, status: ActionStatus): void {
  const pageId = editor.getAncestorPageId(noteId)
  if (!pageId) return
  const records = [...editor.getPageShapeIds(pageId)].map((id) => editor.getShape(id)) as unknown as BoardRecord[]
  const moved = moveToStatusLane(records, noteId, status, { grow: false }).find((r) => r.id === noteId)
  if (moved) editor.updateShape({ id: noteId, type: 'note', x: Number(moved.x), y: Number(moved.y), parentId: moved.parentId as TLParentId })
}

export function toggleMark(editor: Editor, noteId: string): boolean {
  const shape = currentNote(editor, noteId)
  if (!shape || editor.getIsReadonly()) return false
  const next = toggleActionMark(shape as unknown as BoardRecord)
  editor.markHistoryStoppingPoint('samenbord action mark')
  editor.updateShape({ id: shape.id, type: 'note', meta: next.meta as typeof shape.meta })
  return true
}

/** Flies the camera to a note and selects it. */
export function showNote(editor: Editor, noteId: string): void {
  const shape = currentNote(editor, noteId)
  if (!shape) return
  const bounds = editor.getShapePageBounds(shape)
  if (!bounds) return
  if (editor.getCurrentPageId() !== editor.getAncestorPageId(shape)) {
    const pageId = editor.getAncestorPageId(shape)
    if (pageId) editor.setCurrentPage(pageId)
  }
  editor.select(shape.id)
  editor.zoomToBounds(bounds, { inset: 160, targetZoom: 1, animation: { duration: 320 } })
}
