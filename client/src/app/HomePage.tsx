// Home: start a new session and land on its facilitator page. When the server asks for an access code
// (CREATE_TOKEN), a field for it appears; the code is remembered on this device.
import { useEffect, useState, type FormEvent } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { ApiError, createSession } from './api.ts'
import { fetchConfig } from './config.ts'
import { navigate } from './route.ts'
import { ImportSession } from './ImportSession.tsx'

export const MAX_TITLE_LENGTH = 200
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
    try {
      const code = needsCode ? accessCode.trim() : ''
      const created = await createSession(trimmed.slice(0, MAX_TITLE_LENGTH), code || undefined)
      if (code) storeAccessCode(code)
      navigate(`/f/${created.facilitator}`)
    } catch (err) {
      setBusy(false)
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        // Also when /api/config could not be read: the server's answer tells us a code is needed.
        setNeedsCode(true)
        setError(t('home.error.accessCode'))
        return
      }
      setError(
        err instanceof ApiError ? t('home.error.server', { message: err.message }) : t('home.error.network'),
      )
    }
  }

  return (
    <main className="home">
      <header className="home-header">
        <h1 className="home-title">{t('app.name')}</h1>
        <p className="home-tagline">{t('app.tagline')}</p>
      </header>
      <form className="card home-form" onSubmit={onSubmit} noValidate={false}>
        <h2>{t('home.new.heading')}</h2>
        <label htmlFor="new-session-title">{t('home.new.titleLabel')}</label>
        <input
          id="new-session-title"
          data-testid="new-session-title"
          type="text"
          required
          maxLength={MAX_TITLE_LENGTH}
          autoComplete="off"
          autoFocus
          placeholder={t('home.new.titlePlaceholder')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          disabled={busy}
        />
        <p className="hint">{t('home.new.hint')}</p>
        {needsCode && (
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
          {busy ? t('home.new.submitting') : t('home.new.submit')}
        </button>
      </form>
      <ImportSession createToken={needsCode ? accessCode.trim() : undefined} />
    </main>
  )
}
