// The dot vote on the phone page: the vote's notes as a list with big − and + buttons, our dots on
// each, the dots we have left, and the totals once they may be shown. Ranked by dots when the vote is
// closed, so the result reads from the top. The total, our dots and the buttons are the list view's
// too (listview/voteDots.tsx).
import type { CSSProperties } from 'react'
import { ranked } from '../../../shared/workshop/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { DotButtons, MyVoteDots, VoteTotal } from '../listview/voteDots.tsx'
import { shortNoteName } from '../listview/noteName.ts'
import { NoteTitle, noteLabel } from '../voting/NoteTitle.tsx'
import { castDot, useVoteView } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'

export function PhoneVoteList() {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  if (!view) return null
  const canVote = view.open && workshop.role === 'join'
  const notes = view.open ? view.notes : ranked(view.notes)

  return (
    <section
      className="phone-card phone-vote"
      data-testid="phone-vote-list"
      data-phase={view.vote.phase}
      style={{ '--my-color': workshop.color } as CSSProperties}
    >
      <h2>{t('phone.vote.title')}</h2>
      {view.open ? (
        <p className="phone-dots-left" data-testid="dots-left" data-left={view.left} data-dots={view.vote.dots}>
          {t('vote.dotsLeft', { left: view.left, dots: view.vote.dots })}
        </p>
      ) : (
        <p className="hint">{t('phone.vote.closed')}</p>
      )}
      <ul className="phone-vote-items">
        {notes.map((note) => (
          <li key={note.id} className="phone-vote-item" data-testid="phone-vote-item" data-note-id={note.id} data-mine={note.mine}>
            <NoteTitle id={note.id} className="phone-vote-text" />
            <div className="phone-vote-row">
              {view.showTotals && <VoteTotal note={note} />}
              <MyVoteDots mine={note.mine} variant="phone" />
              {canVote && (
                <DotButtons
                  note={note}
                  view={view}
                  noteName={shortNoteName(noteLabel(workshop.board?.get(note.id))) || t('phone.empty')}
                  variant="phone"
                  onDot={(delta) => void castDot(workshop, view, note.id, delta, t)}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
