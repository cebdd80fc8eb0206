import { describe, expect, it } from 'vitest'
import { numericDate, shortDate, weekdayDate } from './formatDate.ts'

describe('due dates in the app language', () => {
  it('writes a short date per language, the same on every machine', () => {
    expect(shortDate('nl', '2026-12-01')).toBe('1 dec 2026')
    expect(shortDate('en', '2026-12-01')).toBe('1 Dec 2026')
    expect(shortDate('nl', '2027-03-15')).toBe('15 mrt 2027')
    expect(shortDate('en', '2027-05-31')).toBe('31 May 2027')
  })

  it('writes day-month-year with dashes in both languages, never month first', () => {
    expect(numericDate('2026-12-01')).toBe('01-12-2026')
    expect(numericDate('2027-01-31')).toBe('31-01-2027')
  })

  it('names the weekday', () => {
    expect(weekdayDate('nl', '2026-12-25')).toBe('vrijdag 25 dec 2026')
    expect(weekdayDate('en', '2026-12-21')).toBe('Monday 21 Dec 2026')
  })

  it('returns anything that is not a real day as it is', () => {
    for (const s of ['2026-02-30', 'morgen', '']) {
      expect(shortDate('nl', s)).toBe(s)
      expect(numericDate(s)).toBe(s)
    }
  })
})
