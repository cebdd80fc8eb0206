// An action's owner typed in place, in the board's actions panel and on the actieoverzicht: sent when
// the field is left or Enter is pressed (not on every key), Escape puts it back.
import { useEffect, useRef, useState } from 'react'

export function OwnerField(props: { value: string | null; onCommit: (owner: string | null) => void; placeholder: string; testId: string }) {
  const [draft, setDraft] = useState(props.value ?? '')
  const focused = useRef(false)
  const cancelled = useRef(false)
  // Someone else changed it (or the text did): follow, unless it is being typed in right now.
  useEffect(() => {
    if (!focused.current) setDraft(props.value ?? '')
  }, [props.value])

  return (
    <input
      type="text"
      data-testid={props.testId}
      value={draft}
      placeholder={props.placeholder}
      maxLength={100}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false
        if (cancelled.current) {
          cancelled.current = false
          return
        }
        const next = draft.trim() || null
        if (next !== (props.value ?? null)) props.onCommit(next)
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
