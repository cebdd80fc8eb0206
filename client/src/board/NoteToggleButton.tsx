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
  /** On the list through its area, without the mark. */
  fromArea: boolean
  title: string
  onToggle: () => void
  /** Extra data attributes (e.g. the action's status). */
  data?: Record<`data-${string}`, string | undefined>
  /** The icon and, where there is room, the word. */
  children: ReactNode
}) {
  const { place, fromArea } = props
  return (
    <button
      type="button"
      className={props.className}
      data-testid={props.testId}
      data-note-id={place.id}
      data-from-area={fromArea ? 'true' : undefined}
      {...props.data}
      aria-pressed={place.marked || fromArea}
      aria-disabled={fromArea || undefined}
      title={props.title}
      aria-label={props.title}
      style={{ left: place.x, top: place.y }}
      onPointerDown={(event) => event.stopPropagation()}
      onPointerUp={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation()
        if (!fromArea) props.onToggle()
      }}
    >
      {props.children}
    </button>
  )
}
