import { describe, expect, it } from 'vitest'
import { dayMonth, meetingTitles, shortDay, shortTitle } from './format.ts'

describe('days on the actieoverzicht', () => {
  it('reads in the app language, whatever the browser', () => {
    expect(shortDay('nl', '2026-12-01')).toBe('1 dec 2026')
    expect(shortDay('en', '2026-12-01')).toBe('1 Dec 2026')
    expect(shortDay('nl', null)).toBe('')
  })
  it("names a meeting's day without the year", () => {
    expect(dayMonth('nl', '2026-11-30')).toBe('30\u00a0nov')
    expect(dayMonth('en', '2026-11-30')).toBe('30\u00a0Nov')
    expect(dayMonth('nl', 'gisteren')).toBe('')
  })
})

describe('shortTitle', () => {
  it('keeps a short title, cuts a long one at a word with an ellipsis', () => {
    expect(shortTitle('Werkgroep Centrum')).toBe('Werkgroep Centrum')
    expect(shortTitle('Werkgroep Centrum Oosterhout, tweede bijeenkomst')).toBe('Werkgroep Centrum…')
    expect(shortTitle('Winkelstraatverlichtingsoverleg-extra', 12)).toBe('Winkelstraa…')
    expect(shortTitle('  Werkgroep\n  Zuid  ')).toBe('Werkgroep Zuid')
  })
})

describe('meetingTitles', () => {
  it('leaves out the words every title starts with, so what tells the meetings apart shows', () => {
    expect(meetingTitles(['Werkgroep Centrum Oosterhout, start', 'Werkgroep Centrum, extra overleg', 'Werkgroep Centrum, december'])).toEqual([
      'Oosterhout, start',
      'extra overleg',
      'december',
    ])
    // The same title twice, or a title that is all of the common part: the whole title.
    expect(meetingTitles(['Werkgroep Zuid', 'Werkgroep Zuid'])).toEqual(['Werkgroep Zuid', 'Werkgroep Zuid'])
    expect(meetingTitles(['Werkgroep', 'Werkgroep Zuid'])).toEqual(['Werkgroep', 'Werkgroep Zuid'])
    expect(meetingTitles(['Werkgroep Centrum, een heel lange titel voor een bijeenkomst'])).toEqual(['Werkgroep Centrum…'])
  })
})
