// The notes the projector's current page would show cut at its edges (shared/workshop/projectorView.ts
// cutBy): hidden from the projector's canvas while that page is up, so a part never shows half a note
// (each is whole on another part). Empty everywhere but on the projector.
import { atom, type Editor, type TLShape } from 'tldraw'

const cut = atom<ReadonlySet<string>>('samenbord projector cut', new Set())

/** Sets the notes hidden now; unchanged sets are not written, so the camera's reaction settles. */
export function setProjectorCut(ids: Iterable<string>): void {
  const next = new Set(ids)
  const now = cut.get()
  if (next.size === now.size && [...next].every((id) => now.has(id))) return
  cut.set(next)
}

/** For <Tldraw getShapeVisibility>: a cut note is hidden, anything else as `inner` says. */
export function withProjectorCut<V extends string>(inner: (shape: TLShape, editor: Editor) => V): (shape: TLShape, editor: Editor) => V | 'hidden' {
  return (shape, editor) => (shape.type === 'note' && cut.get().has(shape.id) ? 'hidden' : inner(shape, editor))
}

/** Whether a note is hidden for a reason other than the page's cut (the camera rule still counts cut notes). */
export function hiddenBeyondCut(editor: Editor, shape: TLShape): boolean {
  return editor.isShapeHidden(shape) && !cut.__unsafe__getWithoutCapture().has(shape.id)
}
