// What sits in front of the canvas for people who can edit: the "Actie" and "Besluit" toggles on notes.
import { MarkActionOverlay } from '../actions/MarkActionOverlay.tsx'
import { MarkDecisionOverlay } from './MarkDecisionOverlay.tsx'

export function NoteMarks() {
  return (
    <>
      <MarkActionOverlay />
      <MarkDecisionOverlay />
    </>
  )
}
