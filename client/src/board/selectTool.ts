// tldraw's select tool, with one addition: a double click on a locked shape that may be edited while
// locked (the brainstorm question) starts editing it. tldraw's hit-testing skips locked shapes
// altogether, so `canEditWhileLocked` alone never lets a double click reach such a shape (checked in
// tldraw 5.4.2): it falls through to the canvas and creates a text shape there instead.
//
// tldraw 5.4.2 has no public API for this: it exports neither the select tool's Idle state nor a hook
// for its double click. Handling it on the select tool itself (a node sees an event before its child)
// does not work: the second click's pointer_down has already moved the tool to pointing_canvas, whose
// onDoubleClick returns to idle and hands the event straight to idle, past the parent. So Idle is
// replaced by a subclass, found by its id; selectTool.test.ts fails loudly when tldraw moves any of this.
import { SelectTool, type StateNode, type Editor, type TLClickEventInfo, type TLShape, type TLStateNodeConstructor } from 'tldraw'

/** The child states of tldraw's select tool this file relies on, by id. */
export const IDLE_STATE = 'idle'
export const EDITING_STATE = 'editing_shape'

const selectChildren = SelectTool.children()
/** tldraw's own Idle state (not exported by tldraw): the select tool's child with id 'idle'. */
export const TldrawIdle = selectChildren.find((child) => child.id === IDLE_STATE) as unknown as typeof StateNode

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

class IdleEditingLocked extends TldrawIdle {
  override onDoubleClick(info: TLClickEventInfo) {
    const shape = lockedEditableAt(this.editor, info)
    if (!shape) {
      super.onDoubleClick?.(info)
      return
    }
    this.editor.markHistoryStoppingPoint('editing locked shape')
    this.editor.setEditingShape(shape)
    this.parent.transition(EDITING_STATE, info)
  }
}

export class SamenbordSelectTool extends SelectTool {
  static override children(): TLStateNodeConstructor[] {
    return selectChildren.map((child) => (child.id === IDLE_STATE ? (IdleEditingLocked as unknown as TLStateNodeConstructor) : child))
  }
}
