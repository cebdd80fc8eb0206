// The dot vote on one note of the list view: the dots we gave it and buttons to give or take one back,
// under the same budget and server rules as the canvas and the phone page (POST dots through placeDot;
// the server decides). What a press did is said in the page's one pair of live regions (controlsSay.tsx):
// the dots left politely, a refusal (no dots left, vote closed) as an alert and shown beside the note.
// Contract (issue 15): rendered by the list view's item for every note; renders nothing when the note
// is not in the vote, or when there is nothing to show or do (the facilitator and the view link give
// no dots: the status line and the totals on the item say the rest). Reads the workshop and control
// contexts (voting/workshopContext.ts).
import { useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { noteLabel } from '../voting/NoteTitle.tsx'
import { placeDot, useBoardTick, useVoteView } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'
import { sayFromControls } from './controlsSay.tsx'
import { shortNoteName } from './noteName.ts'
import { DotButtons, MyVoteDots } from './voteDots.tsx'
import './NoteControls.css'

export function NoteVote(props: { noteId: string }) {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  // The note's name follows its text (the item re-renders with the board anyway; this keeps it exact).
  useBoardTick(workshop.board, view !== null)
  // The last refusal, shown beside the note (it is spoken by the page's alert region).
  const [refused, setRefused] = useState<string | null>(null)
  const note = view?.byId.get(props.noteId)
  if (!view || !note || workshop.role !== 'join') return null
  const name = shortNoteName(noteLabel(workshop.board?.get(props.noteId))) || t('phone.empty')
  const canVote = view.open

  const onDot = async (delta: 1 | -1) => {
    const placed = await placeDot(workshop, view, props.noteId, delta, t)
    if (!placed.ok) {
      setRefused(placed.message)
      return sayFromControls(placed.message, 'alert')
    }
    setRefused(null)
    sayFromControls(t(delta > 0 ? 'listVote.given' : 'listVote.takenBack', { note: name, left: placed.left, dots: view.vote.dots }))
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: the vote buttons and dots as one flex row; a <fieldset> is for form fields and brings styling that breaks it, role=group gives the same grouping
    <div
      className="note-vote"
      role="group"
      aria-label={t('listVote.group', { note: name })}
      data-testid="note-vote"
      data-note-id={props.noteId}
      data-mine={note.mine}
      data-phase={view.vote.phase}
    >
      <MyVoteDots mine={note.mine} variant="list" />
      {/* The total, once it may be shown, is on the item's own line (ListItem), vote running or not. */}
      {canVote && <DotButtons note={note} view={view} noteName={name} variant="list" onDot={(delta) => void onDot(delta)} />}
      {refused && (
        <p className="note-said note-said-alert" data-testid="note-vote-refused">
          {refused}
        </p>
      )}
    </div>
  )
}
