// One note's part of a dot vote, as the phone page's vote list and the list view both show it: the
// total (once it may be shown), our own dots, and the buttons to take one back or give one. Each
// button's name says which note it is for ("Stip geven aan ‘Speeltuin…’"), so a list of fifty stays
// tellable apart by ear. The caller says what a press does (castDot on the phone, with its notice
// line; placeDot in the list view, announced beside the note).
// "−" stays focusable when we have no dot on the note (aria-disabled, not disabled): a keyboard user
// who takes back their last dot keeps their place instead of falling back to the top of the page.
import type { VoteNote, VoteView } from '../../../shared/workshop/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export type DotVariant = 'phone' | 'list'

/** The note's total on the phone page's vote list (the list view shows it on the item's own line). */
export function VoteTotal(props: { note: VoteNote }) {
  const t = useT()
  const { total } = props.note
  const text = total === 1 ? t('listVote.total.one') : t('listVote.total', { count: total })
  return (
    <span className="phone-vote-total" data-testid="phone-vote-total" data-count={total} title={text}>
      <span aria-hidden="true">{total}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  )
}

/** Our dots on the note: as many coloured dots as we gave (five at most, then ×n), and in words. */
export function MyVoteDots(props: { mine: number; variant: DotVariant }) {
  const t = useT()
  const { mine } = props
  const text = mine === 0 ? t('listVote.mine.none') : mine === 1 ? t('listVote.mine.one') : t('listVote.mine', { count: mine })
  return (
    <span className="phone-vote-mine" data-testid={props.variant === 'list' ? 'note-vote-mine' : undefined} data-mine={mine}>
      <span className="phone-vote-mine-dots" aria-hidden="true">
        {Array.from({ length: Math.min(mine, 5) }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: dots are interchangeable: only how many are drawn matters, so the position is the identity
          <span key={i} className="dot" />
        ))}
        {mine > 5 && <span className="dot-more">×{mine}</span>}
      </span>
      {/* The phone shows the dots alone (the words are for screen readers); the list view says both. */}
      <span className={props.variant === 'phone' ? 'visually-hidden' : 'note-vote-mine-text'}>{text}</span>
    </span>
  )
}

export function DotButtons(props: { note: VoteNote; view: VoteView; noteName: string; variant: DotVariant; onDot: (delta: 1 | -1) => void }) {
  const t = useT()
  const { note, view, variant } = props
  const phone = variant === 'phone'
  const none = note.mine === 0
  return (
    <span className={phone ? 'phone-vote-buttons' : 'note-vote-buttons'}>
      <button
        type="button"
        className={phone ? 'phone-dot-button' : 'note-vote-button'}
        data-testid={phone ? 'phone-dot-remove' : 'note-dot-remove'}
        data-note-id={note.id}
        aria-label={t('listVote.takeBackFrom', { note: props.noteName })}
        aria-disabled={none || undefined}
        onClick={() => props.onDot(-1)}
      >
        {phone ? '−' : t('listVote.takeBack')}
      </button>
      <button
        type="button"
        className={phone ? `phone-dot-button plus${view.left === 0 ? ' is-spent' : ''}` : `note-vote-button plus${view.left === 0 ? ' is-spent' : ''}`}
        data-testid={phone ? 'phone-dot-add' : 'note-dot-add'}
        data-note-id={note.id}
        aria-label={t('listVote.giveTo', { note: props.noteName })}
        aria-disabled={view.left === 0 || undefined}
        onClick={() => props.onDot(1)}
      >
        {phone ? '+' : t('listVote.give')}
      </button>
    </span>
  )
}
