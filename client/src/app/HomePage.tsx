// Home: start a new session and land on its facilitator page.
import { useState, type FormEvent } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { ApiError, createSession } from './api.ts'
import { navigate } from './route.ts'

export const MAX_TITLE_LENGTH = 200

export function HomePage() {
  const t = useT()
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

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
      const created = await createSession(trimmed.slice(0, MAX_TITLE_LENGTH))
      navigate(`/f/${created.facilitator}`)
    } catch (err) {
      setBusy(false)
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
        {error && (
          <p className="form-error" role="alert" data-testid="new-session-error">
            {error}
          </p>
        )}
        <button className="button primary" type="submit" data-testid="new-session-submit" disabled={busy}>
          {busy ? t('home.new.submitting') : t('home.new.submit')}
        </button>
      </form>
    </main>
  )
}
