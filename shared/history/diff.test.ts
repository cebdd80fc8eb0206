import { describe, expect, it } from 'vitest'
import { area, note } from '../areas/testFixtures.ts'
import { countRecords, diffRecords } from './diff.ts'

describe('diff to a history point', () => {
  it('puts what is missing or different and removes what the point does not hold', () => {
    const kept = note({ id: 'kept', text: 'blijft' })
    const moved = note({ id: 'moved', text: 'verschoven', x: 10 })
    const gone = note({ id: 'gone', text: 'weg' })
    const added = note({ id: 'added', text: 'later' })
    const current = [kept, { ...moved, x: 500 }, added]
    const target = [kept, moved, gone]
    const diff = diffRecords(current, target)
    expect(diff.put.map((r) => r.id).sort()).toEqual([gone.id, moved.id].sort())
    expect(diff.remove).toEqual([added.id])
  })

  it('a record with its keys in another order is not written again', () => {
    const a = note({ id: 'a', text: 'x' })
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a
    expect(diffRecords([reordered], [a])).toEqual({ put: [], remove: [] })
  })

  it('counts notes and areas', () => {
    expect(countRecords([note({ id: 'n1' }), note({ id: 'n2' }), area({ id: 'a1' })])).toEqual({ notes: 2, areas: 1 })
  })
})
