// "Mijn sessies": the sessions this browser started or facilitated, to open again, continue with a
// follow-up session, or forget. Only this browser has the list: the facilitator links in it are the keys.
import { useState, type MouseEvent } from 'react'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { followInPlace } from '../app/route.ts'
import type { MySession } from './mySessionsStore.ts'
import { SeriesLink } from '../series/SeriesLink.tsx'

const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const

export function MySessions(props: {
  sessions: readonly MySession[]
  /** The session a follow-up is being prepared for, if any (its button shows pressed). */
  followingUp: string | null
  onFollowUp: (session: MySession) => void
  onForget: (id: string) => void
}) {
  const t = useT()
  const lang = useLang()
  const [confirming, setConfirming] = useState<string | null>(null)
  const date = (iso: string) => {
    const at = new Date(iso)
    return Number.isNaN(at.getTime()) ? '' : new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium' }).format(at)
  }
  const open = (event: MouseEvent<HTMLAnchorElement>, session: MySession) => followInPlace(event, `/f/${session.facilitator}`)

  return (
    <section className="card home-form home-mine" data-testid="my-sessions" aria-labelledby="my-sessions-heading">
      <h2 id="my-sessions-heading">{t('home.mine.heading')}</h2>
      <p className="home-warning" data-testid="my-sessions-warning">
        {t('home.mine.warning')}
      </p>
      {props.sessions.length === 0 ? (
        <p className="hint" data-testid="my-sessions-empty">
          {t('home.mine.empty')}
        </p>
      ) : (
        <ul className="my-session-list">
          {props.sessions.map((session) => (
            <li key={session.id} className="my-session" data-testid="my-session" data-session-id={session.id}>
              <div className="my-session-text">
                <strong className="my-session-title" title={session.title}>
                  {session.title}
                </strong>
                <span className="hint">
                  {[t('home.mine.started', { date: date(session.createdAt) }), t('home.mine.opened', { date: date(session.openedAt) })].join(' · ')}
                </span>
              </div>
              {confirming === session.id ? (
                // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not form fields: role=group keeps them together without a <fieldset>'s form styling
                <div className="my-session-confirm" role="group">
                  <p className="hint">{t('home.mine.forgetConfirm')}</p>
                  <div className="my-session-actions">
                    <button
                      type="button"
                      className="button danger"
                      data-testid="my-session-forget-yes"
                      onClick={() => {
                        setConfirming(null)
                        props.onForget(session.id)
                      }}
                    >
                      {t('home.mine.forgetYes')}
                    </button>
                    <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                      {t('home.mine.forgetNo')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="my-session-actions">
                  <a className="button secondary" href={`/f/${session.facilitator}`} data-testid="my-session-open" onClick={(event) => open(event, session)}>
                    {t('home.mine.open')}
                  </a>
                  <button
                    type="button"
                    className="button secondary"
                    data-testid="my-session-follow-up"
                    aria-pressed={props.followingUp === session.id}
                    title={t('home.mine.followUpHint')}
                    onClick={() => props.onFollowUp(session)}
                  >
                    {t('home.mine.followUp')}
                  </button>
                  <SeriesLink prefix="f" token={session.facilitator} title={t('home.mine.overviewHint')}>
                    {t('home.mine.overview')}
                  </SeriesLink>
                  <button type="button" className="button quiet" data-testid="my-session-forget" onClick={() => setConfirming(session.id)}>
                    {t('home.mine.forget')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
