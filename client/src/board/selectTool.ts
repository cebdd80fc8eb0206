// tldraw's select tool, with one addition: a double click on a locked shape that may be edited while
// locked (the brainstorm question) starts editing it. tldraw's hit-testing skips locked shapes
// altogether, so `canEditWhileLocked` alone never lets a double click reach such a shape (checked in
// tldraw 5.4.2): it falls through to the canvas and creates a text shape there instead.
import { SelectTool, StateNode, type TLClickEventInfo, type TLShape, type TLStateNodeConstructor } from 'tldraw'

const selectChildren = SelectTool.children()
// tldraw does not export its Idle state; it is the child with id 'idle'.
const Idle = selectChildren.find((child) => child.id === 'idle') as unknown as typeof StateNode

class IdleEditingLocked extends Idle {
  override onDoubleClick(info: TLClickEventInfo) {
    const shape = this.lockedEditableAt(info)
    if (!shape) {
      super.onDoubleClick?.(info)
      return
    }
    this.editor.markHistoryStoppingPoint('editing locked shape')
    this.editor.setEditingShape(shape)
    this.parent.transition('editing_shape', info)
  }

  private lockedEditableAt(info: TLClickEventInfo): TLShape | undefined {
    const { editor } = this
    if (info.phase !== 'down' || info.target !== 'canvas' || info.shiftKey || info.ctrlKey) return undefined
    // The topmost shape under the pointer, locked or not: a note lying on the question wins.
    const hit = editor.getShapeAtPoint(editor.inputs.getCurrentPagePoint(), {
      hitLocked: true,
      hitInside: true,
      margin: editor.getHitTestMargin(),
      renderingOnly: true,
    })
    if (!hit?.isLocked) return undefined
    return editor.getShapeUtil(hit).canEditWhileLocked(hit) && editor.canEditShape(hit, { type: 'double-click' }) ? hit : undefined
  }
}

export class SamenbordSelectTool extends SelectTool {
  static override children(): TLStateNodeConstructor[] {
    return selectChildren.map((child) => (child.id === 'idle' ? (IdleEditingLocked as unknown as TLStateNodeConstructor) : child))
  }
}
