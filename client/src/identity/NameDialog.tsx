// The small modal that asks for a display name on the first visit (and to change it later), with an
// optional organisation or role ("Gemeente", "bewoner") for the action plan's list of who took part.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { cleanName, cleanOrganisation, loadOrganisation, MAX_NAME_LENGTH, MAX_ORGANISATION_LENGTH } from './identity.ts'

export function NameDialog(props: {
  initialName?: string
  /** The organisation or role to start with; the one remembered in this browser when not given. */
  initialOrganisation?: string
  /** Shown above the question, so people know they are joining the right session. */
  sessionTitle?: string
  onSubmit: (name: string, organisation: string) => void
  /** When given, the dialog can be dismissed (changing a name); on first visit it cannot. */
  onCancel?: () => void
}) {
  const t = useT()
  const [name, setName] = useState(props.initialName ?? '')
  const [organisation, setOrganisation] = useState(() => props.initialOrganisation ?? loadOrganisation())
  const inputRef = useRef<HTMLInputElement>(null)
  const { onCancel } = props

  // Focus on the name at once; when the dialog goes, focus goes back where it was (the button that opened it).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    inputRef.current?.focus()
    inputRef.current?.select()
    return () => {
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  useEffect(() => {
    if (!onCancel) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const cleaned = cleanName(name)
    if (cleaned) props.onSubmit(cleaned, cleanOrganisation(organisation))
  }

  // A modal keeps Tab inside: past the last control back to the first, and the other way round.
  function keepFocusInside(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Tab') return
    const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button:not(:disabled)')]
    const first = controls[0]
    const last = controls[controls.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div className="modal-backdrop">
      {/* the dialog role on a div, not the form: a form may not take it (axe aria-allowed-role) */}
      <div className="card modal" role="dialog" aria-modal="true" aria-labelledby="name-dialog-title" data-testid="name-dialog" onKeyDown={keepFocusInside}>
        <form onSubmit={submit}>
          {props.sessionTitle && <p className="modal-kicker">{props.sessionTitle}</p>}
          <h2 id="name-dialog-title">{t('name.title')}</h2>
          <p className="hint">{t('name.body')}</p>
          <label htmlFor="name-input">{t('name.label')}</label>
          <input
            id="name-input"
            ref={inputRef}
            data-testid="name-input"
            type="text"
            required
            maxLength={MAX_NAME_LENGTH}
            autoComplete="nickname"
            placeholder={t('name.placeholder')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <label htmlFor="organisation-input">{t('name.organisation')}</label>
          <input
            id="organisation-input"
            data-testid="organisation-input"
            type="text"
            maxLength={MAX_ORGANISATION_LENGTH}
            autoComplete="organization"
            placeholder={t('name.organisation.placeholder')}
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
          />
          <div className="modal-actions">
            {onCancel && (
              <button type="button" className="button secondary" onClick={onCancel}>
                {t('name.cancel')}
              </button>
            )}
            <button type="submit" className="button primary" data-testid="name-submit" disabled={!cleanName(name)}>
              {onCancel ? t('name.save') : t('name.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  )
}
