import { describe, expect, it } from 'vitest'
import { workshopReference } from './workshopDay.ts'

describe('workshopReference', () => {
  it('is the session’s start', () => {
    expect(workshopReference('2026-11-30T19:00:00.000Z').toISOString()).toBe('2026-11-30T19:00:00.000Z')
  })
  it('falls back to now when the start cannot be read', () => {
    const now = new Date('2027-01-05T10:00:00.000Z')
    expect(workshopReference('not a date', () => now)).toBe(now)
  })
})
