import { describe, expect, it } from 'vitest'
import { isIsoDate, isOverdue, todayIso } from './dates.ts'

describe('isIsoDate', () => {
  it('accepts real calendar days written as YYYY-MM-DD', () => {
    for (const s of ['2026-12-15', '2026-01-01', '2028-02-29', '2000-02-29']) expect(isIsoDate(s), s).toBe(true)
  })

  it('rejects impossible days and other ways of writing', () => {
    const impossible = ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']
    const otherwise = ['2026-1-5', '15-12-2026', '2026-12-15T00:00:00Z', ' 2026-12-15', '']
    for (const s of [...impossible, ...otherwise]) {
      expect(isIsoDate(s), s).toBe(false)
    }
    expect(isIsoDate(20261215)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
  })
})

describe('todayIso', () => {
  it('is the local calendar day, also just before midnight', () => {
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01')
    expect(todayIso(new Date(2026, 2, 5, 12))).toBe('2026-03-05')
  })
})

describe('isOverdue', () => {
  const today = '2026-03-10'
  it('is overdue only with a due date before today and not done', () => {
    expect(isOverdue({ due: '2026-03-09', status: 'open' }, today)).toBe(true)
    expect(isOverdue({ due: '2025-12-31', status: 'doing' }, today)).toBe(true)
    expect(isOverdue({ due: '2026-03-10', status: 'open' }, today)).toBe(false)
    expect(isOverdue({ due: '2026-03-11', status: 'open' }, today)).toBe(false)
    expect(isOverdue({ due: '2026-03-09', status: 'done' }, today)).toBe(false)
    expect(isOverdue({ due: '2026-03-09', status: 'dropped' }, today)).toBe(false)
    expect(isOverdue({ due: null, status: 'open' }, today)).toBe(false)
  })
})
