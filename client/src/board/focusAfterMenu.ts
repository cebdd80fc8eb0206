// A tldraw dropdown (Radix underneath) hands the keyboard focus back to its button as it closes, a moment
// after the chosen item ran. An item that opens a form on the board or sends the person back to the canvas
// would lose its focus to the button, and the next key press (typing a name, "n" for a note) would go
// nowhere. Armed by such an item, this gives the focus back to where the item put it, once.
import type { Editor } from 'tldraw'

/** How long after the item ran a focus landing on the menu's button counts as the menu's own. */
const WINDOW_MS = 1_000

export function keepFocusAfterMenu(trigger: HTMLElement | null, editor: Editor): void {
  if (!trigger) return
  const until = Date.now() + WINDOW_MS
  const onFocus = (event: FocusEvent) => {
    trigger.removeEventListener('focusin', onFocus)
    if (Date.now() > until) return
    const before = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null
    // The element that had the focus (a form field the item opened, the canvas) gets it back; without
    // one (the focus was in the menu itself), the board does, unless a shape is being edited.
    if (before?.isConnected && !before.closest('.tlui-menu')) before.focus()
    else if (!editor.getEditingShapeId()) editor.getContainer().focus()
  }
  trigger.addEventListener('focusin', onFocus)
  setTimeout(() => trigger.removeEventListener('focusin', onFocus), WINDOW_MS)
}
