// The timer as every screen shows it: hidden while idle, the remaining m:ss, paused, the last
// minute, and "time is up" (a running timer at zero, until the facilitator resets or adds a minute).
import { formatRemaining, isTimeUp, remainingMs } from './timer.ts'
import type { TimerState } from './types.ts'

/** Below this the badge turns amber, so the room sees the end coming. */
const TIMER_WARNING_MS = 60_000

export type TimerLook = 'running' | 'warning' | 'paused' | 'up'

export interface TimerView {
  /** Shown at all (not while idle: a set but unstarted timer is the facilitator's business). */
  visible: boolean
  look: TimerLook
  /** `m:ss` (or `h:mm:ss`). */
  text: string
  remainingMs: number
}

export function timerView(timer: TimerState, now: number): TimerView {
  const left = remainingMs(timer, now)
  const text = formatRemaining(left)
  if (timer.phase === 'idle') return { visible: false, look: 'paused', text, remainingMs: left }
  if (timer.phase === 'paused') return { visible: true, look: 'paused', text, remainingMs: left }
  if (isTimeUp(timer, now)) return { visible: true, look: 'up', text, remainingMs: 0 }
  return { visible: true, look: left <= TIMER_WARNING_MS ? 'warning' : 'running', text, remainingMs: left }
}

/** Whole minutes for the facilitator's input: the set duration, at least 1. */
export function timerMinutes(timer: TimerState): number {
  return Math.max(1, Math.round(timer.durationMs / 60_000))
}
