// Owner and due date typed in place on the actieoverzicht: sent when the field is left or Enter is
// pressed (not on every key), Escape puts it back. The due date as dd-mm-jjjj, in the app's language.
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { dayInput, parseDayInput } from './format.ts'

function useDraft(value: string) {
  const [draft, setDraft] = useState(value)
  const focused = useRef(false)
  const cancelled = useRef(false)
  // Someone else changed it: follow, unless it is being typed in right now.
  useEffect(() => {
    if (!focused.current) setDraft(value)
  }, [value])
  return { draft, setDraft, focused, cancelled }
}

export function OwnerInput(props: { value: string | null; onCommit: (owner: string | null) => void }) {
  const t = useT()
  const { draft, setDraft, focused, cancelled } = useDraft(props.value ?? '')
  return (
    <input
      type="text"
      data-testid="series-owner"
      value={draft}
      placeholder={t('series.owner.placeholder')}
      maxLength={100}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false
        if (cancelled.current) return void (cancelled.current = false)
        const next = draft.trim() || null
        if (next !== props.value) props.onCommit(next)
      }}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur()
        if (e.key === 'Escape') {
          setDraft(props.value ?? '')
          cancelled.current = true
          e.currentTarget.blur()
        }
      }}
    />
  )
}

export function DueInput(props: { value: string | null; late: boolean; onCommit: (due: string | null) => void }) {
  const t = useT()
  const { draft, setDraft, focused, cancelled } = useDraft(dayInput(props.value))
  const parsed = parseDayInput(draft)
  return (
    <input
      type="text"
      inputMode="numeric"
      data-testid="series-due"
      value={draft}
      placeholder={t('series.due.placeholder')}
      title={parsed === 'invalid' ? t('series.due.invalid') : undefined}
      aria-invalid={parsed === 'invalid' || props.late || undefined}
      maxLength={10}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false
        if (cancelled.current) return void (cancelled.current = false)
        if (parsed === 'invalid') return
        if (parsed !== props.value) props.onCommit(parsed)
      }}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur()
        if (e.key === 'Escape') {
          setDraft(dayInput(props.value))
          cancelled.current = true
          e.currentTarget.blur()
        }
      }}
    />
  )
}
