// The facilitator's locks as a participant's editor carries them out. The server drops participants'
// edits while the board is locked and refuses changes to locked structure; the editor refuses them
// first, so nobody sees a change appear and then vanish. The facilitator's own editor is never held.
import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import type { Role } from '../collab/types.ts'
import { applyBoardLock, editingRefused, shapeChangeRefused, shapeDeleteRefused, structureGuardActive } from './lockDecisions.ts'

/** Participants' editor goes read-only while the board is locked, and back when it is unlocked. */
export function useBoardLock(editor: Editor | null, role: Role, locked: boolean): void {
  useEffect(() => {
    if (editor) applyBoardLock(editor, role, locked)
  }, [editor, role, locked])
}

/**
 * While `lock.structure` is on, a participant cannot unlock, move, change or delete locked template
 * structure (areas and labels), nor start typing into it (the brainstorm question). `onRefused` is
 * told, so the person learns why nothing happened.
 */
export function useStructureGuard(editor: Editor | null, role: Role, structureLocked: boolean, onRefused: () => void): void {
  // Read by the store handlers on every change: no re-registering when the lock flips.
  const active = useRef(structureLocked)
  active.current = structureGuardActive(role, structureLocked)
  const refused = useRef(onRefused)
  refused.current = onRefused

  useEffect(() => {
    if (!editor || role !== 'join') return
    const stops = [
      editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) => {
        if (!shapeChangeRefused(source, active.current, prev, next)) return next
        refused.current()
        return prev
      }),
      editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
        if (!shapeDeleteRefused(source, active.current, shape)) return
        refused.current()
        return false
      }),
      // tldraw lets the question be edited while locked (double click); under the lock it may not.
      editor.sideEffects.registerAfterChangeHandler('instance_page_state', (prev, next, source) => {
        const editing = next.editingShapeId
        if (!editing || !editingRefused(source, active.current, prev.editingShapeId, editing, (id) => editor.getShape(id))) return
        // Not inside the store's change: let the select tool finish entering the editing state first.
        setTimeout(() => {
          if (editor.getEditingShapeId() === editing) editor.complete()
        }, 0)
        refused.current()
      }),
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }, [editor, role])
}
