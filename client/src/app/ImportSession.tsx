// "Sessie importeren" on the home page: pick a backup file, the server makes a new session of it, and
// we land on its facilitator page, as after starting a new session.
import { useRef, useState, type ChangeEvent } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { ApiError } from './api.ts'
import { importSession } from './lifecycleApi.ts'
import { navigate } from './route.ts'
import { rememberSession } from '../home/mySessionsStore.ts'

/** `createToken`: the server's access code when it asks for one (the same as for a new session). */
export function ImportSession(props: { createToken?: string }) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    setError(null)
    let text: string
    try {
      text = await file.text()
    } catch {
      setBusy(false)
      setError(t('lifecycle.import.unreadable'))
      return
    }
    try {
      const created = await importSession(text, props.createToken || undefined)
      rememberSession({ id: created.id, title: created.title, facilitator: created.facilitator, createdAt: new Date().toISOString() })
      navigate(`/f/${created.facilitator}`)
    } catch (err) {
      setBusy(false)
      setError(err instanceof ApiError ? t('lifecycle.import.error', { message: err.message }) : t('home.error.network'))
    }
  }

  return (
    <section className="card home-form home-import">
      <h2>{t('lifecycle.import.heading')}</h2>
      <p className="hint">{t('lifecycle.import.hint')}</p>
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="import-session-file" onChange={(event) => void onFile(event)} />
      {error && (
        <p className="form-error" role="alert" data-testid="import-session-error">
          {error}
        </p>
      )}
      <button type="button" className="button secondary" data-testid="import-session" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('lifecycle.import.busy') : t('lifecycle.import.choose')}
      </button>
    </section>
  )
}
