// The list view's live region: what others changed, told politely and in one breath. Changes are
// gathered for a short quiet window, then the outline last announced is compared with the current one
// (shared/outline/summarise.ts) and the result is said once: "3 nieuwe notities in Ideeën", not three
// announcements. What this browser changed itself is left out. The facilitator's lock (and its lifting)
// is said here too, at once: the banner that shows it is no live region of its own.
import { useEffect, useRef, useState } from 'react'
import type { Outline } from '../../../shared/outline/readOutline.ts'
import { summariseChanges } from '../../../shared/outline/summarise.ts'
import { useT } from '../i18n/I18nProvider.tsx'

/** Long enough to gather a burst (a round of notes, a reveal), short enough to still be news. */
const BATCH_MS = 1500

/** `own`: ids this browser changed, with when (ms); kept a window longer, as our change may reach the outline a frame after the mark. */
export function LiveAnnouncer(props: { outline: Outline | null; own: Map<string, number>; locked: boolean }) {
  const t = useT()
  const [message, setMessage] = useState('')
  // Whether changes are being gathered now (data-pending: a test's barrier before it makes its own).
  const [pending, setPending] = useState(false)
  const baseline = useRef<Outline | null>(null)
  const latest = useRef<Outline | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const tRef = useRef(t)
  tRef.current = t
  latest.current = props.outline

  useEffect(() => {
    if (!props.outline) return
    if (!baseline.current) {
      baseline.current = props.outline
      return
    }
    if (timer.current) return
    setPending(true)
    timer.current = setTimeout(() => {
      timer.current = null
      setPending(false)
      const before = baseline.current
      const after = latest.current
      if (!before || !after) return
      const messages = summariseChanges(before, after, { elsewhere: tRef.current('listView.elsewhere'), skip: new Set(props.own.keys()) })
      baseline.current = after
      const stale = Date.now() - BATCH_MS
      for (const [id, at] of props.own) if (at < stale) props.own.delete(id)
      if (messages.length > 0) setMessage(messages.map((m) => tRef.current(m.key, m.params)).join('. '))
    }, BATCH_MS)
  }, [props.outline, props.own])

  const wasLocked = useRef(props.locked)
  useEffect(() => {
    if (wasLocked.current === props.locked) return
    wasLocked.current = props.locked
    setMessage(tRef.current(props.locked ? 'listFlow.lock.on' : 'listFlow.lock.off'))
  }, [props.locked])

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="list-live" data-pending={pending}>
      {message}
    </div>
  )
}
