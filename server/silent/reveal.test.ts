import { describe, expect, it } from 'vitest'
import { area, note, testBoard } from '../../shared/areas/testFixtures.ts'
import { planReveal, revealProblem } from './reveal.ts'

const board = () => testBoard(area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', x: 0, y: 0, w: 1000, h: 1000 }), note({ id: 'public', x: 10, y: 10 }))

describe('revealProblem', () => {
  it('takes notes whose parent is on the board, and replaces a note of the same id', () => {
    const b = board()
    expect(revealProblem(note({ id: 'new' }), b)).toBeUndefined()
    expect(revealProblem(note({ id: 'public', x: 99 }), b)).toBeUndefined()
  })

  it('refuses what is no note, an id the board uses for something else, and a missing parent', () => {
    const b = board()
    expect(revealProblem({ ...note({ id: 'g' }), type: 'geo' }, b)).toMatch(/sticky notes only/)
    expect(revealProblem({ ...note({ id: 'ideas' }) }, b)).toMatch(/taken on the board by a sb-area/)
    expect(revealProblem({ ...note({ id: 'orphan' }), parentId: 'shape:gone' }, b)).toMatch(/parent/)
  })
})

describe('planReveal', () => {
  it('merges every valid note once, drops the rest for good, and defers what would not fit', () => {
    const b = board()
    const collected = [
      { participant: 'p_a', records: [note({ id: 'a1' }), { ...note({ id: 'ideas' }) }, note({ id: 'same' })] },
      { participant: 'p_b', records: [note({ id: 'b1' }), note({ id: 'same' })] },
    ]
    const plan = planReveal(b, collected, () => true)
    expect(plan.put.map((r) => r.id)).toEqual(['shape:a1', 'shape:same', 'shape:b1'])
    expect(plan.settled.get('p_a')).toEqual({ merged: ['shape:a1', 'shape:same'], dropped: ['shape:ideas'] })
    expect(plan.settled.get('p_b')).toEqual({ merged: ['shape:b1'], dropped: ['shape:same'] })
    expect(plan.problems.map((p) => p.id)).toEqual(['shape:ideas', 'shape:same'])

    const one = JSON.stringify(note({ id: 'a1' })).length
    const tight = planReveal(b, collected, (bytes) => bytes <= one + 10)
    expect(tight.put).toHaveLength(1)
    expect(tight.deferred).toBe(3)
    expect(tight.settled.get('p_b')!.merged).toEqual([])
  })
})
