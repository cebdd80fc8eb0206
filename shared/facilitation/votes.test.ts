import { describe, expect, it } from 'vitest'
import { actor, area, label, note, sid, testBoard } from '../areas/testFixtures.ts'
import { BOARD_VOTER, ballotTotal, castDot, clearDots, myDots, shownTotal, tallyVisible, voteNoteIds, votersIn, type Ballots } from './votes.ts'
import type { VoteState } from './types.ts'

function board() {
  return testBoard(
    area({ id: 'left', x: 0, y: 0, w: 1000, h: 1000 }),
    area({ id: 'right', x: 2000, y: 0, w: 1000, h: 1000 }),
    label({ id: 'title', x: 0, y: -200 }),
    note({ id: 'a', x: 100, y: 200, text: 'A' }),
    note({ id: 'b', x: 400, y: 200, text: 'B' }),
    actor({ id: 'actor', x: 100, y: 600, name: 'Gemeente' }),
    note({ id: 'c', x: 2100, y: 200, text: 'C' }),
  )
}

/** Ballots in memory, as the server's ballot box keeps them on disk. */
function memoryBallots(): Ballots & { size(): number } {
  const byNote = new Map<string, Map<string, number>>()
  return {
    get: (noteId, voterId) => byNote.get(noteId)?.get(voterId) ?? 0,
    set(noteId, voterId, dots) {
      const voters = byNote.get(noteId) ?? new Map<string, number>()
      if (dots > 0) voters.set(voterId, dots)
      else voters.delete(voterId)
      if (voters.size > 0) byNote.set(noteId, voters)
      else byNote.delete(noteId)
    },
    on: (noteId) => byNote.get(noteId) ?? new Map(),
    notes: () => byNote.keys(),
    size: () => byNote.size,
  }
}

function vote(fields: Partial<VoteState> = {}): VoteState {
  return { id: 'v1', phase: 'open', dots: 2, areaId: null, noteIds: null, tally: 'hidden', revealed: false, ...fields }
}

describe('voteNoteIds', () => {
  it('takes the notes and actor cards in the area, the chosen selection, or the whole board', () => {
    const b = board()
    expect([...voteNoteIds(b, { areaId: sid('left'), noteIds: null })].sort()).toEqual([sid('a'), sid('actor'), sid('b')])
    expect([...voteNoteIds(b, { areaId: sid('right'), noteIds: null })]).toEqual([sid('c')])
    // A selection keeps only what still is a note or card on the board.
    expect([...voteNoteIds(b, { areaId: null, noteIds: [sid('c'), sid('title'), sid('gone')] })]).toEqual([sid('c')])
    expect(voteNoteIds(b, { areaId: null, noteIds: null }).size).toBe(4)
  })
})

describe('castDot', () => {
  const left = () => voteNoteIds(board(), { areaId: sid('left'), noteIds: null })

  it('refuses without an open vote', () => {
    const ballots = memoryBallots()
    expect(castDot(ballots, null, left(), 'me', sid('a'), 1)).toEqual({ ok: false, error: 'no-open-vote' })
    expect(castDot(ballots, vote({ phase: 'closed' }), left(), 'me', sid('a'), 1)).toEqual({ ok: false, error: 'no-open-vote' })
  })

  it('keeps each voter within the budget, several dots on one note allowed', () => {
    const ballots = memoryBallots()
    const v = vote({ areaId: sid('left'), dots: 2 })
    const ids = left()
    expect(castDot(ballots, v, ids, 'me', sid('a'), 1)).toEqual({ ok: true, mine: { [sid('a')]: 1 }, left: 1 })
    expect(castDot(ballots, v, ids, 'me', sid('a'), 1)).toEqual({ ok: true, mine: { [sid('a')]: 2 }, left: 0 })
    expect(castDot(ballots, v, ids, 'me', sid('b'), 1)).toEqual({ ok: false, error: 'no-dots-left' })
    expect(castDot(ballots, v, ids, 'you', sid('b'), 1)).toEqual({ ok: true, mine: { [sid('b')]: 1 }, left: 1 })
    expect(castDot(ballots, v, ids, 'me', sid('c'), 1)).toEqual({ ok: false, error: 'not-in-vote' })
    expect(myDots(ballots, 'me', v, ids)).toEqual({ mine: { [sid('a')]: 2 }, left: 0 })
    expect(ballotTotal(ballots, sid('a'))).toBe(2)
    expect(votersIn(ballots, ids)).toBe(2)
  })

  it("takes back only the voter's own dot", () => {
    const ballots = memoryBallots()
    const v = vote({ dots: 1 })
    const ids = new Set([sid('a'), sid('b')])
    expect(castDot(ballots, v, ids, 'me', sid('a'), -1)).toEqual({ ok: false, error: 'no-dot-to-remove' })
    castDot(ballots, v, ids, 'you', sid('a'), 1)
    // Your dot is on the note, mine is not: I cannot take yours.
    expect(castDot(ballots, v, ids, 'me', sid('a'), -1)).toEqual({ ok: false, error: 'no-dot-to-remove' })
    castDot(ballots, v, ids, 'me', sid('a'), 1)
    expect(castDot(ballots, v, ids, 'me', sid('a'), -1)).toEqual({ ok: true, mine: {}, left: 1 })
    expect(ballots.on(sid('a'))).toEqual(new Map([['you', 1]]))
    // An older board's dots count, belong to nobody, and make no voter.
    ballots.set(sid('b'), BOARD_VOTER, 3)
    expect(castDot(ballots, v, ids, 'me', sid('b'), -1)).toEqual({ ok: false, error: 'no-dot-to-remove' })
    expect(ballotTotal(ballots, sid('b'))).toBe(3)
    expect(votersIn(ballots, ids)).toBe(1)
  })

  it("clears the dots of the given notes only, everyone's", () => {
    const ballots = memoryBallots()
    const v = vote({ dots: 3 })
    const ids = new Set([sid('a'), sid('c')])
    castDot(ballots, v, ids, 'me', sid('a'), 1)
    castDot(ballots, v, ids, 'you', sid('a'), 1)
    castDot(ballots, v, ids, 'me', sid('c'), 1)
    clearDots(ballots, [sid('a')])
    expect(ballotTotal(ballots, sid('a'))).toBe(0)
    expect(ballots.size()).toBe(1)
    expect(ballots.get(sid('c'), 'me')).toBe(1)
  })
})

describe('shownTotal', () => {
  it("hides the totals of a hidden vote's notes until revealed or closed, and shows every other note's", () => {
    const ballots = memoryBallots()
    ballots.set('n', 'me', 2)
    ballots.set('other', 'me', 1)
    const notes = new Set(['n'])
    const hidden = vote({ tally: 'hidden' })
    expect(tallyVisible(hidden)).toBe(false)
    expect(shownTotal(ballots, hidden, notes, 'n')).toBeUndefined()
    expect(shownTotal(ballots, hidden, notes, 'other')).toBe(1)
    expect(shownTotal(ballots, { ...hidden, revealed: true }, notes, 'n')).toBe(2)
    expect(shownTotal(ballots, { ...hidden, phase: 'closed' }, notes, 'n')).toBe(2)
    expect(shownTotal(ballots, { ...hidden, tally: 'live' }, notes, 'n')).toBe(2)
    expect(shownTotal(ballots, null, notes, 'n')).toBe(2)
  })
})
