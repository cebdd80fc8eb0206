// "Begeleiden", the facilitator's menu in the top bar: the timer, the locks, follow me and the
// projector, plus a slot for the voting and silent-brainstorm controls. Every action is a call to the
// facilitator's API; what the buttons show comes back through the board document (useControl), so
// two facilitator tabs always agree.
import { useRef, useState, type ReactNode } from 'react'
import type { Editor } from 'tldraw'
import { MAX_TIMER_MS, type TimerCommand } from '../../../shared/facilitation/index.ts'
import { timerMinutes, timerView } from '../../../shared/facilitation/timerView.ts'
import { boardUrl } from '../app/route.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { useDismiss } from '../panels/useDismiss.ts'
import { controlApi, type ControlTarget } from './controlApi.ts'
import { actionError } from './actionError.ts'
import { useTicker } from './TimerBadge.tsx'
import { useControl } from './useControl.ts'
import { TidyAreaItem } from '../layout/TidyAreaItem.tsx'

const MAX_MINUTES = MAX_TIMER_MS / 60_000
const PRESETS = [3, 5, 10, 15]

export function FacilitateMenu(props: {
  editor: Editor | null
  target: ControlTarget
  /** The view token, for the projector window. */
  viewToken: string | null
  /**
   * Slot for the voting and silent-brainstorm controls (client/src/voting/): shown in this menu,
   * under the facilitator's other tools.
   */
  voteAndSilentControls?: ReactNode
}) {
  const t = useT()
  const { control, serverNow } = useControl()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The minutes field: what the facilitator types, until the timer is set to it.
  const [minutes, setMinutes] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  useDismiss(open, rootRef, () => setOpen(false))

  const { timer, lock, follow } = control
  useTicker(open && timer.phase === 'running' ? 250 : null)
  const shown = timerView(timer, serverNow())
  const timeUp = shown.look === 'up'
  const selfId = props.editor?.user.getRecordId() ?? null
  const leading = follow.userId !== null && follow.userId === selfId
  const keepOn = follow.keep && follow.userId !== null

  const run = async (name: string, action: () => Promise<unknown>) => {
    setBusy(name)
    setError(null)
    try {
      await action()
    } catch (cause) {
      setError(actionError(cause, t))
    } finally {
      setBusy(null)
    }
  }

  const wantedMinutes = (): number | null => {
    if (minutes === null) return null
    const value = Number(minutes.replace(',', '.'))
    return Number.isFinite(value) && value > 0 ? Math.min(MAX_MINUTES, value) : null
  }

  const timerCommand = (command: TimerCommand) => controlApi.timer(props.target, command)

  const startTimer = () =>
    run('timer-start', async () => {
      const wanted = wantedMinutes()
      // A new number typed: set it first (this also restarts a running or paused timer), then start.
      // After "time is up" the timer still runs at zero: back to the set time, then start again.
      if (wanted !== null && wanted * 60_000 !== timer.durationMs) {
        await timerCommand({ do: 'set', minutes: wanted })
      } else if (timer.phase === 'running') {
        if (!timeUp) return
        await timerCommand({ do: 'reset' })
      }
      await timerCommand({ do: 'start' })
      setMinutes(null)
    })

  const setPreset = (value: number) =>
    run('timer-preset', async () => {
      setMinutes(null)
      await timerCommand({ do: 'set', minutes: value })
      await timerCommand({ do: 'start' })
    })

  const followMe = (keep: boolean) => run(keep ? 'follow-keep' : 'follow-me', () => controlApi.follow(props.target, { userId: selfId, keep }))
  const stopFollow = () => run('follow-stop', () => controlApi.follow(props.target, { userId: null }))

  const openProjector = () => {
    if (!props.viewToken) return
    // A window of its own (not a tab), to drag onto the projector's screen; reused on a second click.
    window.open(boardUrl('v', props.viewToken), 'samenbord-projector', 'popup=yes,width=1280,height=720,noopener')
  }

  const disabled = busy !== null

  return (
    <div className="facilitate-menu" ref={rootRef}>
      <button
        type="button"
        className="button secondary facilitate-button"
        data-testid="facilitate-menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls="facilitate-panel"
        title={t('facilitate.button')}
        data-active={lock.board || keepOn || timer.phase !== 'idle' ? 'true' : undefined}
        onClick={() => {
          setError(null)
          setOpen((value) => !value)
        }}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="facilitate-button-icon">
          <path d="M4 17V3.5M4 4h9.5l-2 3.2 2 3.3H4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="facilitate-button-label">{t('facilitate.button')}</span>
      </button>
      <div id="facilitate-panel" className="card menu-panel facilitate-panel" data-testid="facilitate-panel" hidden={!open} role="dialog" aria-label={t('facilitate.title')}>
        <section className="facilitate-section" aria-labelledby="facilitate-timer">
          <h2 id="facilitate-timer" className="insert-heading facilitate-heading">
            {t('timer.heading')}
            <span className={`facilitate-timer-status timer-${shown.look}`} data-testid="timer-status" data-phase={timer.phase}>
              {shown.look === 'up' ? t('timer.status.up') : t(`timer.status.${timer.phase}`, { time: shown.text })}
            </span>
          </h2>
          <div className="facilitate-row">
            <label className="facilitate-minutes">
              <span>{t('timer.minutes')}</span>
              <input
                type="number"
                inputMode="decimal"
                min={1}
                max={MAX_MINUTES}
                step={1}
                data-testid="timer-minutes"
                value={minutes ?? String(timerMinutes(timer))}
                onChange={(event) => setMinutes(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void startTimer()
                }}
              />
            </label>
            {timer.phase === 'running' && !timeUp ? (
              <button type="button" className="button primary" data-testid="timer-pause" disabled={disabled} onClick={() => void run('timer-pause', () => timerCommand({ do: 'pause' }))}>
                {t('timer.pause')}
              </button>
            ) : (
              <button type="button" className="button primary" data-testid="timer-start" disabled={disabled} onClick={() => void startTimer()}>
                {timer.phase === 'paused' ? t('timer.resume') : timeUp ? t('timer.restart') : t('timer.start')}
              </button>
            )}
            <button type="button" className="button secondary" data-testid="timer-add-minute" title={t('timer.addMinuteHint')} disabled={disabled} onClick={() => void run('timer-add', () => timerCommand({ do: 'add-minute' }))}>
              {t('timer.addMinute')}
            </button>
            <button type="button" className="button secondary" data-testid="timer-reset" title={t('timer.resetHint')} disabled={disabled || timer.phase === 'idle'} onClick={() => void run('timer-reset', () => timerCommand({ do: 'reset' }))}>
              {t('timer.reset')}
            </button>
          </div>
          <div className="facilitate-presets">
            {PRESETS.map((value) => (
              <button key={value} type="button" className="chip-button" data-testid={`timer-preset-${value}`} disabled={disabled} onClick={() => void setPreset(value)}>
                {value} min
              </button>
            ))}
          </div>
        </section>

        <section className="facilitate-section" aria-labelledby="facilitate-lock">
          <h2 id="facilitate-lock" className="insert-heading facilitate-heading">{t('lock.heading')}</h2>
          <Switch testId="lock-board" checked={lock.board} disabled={disabled} label={t('lock.board')} hint={t('lock.boardHint')} onChange={(on) => void run('lock-board', () => controlApi.lock(props.target, { locked: on }))} />
          <Switch testId="lock-structure" checked={lock.structure} disabled={disabled} label={t('lock.structure')} hint={t('lock.structureHint')} onChange={(on) => void run('lock-structure', () => controlApi.lock(props.target, { structure: on }))} />
        </section>

        <section className="facilitate-section" aria-labelledby="facilitate-follow">
          <h2 id="facilitate-follow" className="insert-heading facilitate-heading">
            {t('follow.heading')}
            {keepOn && (
              <span className="facilitate-follow-status" data-testid="follow-status">
                {leading ? t('follow.active') : t('follow.activeOther')}
              </span>
            )}
          </h2>
          <button type="button" className="button secondary facilitate-wide" data-testid="follow-me" title={t('follow.bringHereHint')} disabled={disabled || !selfId} onClick={() => void followMe(false)}>
            {t('follow.bringHere')}
          </button>
          <Switch testId="follow-keep" checked={keepOn && leading} disabled={disabled || !selfId} label={t('follow.keep')} hint={t('follow.keepHint')} onChange={(on) => void (on ? followMe(true) : stopFollow())} />
          {keepOn && !leading && (
            <button type="button" className="button secondary facilitate-wide" data-testid="follow-stop" disabled={disabled} onClick={() => void stopFollow()}>
              {t('follow.stop')}
            </button>
          )}
        </section>

        <TidyAreaItem editor={props.editor} />
        <section className="facilitate-section" aria-labelledby="facilitate-projector">
          <h2 id="facilitate-projector" className="insert-heading facilitate-heading">{t('projector.heading')}</h2>
          <button type="button" className="button secondary facilitate-wide" data-testid="open-projector" disabled={!props.viewToken} onClick={openProjector}>
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
              <path d="M2.5 4h15v9h-15zM10 13v3M6.5 16.5h7" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {t('projector.open')}
          </button>
          <p className="hint facilitate-hint">{t('projector.openHint')}</p>
        </section>

        {props.voteAndSilentControls && (
          <section className="facilitate-section facilitate-slot" data-testid="facilitate-slot">
            {props.voteAndSilentControls}
          </section>
        )}

        {error && (
          <p className="form-error facilitate-error" role="alert" data-testid="facilitate-error">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}

function Switch(props: { testId: string; checked: boolean; disabled: boolean; label: string; hint: string; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      className="facilitate-switch"
      data-testid={props.testId}
      aria-checked={props.checked}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.checked)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-text">
        <strong>{props.label}</strong>
        <span className="hint">{props.hint}</span>
      </span>
    </button>
  )
}
