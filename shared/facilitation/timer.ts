// Timer transitions and the remaining time, as pure functions of the state and the server clock.
import type { TimerState } from './types.ts'

export const MAX_TIMER_MS = 3 * 60 * 60_000
export const MINUTE = 60_000

export type TimerCommand = { do: 'set'; minutes: number } | { do: 'start' } | { do: 'pause' } | { do: 'add-minute' } | { do: 'reset' }

/** Milliseconds left at `now` (server clock), never below zero. */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.phase === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - now)
  return Math.max(0, timer.remainingMs)
}

/** A running timer whose time is up: every screen signals it. */
export function isTimeUp(timer: TimerState, now: number): boolean {
  return timer.phase === 'running' && remainingMs(timer, now) === 0
}

/** `mm:ss` (or `h:mm:ss`), rounding up so "0:00" appears only at zero. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

export function applyTimerCommand(timer: TimerState, command: TimerCommand, now: number): TimerState {
  const left = remainingMs(timer, now)
  const next = (fields: Partial<TimerState>): TimerState => ({ ...timer, ...fields, seq: timer.seq + 1 })
  switch (command.do) {
    case 'set': {
      const ms = Math.min(MAX_TIMER_MS, Math.max(0, Math.round(command.minutes * MINUTE)))
      return next({ phase: 'idle', durationMs: ms, remainingMs: ms, endsAt: null })
    }
    case 'start':
      if (timer.phase === 'running') return timer
      // Starting at zero (after the end, or never set) starts the set duration again.
      return next({ phase: 'running', endsAt: now + (left > 0 ? left : timer.durationMs), remainingMs: 0 })
    case 'pause':
      if (timer.phase !== 'running') return timer
      return next({ phase: 'paused', remainingMs: left, endsAt: null })
    case 'add-minute':
      if (timer.phase === 'running') return next({ endsAt: now + Math.min(MAX_TIMER_MS, left + MINUTE) })
      return next({ remainingMs: Math.min(MAX_TIMER_MS, left + MINUTE) })
    case 'reset':
      return next({ phase: 'idle', remainingMs: timer.durationMs, endsAt: null })
  }
}
