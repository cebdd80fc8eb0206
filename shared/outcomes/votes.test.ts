import { describe, expect, it } from 'vitest'
import { note } from '../areas/testFixtures.ts'
import { voteCount } from './votes.ts'

describe('voteCount', () => {
  it('sums the numbers in meta.votes', () => {
    expect(voteCount(note({ id: 'n', votes: { alice: 2, bob: 1 } }))).toBe(3)
  })

  it('ignores what is not a number, and counts 0 without votes', () => {
    expect(voteCount(note({ id: 'n', votes: { a: '3', b: null, c: Number.NaN, d: Infinity, e: 1 } }))).toBe(1)
    expect(voteCount(note({ id: 'n' }))).toBe(0)
    expect(voteCount({ id: 'shape:x', typeName: 'shape', meta: { votes: [1, 2] } })).toBe(0)
    expect(voteCount({ id: 'shape:x', typeName: 'shape', meta: { votes: 5 } })).toBe(0)
    expect(voteCount({ id: 'shape:x', typeName: 'shape' })).toBe(0)
  })
})
