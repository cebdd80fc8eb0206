// What a screen reader hears of the timer: not the seconds (the badge is role=timer, which is never
// read out by itself), only two moments of a run this page watched: the last minute starting and the
// end. Opening a page, reconnecting or pausing says nothing; the words stay until the look changes.
import type { TimerLook } from '../../../shared/facilitation/timerView.ts'

/** The timer as one render saw it: its look ('hidden' while idle) and the command count of its state. */
export interface TimerSeen {
  look: TimerLook | 'hidden'
  seq: number
}

export type TimerMoment = 'minute' | 'up'

/**
 * The moment to announce now, given what the previous render saw (null on the first), and the moment
 * announced before (kept while its look lasts, so the live region's text does not flicker).
 * Only a change seen within one run counts: the same seq (a command bumps it) and a look before it that
 * was counting down. A timer started with under a minute left says only its end.
 */
export function timerMoment(before: TimerSeen | null, now: TimerSeen, said: TimerMoment | null): TimerMoment | null {
  if (now.look === 'up') {
    if (said === 'up') return 'up'
    const sawItRun = before !== null && before.seq === now.seq && (before.look === 'running' || before.look === 'warning')
    return sawItRun ? 'up' : null
  }
  if (now.look === 'warning') {
    if (said === 'minute') return 'minute'
    return before !== null && before.seq === now.seq && before.look === 'running' ? 'minute' : null
  }
  return null
}
