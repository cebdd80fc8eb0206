// The session timer as every screen shows it (board pages, the projector, the phone page): hidden
// while idle, m:ss from the server clock, "paused", amber in the last minute, and a clear "time is
// up" at zero. The facilitator's page can also beep once when the time runs out. A screen reader hears
// the last minute starting and the end (timerAnnouncement.ts), never the seconds.
import { useEffect, useReducer, useRef } from 'react'
import { timerView } from '../../../shared/facilitation/timerView.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { beep } from './beep.ts'
import { timerMoment, type TimerMoment, type TimerSeen } from './timerAnnouncement.ts'
import { useControl, type ControlView } from './useControl.ts'

/** Often enough that the seconds never visibly stall, rarely enough to cost nothing. */
const TICK_MS = 250

export function TimerBadge(props: {
  /** 'large' on the projector. */
  size?: 'normal' | 'large'
  /** Beep when the time runs out while this page watches (the facilitator's page). */
  beepAtZero?: boolean
  /** The control state to show; by default the board's (ControlContext). The phone page may pass its own. */
  view?: ControlView
  className?: string
  /** Say the last minute and the end to screen readers (default). One badge per page should. */
  announce?: boolean
}) {
  const t = useT()
  const fromContext = useControl()
  const { control, serverNow } = props.view ?? fromContext
  const timer = control.timer
  useTicker(timer.phase === 'running' ? TICK_MS : null)
  const view = timerView(timer, serverNow())
  useBeepAtZero(!!props.beepAtZero, view.look === 'up', timer.seq)
  const moment = useTimerMoment({ look: view.visible ? view.look : 'hidden', seq: timer.seq })
  // Rendered while the badge is hidden too: a live region must be in the page before its words change.
  const spoken = props.announce === false ? null : <TimerAnnouncer moment={moment} />

  if (!view.visible) return spoken
  return (
    <>
      <div
        className={`timer-badge timer-${view.look} timer-size-${props.size ?? 'normal'} ${props.className ?? ''}`}
        data-testid="timer-badge"
        data-state={view.look}
        data-remaining={view.text}
        role="timer"
        aria-label={view.look === 'up' ? t('timer.up') : t('timer.label', { time: view.text })}
      >
        <svg className="timer-icon" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M12 9v4.5l2.8 1.8M9.5 2.8h5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <span className="timer-time" data-testid="timer-time">
          {view.text}
        </span>
        {view.look === 'paused' && <span className="timer-note">{t('timer.paused')}</span>}
        {/* seen, not announced here: the announcer says it once, and not on opening a page after the end */}
        {view.look === 'up' && <span className="timer-note">{t('timer.up')}</span>}
      </div>
      {spoken}
    </>
  )
}

/** Two live regions, empty until their moment: a polite one for the last minute, an alert for the end. */
function TimerAnnouncer(props: { moment: TimerMoment | null }) {
  const t = useT()
  return (
    <>
      <p className="visually-hidden" role="status" data-testid="timer-say-minute">
        {props.moment === 'minute' ? t('timer.say.minute') : ''}
      </p>
      <p className="visually-hidden" role="alert" data-testid="timer-say-up">
        {props.moment === 'up' ? t('timer.say.up') : ''}
      </p>
    </>
  )
}

/** The moment to announce, from the looks seen render after render (what the last commit saw, in refs). */
function useTimerMoment(now: TimerSeen): TimerMoment | null {
  const before = useRef<TimerSeen | null>(null)
  const said = useRef<TimerMoment | null>(null)
  const next = timerMoment(before.current, now, said.current)
  useEffect(() => {
    before.current = now
    said.current = next
  })
  return next
}

/** Re-renders every `ms` while not null. */
export function useTicker(ms: number | null): void {
  const [, tick] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (ms === null) return
    const id = setInterval(tick, ms)
    return () => clearInterval(id)
  }, [ms])
}

/**
 * One beep per run of the timer, and only when this page saw it running first: opening the page
 * (or reconnecting) after the end stays quiet.
 */
function useBeepAtZero(enabled: boolean, up: boolean, seq: number): void {
  const sawRunning = useRef<number | null>(null)
  useEffect(() => {
    if (!up) {
      sawRunning.current = seq
      return
    }
    if (enabled && sawRunning.current === seq) beep()
    sawRunning.current = null
  }, [enabled, up, seq])
}
