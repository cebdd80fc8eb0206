// The timer: minutes, start/pause, +1 minute, reset and a few presets.
import { useState } from 'react'
import { MAX_TIMER_MS, type TimerCommand } from '../../../../shared/facilitation/index.ts'
import { timerMinutes, timerView } from '../../../../shared/facilitation/timerView.ts'
import { useT } from '../../i18n/I18nProvider.tsx'
import { controlApi } from '../controlApi.ts'
import { useTicker } from '../TimerBadge.tsx'
import { useControl } from '../useControl.ts'
import type { FacilitatorToolProps } from './types.ts'
import { ToolError, useToolAction } from './useToolAction.tsx'
import { ToolSection } from './ToolSection.tsx'

const MAX_MINUTES = MAX_TIMER_MS / 60_000
const PRESETS = [3, 5, 10, 15]

export function TimerTool(props: FacilitatorToolProps) {
  const t = useT()
  const { control, serverNow } = useControl()
  const { disabled, error, run } = useToolAction()
  // The minutes field: what the facilitator types, until the timer is set to it.
  const [minutes, setMinutes] = useState<string | null>(null)
  const { timer } = control
  // Mounted only while the menu is open: tick only then.
  useTicker(timer.phase === 'running' ? 250 : null)
  const shown = timerView(timer, serverNow())
  const timeUp = shown.look === 'up'

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

  return (
    <ToolSection
      name="timer"
      heading={
        <>
          {t('timer.heading')}
          <span className={`facilitate-timer-status timer-${shown.look}`} data-testid="timer-status" data-phase={timer.phase}>
            {shown.look === 'up' ? t('timer.status.up') : t(`timer.status.${timer.phase}`, { time: shown.text })}
          </span>
        </>
      }
    >
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
          <button
            type="button"
            className="button primary"
            data-testid="timer-pause"
            disabled={disabled}
            onClick={() => void run('timer-pause', () => timerCommand({ do: 'pause' }))}
          >
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="button primary" data-testid="timer-start" disabled={disabled} onClick={() => void startTimer()}>
            {timer.phase === 'paused' ? t('timer.resume') : timeUp ? t('timer.restart') : t('timer.start')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          data-testid="timer-add-minute"
          title={t('timer.addMinuteHint')}
          disabled={disabled}
          onClick={() => void run('timer-add', () => timerCommand({ do: 'add-minute' }))}
        >
          {t('timer.addMinute')}
        </button>
        <button
          type="button"
          className="button secondary"
          data-testid="timer-reset"
          title={t('timer.resetHint')}
          disabled={disabled || timer.phase === 'idle'}
          onClick={() => void run('timer-reset', () => timerCommand({ do: 'reset' }))}
        >
          {t('timer.reset')}
        </button>
      </div>
      <div className="facilitate-presets">
        {PRESETS.map((value) => (
          <button
            key={value}
            type="button"
            className="chip-button"
            data-testid={`timer-preset-${value}`}
            disabled={disabled}
            onClick={() => void setPreset(value)}
          >
            {value} min
          </button>
        ))}
      </div>
      <ToolError error={error} />
    </ToolSection>
  )
}
