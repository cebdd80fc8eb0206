import { describe, expect, it } from 'vitest'
import { note, sid, testBoard } from '../areas/testFixtures.ts'
import { votesMap } from '../facilitation/index.ts'
import { voteCount } from './votes.ts'

describe('voteCount', () => {
  it("reads the total in the votes map, or an older board's dots per voter as their sum", () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, votes: 4 }), note({ id: 'old', x: 300, y: 0, votes: { alice: 2, bob: 1 } }))
    expect(voteCount(board, { id: sid('n') })).toBe(4)
    expect(voteCount(board, { id: sid('old') })).toBe(3)
  })

  it('counts only whole positive numbers, and 0 without votes', () => {
    const board = testBoard(
      note({ id: 'n', x: 0, y: 0, votes: { a: '3', b: null, c: Number.NaN, d: Infinity, e: 1, f: -2, g: 1.5 } }),
      note({ id: 'm', x: 300, y: 0 }),
    )
    expect(voteCount(board, { id: sid('n') })).toBe(1)
    expect(voteCount(board, { id: sid('m') })).toBe(0)
    votesMap(board.doc).set(sid('m'), [1, 2] as never)
    expect(voteCount(board, { id: sid('m') })).toBe(0)
  })

  it('ignores votes a client wrote into the note itself', () => {
    const board = testBoard()
    board.apply({ put: [{ ...note({ id: 'n', x: 0, y: 0 }), meta: { votes: { me: 99 } } }] })
    expect(voteCount(board, { id: sid('n') })).toBe(0)
  })
})
