import { describe, expect, it } from 'vitest'
import { applyTimerCommand, formatRemaining, isTimeUp, MAX_TIMER_MS, MINUTE, remainingMs } from './timer.ts'
import { DEFAULT_CONTROL, type TimerState } from './types.ts'

const T0 = 1_700_000_000_000
const idle = (minutes: number): TimerState => applyTimerCommand(DEFAULT_CONTROL.timer, { do: 'set', minutes }, T0)

describe('timer', () => {
  it('sets a duration (clamped to 0..3 h) and stays idle', () => {
    const t = idle(10)
    expect(t).toMatchObject({ phase: 'idle', durationMs: 10 * MINUTE, remainingMs: 10 * MINUTE, endsAt: null, seq: 1 })
    expect(idle(500).durationMs).toBe(MAX_TIMER_MS)
    expect(idle(-3).durationMs).toBe(0)
  })

  it('runs to an end time on the server clock, pauses with what is left, resumes from there', () => {
    const running = applyTimerCommand(idle(5), { do: 'start' }, T0)
    expect(running).toMatchObject({ phase: 'running', endsAt: T0 + 5 * MINUTE })
    expect(remainingMs(running, T0 + 2 * MINUTE)).toBe(3 * MINUTE)
    // Starting what runs changes nothing (no seq bump: no restart on screens).
    expect(applyTimerCommand(running, { do: 'start' }, T0 + 1000)).toBe(running)

    const paused = applyTimerCommand(running, { do: 'pause' }, T0 + 2 * MINUTE)
    expect(paused).toMatchObject({ phase: 'paused', remainingMs: 3 * MINUTE, endsAt: null })
    expect(remainingMs(paused, T0 + 60 * MINUTE)).toBe(3 * MINUTE)
    expect(applyTimerCommand(paused, { do: 'pause' }, T0)).toBe(paused)

    const resumed = applyTimerCommand(paused, { do: 'start' }, T0 + 10 * MINUTE)
    expect(resumed.endsAt).toBe(T0 + 13 * MINUTE)
    expect(resumed.seq).toBe(paused.seq + 1)
  })

  it('adds a minute while running, paused or idle, never past 3 h', () => {
    const running = applyTimerCommand(idle(5), { do: 'start' }, T0)
    expect(applyTimerCommand(running, { do: 'add-minute' }, T0 + MINUTE).endsAt).toBe(T0 + 6 * MINUTE)
    expect(applyTimerCommand(idle(5), { do: 'add-minute' }, T0).remainingMs).toBe(6 * MINUTE)
    const full = applyTimerCommand(idle(180), { do: 'add-minute' }, T0)
    expect(full.remainingMs).toBe(MAX_TIMER_MS)
    // Time is up: a minute more runs from now, not from the past end.
    const over = applyTimerCommand(running, { do: 'add-minute' }, T0 + 7 * MINUTE)
    expect(over.endsAt).toBe(T0 + 8 * MINUTE)
  })

  it('is up at zero while running; starting after zero starts the set duration again', () => {
    const running = applyTimerCommand(idle(2), { do: 'start' }, T0)
    expect(isTimeUp(running, T0 + 2 * MINUTE - 1)).toBe(false)
    expect(isTimeUp(running, T0 + 2 * MINUTE)).toBe(true)
    expect(remainingMs(running, T0 + 9 * MINUTE)).toBe(0)
    const ended = applyTimerCommand(running, { do: 'pause' }, T0 + 9 * MINUTE)
    expect(ended.remainingMs).toBe(0)
    const again = applyTimerCommand(ended, { do: 'start' }, T0 + 10 * MINUTE)
    expect(again).toMatchObject({ phase: 'running', endsAt: T0 + 12 * MINUTE })
  })

  it('resets to the set duration, idle', () => {
    const running = applyTimerCommand(idle(4), { do: 'start' }, T0)
    const reset = applyTimerCommand(running, { do: 'reset' }, T0 + MINUTE)
    expect(reset).toMatchObject({ phase: 'idle', remainingMs: 4 * MINUTE, durationMs: 4 * MINUTE, endsAt: null })
    expect(reset.seq).toBe(running.seq + 1)
  })

  it('formats rounding up, with hours when needed', () => {
    expect(formatRemaining(0)).toBe('0:00')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(5 * MINUTE)).toBe('5:00')
    expect(formatRemaining(MAX_TIMER_MS)).toBe('3:00:00')
  })
})
