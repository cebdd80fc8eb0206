// The dot vote on the phone page: the vote's notes as a list with big − and + buttons, our dots on
// each, the dots we have left, and the totals once they may be shown. Ranked by dots when the vote is
// closed, so the result reads from the top.
import type { CSSProperties } from 'react'
import { ranked } from '../../../shared/workshop/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { NoteTitle } from '../voting/NoteTitle.tsx'
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
            {view.showTotals && (
              <span className="phone-vote-total" data-testid="phone-vote-total" data-count={note.total} title={t('vote.badge.total', { count: note.total })}>
                {note.total}
              </span>
            )}
            {/* role img: a name on a plain span is not read (axe aria-prohibited-attr); the dots are its picture */}
            <span className="phone-vote-mine" role="img" aria-label={t('vote.badge.mine', { count: note.mine })}>
              {Array.from({ length: Math.min(note.mine, 5) }, (_, i) => (
                <span key={i} className="dot" />
              ))}
              {note.mine > 5 && <span className="dot-more">×{note.mine}</span>}
            </span>
            {canVote && (
              <span className="phone-vote-buttons">
                <button
                  type="button"
                  className="phone-dot-button"
                  data-testid="phone-dot-remove"
                  data-note-id={note.id}
                  aria-label={t('vote.remove')}
                  disabled={note.mine === 0}
                  onClick={() => void castDot(workshop, view, note.id, -1, t)}
                >
                  −
                </button>
                <button
                  type="button"
                  className={`phone-dot-button plus${view.left === 0 ? ' is-spent' : ''}`}
                  data-testid="phone-dot-add"
                  data-note-id={note.id}
                  aria-label={t('vote.add')}
                  onClick={() => void castDot(workshop, view, note.id, 1, t)}
                >
                  +
                </button>
              </span>
            )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
