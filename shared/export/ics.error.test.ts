import { describe, expect, it, vi } from 'vitest'
import { testPlan } from './testPlan.ts'

// The library reports failures as a value; toIcs must turn that into an error that says what failed.
vi.mock('ics', () => ({ createEvents: () => ({ error: new Error('start is required'), value: null }) }))

describe('toIcs when the calendar library fails', () => {
  it('throws a clear error', async () => {
    const { toIcs } = await import('./ics.ts')
    expect(() => toIcs(testPlan())).toThrow('The calendar for "Winkelstraat Oosterhout" could not be made: start is required')
  })
})
