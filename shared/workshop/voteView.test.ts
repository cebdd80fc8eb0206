import { describe, expect, it } from 'vitest'
import { area, note, testBoard } from '../areas/testFixtures.ts'
import type { VoteState } from '../facilitation/types.ts'
import { CLOSED_BANNER_MS, ranked, readVoteView, roundBannerLeftMs, tallyVisible } from './voteView.ts'

const vote: VoteState = { id: 'v1', phase: 'open', dots: 3, areaId: 'shape:ideas', noteIds: null, tally: 'hidden', revealed: false }

function board() {
  return testBoard(
    area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', x: 0, y: 0, w: 1000, h: 1000 }),
    // b as an older board stored it (per browser id), the others as totals.
    note({ id: 'b', x: 400, y: 10, votes: { anna: 1, bert: 2 } }),
    note({ id: 'a', x: 10, y: 10, votes: 1 }),
    note({ id: 'c', x: 10, y: 400 }),
    note({ id: 'outside', x: 3000, y: 10, votes: 2 }),
  )
}

describe('readVoteView', () => {
  it("lists the vote’s notes in reading order with the document's totals, own dots as the server said, and dots left", () => {
    const view = readVoteView(board(), vote, { mine: { 'shape:b': 1 }, left: 2 })
    expect(view.notes).toEqual([
      { id: 'shape:a', total: 1, mine: 0 },
      { id: 'shape:b', total: 3, mine: 1 },
      { id: 'shape:c', total: 0, mine: 0 },
    ])
    expect(view).toMatchObject({ used: 1, left: 2, open: true, showTotals: false })
    expect(view.byId.get('shape:b')?.mine).toBe(1)
  })

  it('has no own dots without an identity (the view link), and counts the budget from own dots', () => {
    expect(readVoteView(board(), vote, null)).toMatchObject({ used: 0, left: 3 })
    // Own dots on notes no longer in the vote do not count; the server's lower count wins.
    expect(readVoteView(board(), vote, { mine: { 'shape:a': 2, 'shape:gone': 1 }, left: 0 })).toMatchObject({ used: 2, left: 0 })
  })

  it('takes exactly the chosen notes when the vote is on a selection', () => {
    const view = readVoteView(
      board(),
      { ...vote, areaId: null, noteIds: ['shape:c', 'shape:outside', 'shape:gone'] },
      { mine: { 'shape:outside': 2 }, left: 1 },
    )
    expect(view.notes.map((n) => n.id)).toEqual(['shape:c', 'shape:outside'])
    expect(view.left).toBe(1)
  })
})

describe('tallyVisible', () => {
  it('shows totals when live, revealed or closed, and hides them while a hidden vote is open', () => {
    expect(tallyVisible(vote)).toBe(false)
    expect(tallyVisible({ ...vote, tally: 'live' })).toBe(true)
    expect(tallyVisible({ ...vote, revealed: true })).toBe(true)
    expect(tallyVisible({ ...vote, phase: 'closed' })).toBe(true)
  })
})

describe('ranked', () => {
  it('puts the most dots first and keeps reading order on ties', () => {
    const notes = [
      { id: 'x', total: 1, mine: 0 },
      { id: 'y', total: 4, mine: 0 },
      { id: 'z', total: 1, mine: 0 },
    ]
    expect(ranked(notes).map((n) => n.id)).toEqual(['y', 'x', 'z'])
  })
})

describe('roundBannerLeftMs', () => {
  it('keeps the banner while the vote is open, and for CLOSED_BANNER_MS after it closed on the server clock', () => {
    expect(roundBannerLeftMs({ phase: 'open' }, 5)).toBe(Infinity)
    expect(roundBannerLeftMs({ phase: 'closed', closedAt: 1000 }, 1000)).toBe(CLOSED_BANNER_MS)
    expect(roundBannerLeftMs({ phase: 'closed', closedAt: 1000 }, 1000 + CLOSED_BANNER_MS - 1)).toBe(1)
    expect(roundBannerLeftMs({ phase: 'closed', closedAt: 1000 }, 1000 + CLOSED_BANNER_MS)).toBe(0)
    expect(roundBannerLeftMs({ phase: 'closed' }, 1000)).toBe(0)
  })
})
