import { describe, expect, it } from 'vitest'
import { timerMoment, type TimerMoment, type TimerSeen } from './timerAnnouncement.ts'

/** Feeds the looks one render after the other, as TimerAnnouncer does; returns what was said at each. */
function run(looks: TimerSeen[]): (TimerMoment | null)[] {
  let before: TimerSeen | null = null
  let said: TimerMoment | null = null
  return looks.map((now) => {
    said = timerMoment(before, now, said)
    before = now
    return said
  })
}

const at = (look: TimerSeen['look'], seq = 2): TimerSeen => ({ look, seq })

describe('timerMoment', () => {
  it('says the last minute once it starts and the end when it comes, not the seconds between', () => {
    expect(run([at('hidden', 1), at('running'), at('running'), at('warning'), at('warning'), at('up'), at('up')])).toEqual([
      null,
      null,
      null,
      'minute',
      'minute',
      'up',
      'up',
    ])
  })

  it('says nothing when the page opens on a timer already in its last minute or over', () => {
    expect(run([at('warning'), at('warning')])).toEqual([null, null])
    expect(run([at('up'), at('up')])).toEqual([null, null])
  })

  it('says the end of a timer started with under a minute, but no "one minute left"', () => {
    expect(run([at('hidden', 1), at('warning'), at('up')])).toEqual([null, null, 'up'])
  })

  it('says nothing for an end it did not see coming in the same run (a command in between)', () => {
    // A reconnect or a restart after the end: the state arrives with another seq.
    expect(run([at('running', 2), at('up', 3)])).toEqual([null, null])
  })

  it('clears the words when the look changes: a minute added, a pause, a reset', () => {
    expect(run([at('running'), at('warning'), at('running', 3), at('warning', 3), at('paused', 4), at('hidden', 5)])).toEqual([
      null,
      'minute',
      null,
      'minute',
      null,
      null,
    ])
  })
})
