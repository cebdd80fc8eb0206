// The owner typed in place on the actieoverzicht: sent when the field is left or Enter is pressed (not
// on every key), Escape puts it back. The due date is the board's own field (actions/dueDateField.tsx).
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'

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
