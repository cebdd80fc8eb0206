// One one-click toggle on a sticky note (the "Actie" and the "Besluit" mark; useNoteTogglePlaces.ts says
// where). A note that is on the list because of its area, not its mark, shows the toggle pressed and
// disabled: the title says why, and a click does nothing. The pointer events stop here, so tldraw does
// not select or drag the note under the button.
import type { ReactNode } from 'react'
import type { NoteTogglePlace } from './useNoteTogglePlaces.ts'

export function NoteToggleButton(props: {
  place: NoteTogglePlace
  className: string
  testId: string
  /** The note is on the list (an action, a decision): by its mark, or by the area it lies in. */
  onList: boolean
  titles: { mark: string; unmark: string; inArea: string }
  onToggle: () => void
  /** Extra data attributes (e.g. the action's status). */
  data?: Record<`data-${string}`, string | undefined>
  /** The icon (it may show whether the toggle is pressed) and, where there is room, the word. */
  children: (pressed: boolean) => ReactNode
}) {
  const { place } = props
  const fromArea = props.onList && !place.marked
  const pressed = place.marked || fromArea
  const title = fromArea ? props.titles.inArea : place.marked ? props.titles.unmark : props.titles.mark
  return (
    <button
      type="button"
      className={props.className}
      data-testid={props.testId}
      data-note-id={place.id}
      data-from-area={fromArea ? 'true' : undefined}
      {...props.data}
      aria-pressed={pressed}
      aria-disabled={fromArea || undefined}
      title={title}
      aria-label={title}
      style={{ left: place.x, top: place.y }}
      onPointerDown={(event) => event.stopPropagation()}
      onPointerUp={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation()
        if (!fromArea) props.onToggle()
      }}
    >
      {props.children(pressed)}
    </button>
  )
}
