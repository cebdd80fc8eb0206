// The line over the top of the canvas that says which round is on: the silent-brainstorm banner (with
// the facilitator's count and reveal), the vote with the dots we have left, and short feedback such as
// "no dots left". Pointer events only on the pills themselves, so the canvas around stays usable. A
// closed vote's line goes away by itself after a while, or when dismissed (useRoundBanner.ts).
import { useEffect, useState } from 'react'
import { useValue } from '@tldraw/state-react'
import type { VoteBody } from '../../../shared/api/facilitation.ts'
import { controlApi } from '../facilitation/controlApi.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { silentSummary, useSilentRound } from '../silent/useSilence.ts'
import { SilentIcon, VoteIcon } from './icons.tsx'
import { useRoundBanner } from './useRoundBanner.ts'
import { useVoteView } from './useVote.ts'
import { notify, useWorkshop } from './workshopContext.ts'

const NOTICE_MS = 4500

export function RoundBar() {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  const silent = useSilentRound()
  const notice = useNotice()
  const facilitator = workshop.role === 'facilitator'
  useClearErrorsOnChange(`${view?.vote.id ?? ''}:${view?.vote.phase ?? ''}`)
  const canVote = view?.open && workshop.role === 'join'
  const banner = useRoundBanner(view?.vote ?? null)
  const showVote = view !== null && banner.shown

  if (!showVote && !silent.on && !notice) return null
  return (
    <div className="round-bar" data-testid="round-bar">
      {silent.on && (
        <div className="round-pill silent-banner" data-testid="silent-banner" data-role={workshop.role} data-count={silent.count} role="status">
          <SilentIcon />
          {facilitator ? (
            <>
              <span>{silentSummary(silent, t)}</span>
              <button
                type="button"
                className="button primary round-pill-button"
                data-testid="silent-banner-reveal"
                onClick={() =>
                  void controlApi
                    .silent(workshop.target, { on: false })
                    .catch((error: unknown) => notify(workshop, t('vote.error.other', { message: String(error) })))
                }
              >
                {t('silent.reveal')}
              </button>
            </>
          ) : (
            // The projector and observers write nothing: they are told what the room is doing instead.
            <span>{t(workshop.role === 'view' ? 'silent.banner.view' : 'silent.banner')}</span>
          )}
        </div>
      )}
      {showVote && (
        <div className="round-pill vote-pill" data-testid="vote-pill" data-phase={view.vote.phase} role="status">
          <VoteIcon />
          {canVote ? (
            <>
              <span className="dots-meter" aria-hidden="true">
                {Array.from({ length: Math.min(view.vote.dots, 10) }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: dots are interchangeable: only how many are drawn matters, so the position is the identity
                  <span key={i} className={i < view.left ? 'dot dot-free' : 'dot dot-used'} />
                ))}
              </span>
              <strong data-testid="dots-left" data-left={view.left} data-dots={view.vote.dots}>
                {t('vote.dotsLeft', { left: view.left, dots: view.vote.dots })}
              </strong>
              <span className="round-pill-hint">{t('vote.hint')}</span>
            </>
          ) : (
            <span>{view.open ? t('vote.status.open', { dots: view.vote.dots, count: view.notes.length }) : t('vote.status.closed')}</span>
          )}
          {facilitator && <FacilitatorVoteButtons showTotals={view.showTotals} open={view.open} />}
          {banner.dismiss && (
            <button
              type="button"
              className="round-pill-dismiss"
              data-testid="vote-pill-dismiss"
              aria-label={t('vote.bar.dismiss')}
              title={t('vote.bar.dismiss')}
              onClick={banner.dismiss}
            >
              ×
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className={`round-pill round-notice tone-${notice.tone}`} data-testid="vote-notice" role="alert">
          {notice.text}
        </div>
      )}
    </div>
  )
}

/** Reveal and close within reach while the facilitator watches the dots come in. */
function FacilitatorVoteButtons(props: { showTotals: boolean; open: boolean }) {
  const t = useT()
  const workshop = useWorkshop()
  const send = (body: VoteBody) =>
    void controlApi.vote(workshop.target, body).catch((error: unknown) => notify(workshop, t('vote.error.other', { message: String(error) })))
  return (
    <>
      {!props.showTotals && (
        <button type="button" className="button primary round-pill-button" data-testid="vote-bar-reveal" onClick={() => send({ do: 'reveal' })}>
          {t('vote.reveal')}
        </button>
      )}
      {props.open && (
        <button type="button" className="button secondary round-pill-button" data-testid="vote-bar-close" onClick={() => send({ do: 'close' })}>
          {t('vote.close')}
        </button>
      )}
    </>
  )
}

/** "No dots left" means nothing once the vote has closed or a new one began. */
export function useClearErrorsOnChange(key: string): void {
  const { notice } = useWorkshop()
  // biome-ignore lint/correctness/useExhaustiveDependencies: key is the trigger: a new vote or phase clears the error
  useEffect(() => {
    if (notice.get()?.tone === 'error') notice.set(null)
  }, [key, notice])
}

/** The current notice, cleared a few seconds after it was set. */
export function useNotice() {
  const workshop = useWorkshop()
  const notice = useValue('samenbord notice', () => workshop.notice.get(), [workshop.notice])
  const [expired, setExpired] = useState<number | null>(null)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setExpired(notice.at), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  return notice && notice.at !== expired ? notice : null
}
