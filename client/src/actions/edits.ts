// Every change to an action goes through the editor, like any other edit: undoable, and synced to
// everyone through the normal store ↔ document binding. Always patched from the current store record.
import type { Editor, TLShapeId } from 'tldraw'
import { applyActionPatch, toggleActionMark, validateActionPatch } from '../../../shared/actions/index.ts'
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { BoardRecord } from '../../../shared/board/index.ts'

function currentNote(editor: Editor, noteId: string) {
  const shape = editor.getShape(noteId as TLShapeId)
  return shape && shape.type === 'note' ? shape : undefined
}

export function patchAction(editor: Editor, noteId: string, patch: ActionPatch): boolean {
  const shape = currentNote(editor, noteId)
  if (!shape || editor.getIsReadonly()) return false
  // The same rules as the API's PATCH: a bad date or an overlong name never reaches the board.
  const valid = validateActionPatch(patch)
  if (!valid.ok) return false
  const next = applyActionPatch(shape as unknown as BoardRecord, valid.patch)
  editor.markHistoryStoppingPoint('samenbord action edit')
  editor.updateShape({ id: shape.id, type: 'note', meta: next.meta as typeof shape.meta })
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
