import { describe, expect, it } from 'vitest'
import { dayInput, parseDayInput, shortDay } from './format.ts'

describe('days on the actieoverzicht', () => {
  it('reads in the app language, whatever the browser', () => {
    expect(shortDay('nl', '2026-12-01')).toBe('1 dec 2026')
    expect(shortDay('en', '2026-12-01')).toBe('1 Dec 2026')
    expect(shortDay('nl', null)).toBe('')
  })
  it('types as dd-mm-jjjj and reads it back', () => {
    expect(dayInput('2027-01-31')).toBe('31-01-2027')
    expect(parseDayInput('31-01-2027')).toBe('2027-01-31')
    expect(parseDayInput('1/2/2027')).toBe('2027-02-01')
    expect(parseDayInput(' ')).toBeNull()
    expect(parseDayInput('31-02-2027')).toBe('invalid')
    expect(parseDayInput('morgen')).toBe('invalid')
  })
})
