// Home: start a new session with the methods chosen for it, or a follow-up of one of "Mijn sessies", and
// land on its facilitator page. When the server asks for an access code (CREATE_TOKEN), a field for it
// appears; the code is remembered on this device. A follow-up needs no code: the previous session's
// facilitator link is its authority.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { TemplateLayoutId } from '../../../shared/templates/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { MySessions } from '../home/MySessions.tsx'
import { forgetSession, rememberSession, useMySessions, type MySession } from '../home/mySessionsStore.ts'
import { TemplateChooser } from '../home/TemplateChooser.tsx'
import { inOfferOrder, REVIEW_LAYOUT } from '../home/templateChoices.ts'
import { ApiError, createSession } from './api.ts'
import { fetchConfig } from './config.ts'
import { followInPlace, navigate } from './route.ts'
import { STATEMENT_PATH } from '../../../shared/api/pages.ts'
import { DEFAULT_MAX_TITLE_LENGTH } from '../../../shared/sessions/meeting.ts'
import { ImportSession } from './ImportSession.tsx'

/** As the server checks it (POST /api/sessions). */
const MAX_TITLE_LENGTH = DEFAULT_MAX_TITLE_LENGTH
const ACCESS_CODE_KEY = 'samenbord.accessCode'

function storedAccessCode(): string {
  try {
    return localStorage.getItem(ACCESS_CODE_KEY) ?? ''
  } catch {
    return '' // storage blocked (private mode): the field simply starts empty
  }
}

function storeAccessCode(code: string): void {
  try {
    localStorage.setItem(ACCESS_CODE_KEY, code)
  } catch {
    // not remembered; it still works for this start
  }
}

export function HomePage() {
  const t = useT()
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [needsCode, setNeedsCode] = useState(false)
  const [accessCode, setAccessCode] = useState(storedAccessCode)
  const [chosen, setChosen] = useState<ReadonlySet<TemplateLayoutId>>(() => new Set())
  const [followUp, setFollowUp] = useState<MySession | null>(null)
  const mine = useMySessions()
  const titleInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    let live = true
    fetchConfig().then((config) => {
      if (live && config.createTokenRequired) setNeedsCode(true)
    })
    return () => {
      live = false
    }
  }, [])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const trimmed = title.trim()
    if (!trimmed) {
      setError(t('home.error.titleRequired'))
      return
    }
    setBusy(true)
    setError(null)
    const templates = inOfferOrder(chosen)
    const body = { title: trimmed.slice(0, MAX_TITLE_LENGTH), ...(templates.length > 0 ? { templates } : {}) }
    try {
      const code = needsCode && !followUp ? accessCode.trim() : ''
      const created = followUp ? await createSession({ ...body, from: followUp.id }, followUp.facilitator) : await createSession(body, code || undefined)
      if (code) storeAccessCode(code)
      rememberSession({ id: created.id, title: created.title, facilitator: created.facilitator, createdAt: new Date().toISOString() })
      navigate(`/f/${created.facilitator}`)
    } catch (err) {
      setBusy(false)
      if (followUp && err instanceof ApiError && (err.status === 401 || err.status === 403 || /previous session/.test(err.message))) {
        setError(t('home.followUp.gone'))
        return
      }
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        // Also when /api/config could not be read: the server's answer tells us a code is needed.
        setNeedsCode(true)
        setError(t('home.error.accessCode'))
        return
      }
      setError(err instanceof ApiError ? t('home.error.server', { message: err.message }) : t('home.error.network'))
    }
  }

  function toggleTemplate(layout: TemplateLayoutId) {
    setChosen((before) => {
      const next = new Set(before)
      if (next.has(layout)) next.delete(layout)
      else next.add(layout)
      return next
    })
  }

  /** A follow-up opens with a look back: the Terugblik is ticked (and unticked again on "Geen vervolg"). */
  function followUpWith(session: MySession | null) {
    setFollowUp(session)
    setChosen((before) => {
      const next = new Set(before)
      if (session) next.add(REVIEW_LAYOUT)
      else next.delete(REVIEW_LAYOUT)
      return next
    })
  }

  function startFollowUp(session: MySession) {
    followUpWith(session)
    setError(null)
    setTitle(t('home.followUp.titleDefault', { title: session.title }).slice(0, MAX_TITLE_LENGTH))
    titleInput.current?.focus()
    // A smooth scroll only for those who did not ask their system for less motion (CSS cannot override a script's).
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    titleInput.current?.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' })
  }

  return (
    <main className="home">
      <header className="home-header">
        <h1 className="home-title">{t('app.name')}</h1>
        <p className="home-tagline">{t('app.tagline')}</p>
      </header>
      <div className="home-columns">
        <form className="card home-form home-new" onSubmit={onSubmit} noValidate={false} data-follow-up={followUp ? 'true' : undefined}>
          <h2>{t('home.new.heading')}</h2>
          {followUp && (
            <div className="home-follow-up" data-testid="follow-up-banner" role="status">
              <p>{t('home.followUp.banner', { title: followUp.title })}</p>
              <button type="button" className="button secondary" data-testid="follow-up-cancel" disabled={busy} onClick={() => followUpWith(null)}>
                {t('home.followUp.cancel')}
              </button>
            </div>
          )}
          <label htmlFor="new-session-title">{t('home.new.titleLabel')}</label>
          <input
            id="new-session-title"
            ref={titleInput}
            data-testid="new-session-title"
            type="text"
            required
            maxLength={MAX_TITLE_LENGTH}
            autoComplete="off"
            /* biome-ignore lint/a11y/noAutofocus: the home page has one task, naming a new session: the cursor starts in its only required field */
            autoFocus
            placeholder={t('home.new.titlePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            disabled={busy}
          />
          <TemplateChooser chosen={chosen} disabled={busy} followUp={followUp !== null} onToggle={toggleTemplate} />
          {needsCode && !followUp && (
            <>
              <label htmlFor="new-session-access-code">{t('home.new.accessCodeLabel')}</label>
              <input
                id="new-session-access-code"
                data-testid="new-session-access-code"
                type="password"
                autoComplete="off"
                value={accessCode}
                onChange={(event) => setAccessCode(event.target.value)}
                disabled={busy}
              />
              <p className="hint">{t('home.new.accessCodeHint')}</p>
            </>
          )}
          {error && (
            <p className="form-error" role="alert" data-testid="new-session-error">
              {error}
            </p>
          )}
          <button className="button primary" type="submit" data-testid="new-session-submit" disabled={busy}>
            {busy ? t('home.new.submitting') : followUp ? t('home.followUp.submit') : t('home.new.submit')}
          </button>
          <p className="hint">{t('home.new.hint')}</p>
        </form>
        <div className="home-side">
          <MySessions
            sessions={mine}
            followingUp={followUp?.id ?? null}
            onFollowUp={startFollowUp}
            onForget={(id) => {
              forgetSession(id)
              if (followUp?.id === id) followUpWith(null)
            }}
          />
          <ImportSession createToken={needsCode ? accessCode.trim() : undefined} />
        </div>
      </div>
      <footer className="home-footer">
        <a href={STATEMENT_PATH} data-testid="statement-link" onClick={(event) => followInPlace(event, STATEMENT_PATH)}>
          {t('access.link')}
        </a>
      </footer>
    </main>
  )
}
