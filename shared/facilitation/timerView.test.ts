import { describe, expect, it } from 'vitest'
import { timerMinutes, timerView } from './timerView.ts'
import type { TimerState } from './types.ts'

const NOW = 1_000_000
const timer = (fields: Partial<TimerState>): TimerState => ({
  phase: 'idle',
  durationMs: 5 * 60_000,
  remainingMs: 5 * 60_000,
  endsAt: null,
  seq: 1,
  ...fields,
})

describe('timerView', () => {
  it('is hidden while idle', () => {
    expect(timerView(timer({}), NOW)).toMatchObject({ visible: false, text: '5:00' })
  })

  it('counts down from the server end time while running, amber in the last minute', () => {
    expect(timerView(timer({ phase: 'running', endsAt: NOW + 125_000 }), NOW)).toEqual({
      visible: true,
      look: 'running',
      text: '2:05',
      remainingMs: 125_000,
    })
    expect(timerView(timer({ phase: 'running', endsAt: NOW + 59_500 }), NOW)).toMatchObject({ look: 'warning', text: '1:00' })
  })

  it('shows the time left while paused', () => {
    expect(timerView(timer({ phase: 'paused', remainingMs: 61_000 }), NOW)).toMatchObject({ visible: true, look: 'paused', text: '1:01' })
  })

  it('says time is up at zero until reset', () => {
    expect(timerView(timer({ phase: 'running', endsAt: NOW - 5_000 }), NOW)).toEqual({ visible: true, look: 'up', text: '0:00', remainingMs: 0 })
  })
})

describe('timerMinutes', () => {
  it('rounds the set duration to whole minutes, at least one', () => {
    expect(timerMinutes(timer({ durationMs: 10 * 60_000 }))).toBe(10)
    expect(timerMinutes(timer({ durationMs: 0 }))).toBe(1)
  })
})
