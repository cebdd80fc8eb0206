// The due-date field of the actions panel: a text field in the app's language instead of
// <input type=date>, which follows the browser's locale (12/01/2026 for 1 December on an English
// browser). It shows 01-12-2026, reads that and anything a note may hold ("vrijdag", "eind januari"),
// says what it will save while someone types, and saves on Enter or on leaving the field; Escape puts
// the saved date back. Nonsense is never saved: the field says so and keeps what was typed.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react'
import { parseDueInput, type DueInput } from '../../../shared/actions/dueInput.ts'
import { numericDate, weekdayDate } from '../../../shared/actions/formatDate.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'

export interface DueDraft {
  input: InputHTMLAttributes<HTMLInputElement> & { 'data-value': string }
  /** What the field will do with the text typed, while it differs from the saved date. */
  message: { id: string; kind: 'preview' | 'invalid'; text: string } | null
}

export function useDueDraft(value: string | null, onCommit: (due: string | null) => void): DueDraft {
  const t = useT()
  const lang = useLang()
  const shown = value ? numericDate(value) : ''
  const [draft, setDraft] = useState(shown)
  const [tried, setTried] = useState(false)
  const focused = useRef(false)
  const id = useId()
  // Someone else changed it (or the note's text did): follow, unless this field is being typed in.
  useEffect(() => {
    if (!focused.current) {
      setDraft(shown)
      setTried(false)
    }
  }, [shown])

  const editing = draft.trim() !== shown
  const parsed: DueInput | null = editing ? parseDueInput(draft, new Date()) : null
  const commit = () => {
    if (!parsed) return setDraft(shown)
    if (parsed.kind === 'invalid') return setTried(true)
    const next = parsed.kind === 'date' ? parsed.due : null
    setTried(false)
    if (next !== value) onCommit(next)
    // Show the saved form ("vrijdag" becomes 25-12-2026), also when it was already the saved date.
    setDraft(next ? numericDate(next) : '')
  }
  const revert = () => {
    setDraft(shown)
    setTried(false)
  }

  let message: DueDraft['message'] = null
  if (parsed?.kind === 'date') message = { id, kind: 'preview', text: t('dueField.preview', { date: weekdayDate(lang, parsed.due) }) }
  else if (parsed?.kind === 'empty') message = { id, kind: 'preview', text: t('dueField.clear') }
  // An error only once the person tried to save, or stopped typing something that cannot become one.
  else if (parsed?.kind === 'invalid' && (tried || draft.trim().length >= 3)) message = { id, kind: 'invalid', text: t('dueField.invalid') }

  return {
    message,
    input: {
      type: 'text',
      inputMode: 'text',
      autoComplete: 'off',
      spellCheck: false,
      value: draft,
      placeholder: t('dueField.placeholder'),
      title: t('dueField.hint'),
      'aria-invalid': parsed?.kind === 'invalid' && tried ? true : undefined,
      'aria-describedby': message ? id : undefined,
      'data-value': value ?? '',
      onFocus: () => (focused.current = true),
      onChange: (e) => {
        setDraft(e.target.value)
        setTried(false)
      },
      onBlur: () => {
        focused.current = false
        commit()
      },
      onKeyDown: (e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          commit()
        } else if (e.key === 'Escape' && editing) {
          // Only this field's edit is undone; the panel (and tldraw) do not see this Escape.
          e.preventDefault()
          e.stopPropagation()
          revert()
        }
      },
    },
  }
}

/** The line under an action's fields saying what the date will be, or why it cannot be. */
export function DueDateMessage(props: { message: DueDraft['message'] }) {
  const { message } = props
  return (
    <p className={`action-due-message${message ? ` ${message.kind}` : ''}`} id={message?.id} aria-live="polite" data-testid="action-due-message">
      {message?.text ?? ''}
    </p>
  )
}
