// The dot vote on one note of the list view: the dots we gave it and buttons to give or take one back,
// under the same budget and server rules as the canvas and the phone page (POST dots through placeDot;
// the server decides). What a press did is said beside the note: the dots left politely, a refusal
// (no dots left, vote closed) as an alert, in the page's language.
// Contract (issue 15): rendered by the list view's item for every note; renders nothing when the note
// is not in a running vote. Reads the workshop and control contexts (voting/workshopContext.ts).
import { useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { noteLabel } from '../voting/NoteTitle.tsx'
import { placeDot, useBoardTick, useVoteView } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'
import { shortNoteName } from './noteName.ts'
import { DotButtons, MyVoteDots } from './voteDots.tsx'
import './NoteControls.css'

interface Said {
  text: string
  tone: 'status' | 'alert'
  /** Two equal messages in a row are both said: the element is keyed by it. */
  at: number
}

export function NoteVote(props: { noteId: string }) {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  // The note's name follows its text (the item re-renders with the board anyway; this keeps it exact).
  useBoardTick(workshop.board, view !== null)
  const [said, setSaid] = useState<Said | null>(null)
  const note = view?.byId.get(props.noteId)
  if (!view || !note) return null
  const name = shortNoteName(noteLabel(workshop.board?.get(props.noteId))) || t('phone.empty')
  const canVote = view.open && workshop.role === 'join'

  const onDot = async (delta: 1 | -1) => {
    const placed = await placeDot(workshop, view, props.noteId, delta, t)
    const at = Date.now()
    if (!placed.ok) return setSaid({ text: placed.message, tone: 'alert', at })
    const text = t(delta > 0 ? 'listVote.given' : 'listVote.takenBack', { note: name, left: placed.left, dots: view.vote.dots })
    setSaid({ text, tone: 'status', at })
  }

  return (
    <div className="note-vote" role="group" aria-label={t('listVote.group', { note: name })} data-testid="note-vote" data-note-id={props.noteId} data-mine={note.mine} data-phase={view.vote.phase}>
      {workshop.role === 'join' && <MyVoteDots mine={note.mine} variant="list" />}
      {/* The total, once it may be shown, is on the item's own line (ListItem), vote running or not. */}
      {canVote && <DotButtons note={note} view={view} noteName={name} variant="list" onDot={(delta) => void onDot(delta)} />}
      {/* Both regions are there before anything is said in them, so screen readers pick the change up. */}
      <p className="note-said note-said-status visually-hidden" role="status" data-testid="note-vote-status">
        {said?.tone === 'status' && <span key={said.at}>{said.text}</span>}
      </p>
      <p className="note-said note-said-alert" role="alert" data-testid="note-vote-alert">
        {said?.tone === 'alert' && <span key={said.at}>{said.text}</span>}
      </p>
    </div>
  )
}
