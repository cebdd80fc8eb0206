// Every change to an action goes through the editor, like any other edit: undoable, and synced to
// everyone through the normal store ↔ document binding. Always patched from the current store record.
import type { Editor, TLShape, TLShapeId, TLShapePartial } from 'tldraw'
import { planActionEdit, toggleActionMark, type NoteEditContext } from '../../../shared/actions/index.ts'
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { BoardRecord } from '../../../shared/board/index.ts'

function currentNote(editor: Editor, noteId: string) {
  const shape = editor.getShape(noteId as TLShapeId)
  return shape && shape.type === 'note' ? shape : undefined
}

/**
 * `context`: how the board reads the note (the workshop's date, the names it knows), so that a new
 * owner or date is written into the note's text where the text spells one (noteTextEdit.ts). The same
 * rule as the API's PATCH and the list view (shared/actions/editNote.ts): a bad date or an overlong name
 * never reaches the board, and in a Terugblik the note moves to the lane of the status chosen.
 */
export function patchAction(editor: Editor, noteId: string, patch: ActionPatch, context: NoteEditContext): boolean {
  const shape = currentNote(editor, noteId)
  if (!shape || editor.getIsReadonly()) return false
  const pageId = editor.getAncestorPageId(shape.id)
  const records = (pageId ? [...editor.getPageShapeIds(pageId)].map((id) => editor.getShape(id)) : [shape]) as unknown as BoardRecord[]
  // Placed without growing the lane; the note settling (useNoteSettling) then grows it when it is full
  // and this user may.
  const plan = planActionEdit(records, noteId, patch, context, { grow: false })
  if (!plan.ok) return false
  const [next, ...also] = plan.put as unknown as TLShape[]
  editor.markHistoryStoppingPoint('samenbord action edit')
  // One update, so one undo step brings back both the action and the note's text (and its lane). The
  // props are the same object when the text stays (the editor then measures nothing anew).
  editor.updateShape({
    id: shape.id,
    type: 'note',
    meta: next!.meta,
    props: next!.props as typeof shape.props,
    x: next!.x,
    y: next!.y,
    parentId: next!.parentId,
  })
  if (also.length > 0)
    editor.updateShapes(also.map((r) => ({ id: r.id, type: r.type, x: r.x, y: r.y, parentId: r.parentId, props: r.props }) as TLShapePartial))
  return true
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
