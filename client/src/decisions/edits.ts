// Marking a note as a decision goes through the editor like any other edit: undoable, and synced to
// everyone through the normal store ↔ document binding.
import type { Editor, TLShapeId } from 'tldraw'
import type { BoardRecord } from '../../../shared/board/index.ts'
import { toggleDecisionMark } from '../../../shared/decisions/mark.ts'

export function toggleDecision(editor: Editor, noteId: string): boolean {
  const shape = editor.getShape(noteId as TLShapeId)
  if (shape?.type !== 'note' || editor.getIsReadonly()) return false
  const next = toggleDecisionMark(shape as unknown as BoardRecord)
  editor.markHistoryStoppingPoint('samenbord decision mark')
  editor.updateShape({ id: shape.id, type: 'note', meta: next.meta as typeof shape.meta })
  return true
}
