// Where a one-click toggle on sticky notes sits (the "Actie" and the "Besluit" mark): on the note that is
// selected or under the pointer, and on every note in view that already is one, so the room sees at a
// glance which notes made the list. One rule for both toggles; each draws its own button.
import { useValue, type Editor, type TLShape } from 'tldraw'

const SHOW_IN = ['select.idle', 'select.pointing_shape', 'select.editing_shape'] as const

export interface NoteTogglePlace {
  id: string
  /** The chosen corner of the note, in viewport pixels. */
  x: number
  y: number
  marked: boolean
  /** The note's width on screen, for toggles that drop their word on small notes. */
  width: number
}

export interface NoteToggleRule {
  /** Names the reactive computation (tldraw's debugging). */
  name: string
  corner: 'left' | 'right'
  /** Below this on-screen width the note is too small to carry the button. */
  minNotePx: number
  /** Notes that carry the toggle wherever the pointer is (the actions, the decisions): a Set or a Map by note id. */
  always: { keys(): Iterable<string> }
  isMarked: (shape: TLShape) => boolean
}

function place(editor: Editor, shape: TLShape, rule: NoteToggleRule): NoteTogglePlace | null {
  const bounds = editor.getShapePageBounds(shape)
  if (!bounds) return null
  const width = bounds.w * editor.getZoomLevel()
  if (width < rule.minNotePx) return null
  const corner = editor.pageToViewport({ x: rule.corner === 'left' ? bounds.minX : bounds.maxX, y: bounds.minY })
  return { id: shape.id, x: corner.x, y: corner.y, marked: rule.isMarked(shape), width }
}

/** The notes that show the toggle now; none while the board is read-only or a tool other than select is busy. */
export function useNoteTogglePlaces(editor: Editor, rule: NoteToggleRule): NoteTogglePlace[] {
  return useValue(
    rule.name,
    () => {
      if (editor.getIsReadonly() || !editor.isInAny(...SHOW_IN)) return []
      const out: NoteTogglePlace[] = []
      const seen = new Set<string>()
      const add = (shape: TLShape | undefined) => {
        if (shape?.type !== 'note' || seen.has(shape.id)) return
        if (editor.getAncestorPageId(shape) !== editor.getCurrentPageId()) return
        seen.add(shape.id)
        const placed = place(editor, shape, rule)
        if (placed) out.push(placed)
      }
      add(editor.getOnlySelectedShape() ?? undefined)
      const hovered = editor.getHoveredShapeId()
      add(hovered ? editor.getShape(hovered) : undefined)
      const viewport = editor.getViewportPageBounds()
      for (const noteId of rule.always.keys()) {
        const shape = editor.getShape(noteId as TLShape['id'])
        const bounds = shape && editor.getShapePageBounds(shape)
        if (bounds && viewport.collides(bounds)) add(shape)
      }
      return out
    },
    // The rule's other fields are constants of each toggle; the notes it always shows change.
    [editor, rule.always],
  )
}
