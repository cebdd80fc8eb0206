// tldraw's select tool, with one addition: a double click on a locked shape that may be edited while
// locked (the brainstorm question) starts editing it. tldraw's hit-testing skips locked shapes
// altogether, so `canEditWhileLocked` alone never lets a double click reach such a shape (checked in
// tldraw 5.4.2): it falls through to the canvas and creates a text shape there instead.
//
// Done through public API only (tldraw exports neither its select tool's Idle state nor a hook for
// it): a state node handles an event before its active child, and the child no longer gets the event
// once the parent has transitioned away from it (StateNode.handleEvent). So the select tool itself
// answers the double click while Idle is active, and Idle's own handler never runs for it.
// selectTool.test.ts fails loudly if either assumption stops holding on a tldraw upgrade.
import { SelectTool, type Editor, type TLClickEventInfo, type TLShape } from 'tldraw'

/** The child states of tldraw's select tool this file relies on, by id. */
export const IDLE_STATE = 'idle'
export const EDITING_STATE = 'editing_shape'

/** The part of the editor the double click reads. */
export type LockedHitEditor = Pick<Editor, 'getShapeAtPoint' | 'inputs' | 'getHitTestMargin' | 'getShapeUtil' | 'canEditShape'>

/**
 * The locked shape a double click should start editing, if any: the topmost shape under the pointer,
 * locked or not (a note lying on the question wins), and only when it is locked and may be edited so.
 */
export function lockedEditableAt(editor: LockedHitEditor, info: TLClickEventInfo): TLShape | undefined {
  if (info.phase !== 'down' || info.target !== 'canvas' || info.shiftKey || info.ctrlKey) return undefined
  const hit = editor.getShapeAtPoint(editor.inputs.getCurrentPagePoint(), {
    hitLocked: true,
    hitInside: true,
    margin: editor.getHitTestMargin(),
    renderingOnly: true,
  })
  if (!hit?.isLocked) return undefined
  return editor.getShapeUtil(hit).canEditWhileLocked(hit) && editor.canEditShape(hit, { type: 'double-click' }) ? hit : undefined
}

export class SamenbordSelectTool extends SelectTool {
  override onDoubleClick(info: TLClickEventInfo) {
    if (this.getCurrent()?.id !== IDLE_STATE) return
    const shape = lockedEditableAt(this.editor, info)
    if (!shape) return
    this.editor.markHistoryStoppingPoint('editing locked shape')
    this.editor.setEditingShape(shape)
    this.transition(EDITING_STATE, info)
  }
}
