// Other people's cursors, selections, brushes and scribbles, and the edge hints pointing at them, can be
// switched off for one screen: the projector's (default off there: 50 cursors sit on the note text).
// tldraw draws the cursors as a component and the rest as overlay utils; each asks this instance's
// meta (samenbordQuietOthers, set by BoardCanvas), so switching is live and needs no remount.
import { createElement } from 'react'
import {
  CollaboratorBrushOverlayUtil,
  CollaboratorHintOverlayUtil,
  CollaboratorScribbleOverlayUtil,
  CollaboratorShapeIndicatorOverlayUtil,
  DefaultCursor,
  useEditor,
  useValue,
  type Editor,
  type TLCursorProps,
} from 'tldraw'

function othersQuiet(editor: Editor): boolean {
  return editor.getInstanceState().meta.samenbordQuietOthers === true
}

// biome-ignore lint/suspicious/noExplicitAny: TypeScript's mixin rule wants exactly `...args: any[]`.
type OverlayClass = new (...args: any[]) => { editor: Editor; isActive(): boolean }

/** tldraw's overlay `Base`, inactive while others are quiet on this screen (same type name, so it replaces it). */
function quietable<T extends OverlayClass>(Base: T) {
  return class extends Base {
    override isActive(): boolean {
      return !othersQuiet(this.editor) && super.isActive()
    }
  }
}

/** Replace tldraw's own collaborator overlays (same type names). */
export const quietCollaboratorOverlays = [
  CollaboratorBrushOverlayUtil,
  CollaboratorHintOverlayUtil,
  CollaboratorScribbleOverlayUtil,
  CollaboratorShapeIndicatorOverlayUtil,
].map(quietable)

/** tldraw's cursor, unless others are quiet on this screen. */
export function QuietableCursor(props: TLCursorProps) {
  const editor = useEditor()
  const quiet = useValue('others quiet', () => othersQuiet(editor), [editor])
  return quiet ? null : createElement(DefaultCursor, props)
}
