import { describe, expect, it } from 'vitest'
import { ownerMatches, ownersOf } from './ownerFilter.ts'

describe('owner filter (action panel and actieoverzicht)', () => {
  const actions = [{ owner: 'petra' }, { owner: null }, { owner: 'Jan' }, { owner: 'Petra' }, { owner: 'Ömer' }]

  it('lists every owner once, first spelling, in the language order', () => {
    expect(ownersOf(actions, new Intl.Collator('nl'))).toEqual(['Jan', 'Ömer', 'petra'])
  })

  it('keeps everyone, the unowned, or one name whatever its letter case', () => {
    expect(actions.filter((a) => ownerMatches(a, undefined))).toHaveLength(5)
    expect(actions.filter((a) => ownerMatches(a, null))).toEqual([{ owner: null }])
    expect(actions.filter((a) => ownerMatches(a, 'PETRA'))).toEqual([{ owner: 'petra' }, { owner: 'Petra' }])
    expect(ownerMatches({ owner: '' }, null)).toBe(true)
  })
})
