import { describe, expect, it } from 'vitest'
import { actor, area, label, note, sid, testBoard } from '../areas/testFixtures.ts'
import { writeControl } from './controlDoc.ts'
import { castDot, clearDots, dotsUsed, voteNoteIds } from './votes.ts'
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
  it('refuses without an open vote', () => {
    const b = board()
    expect(castDot(b.doc, 'me', sid('a'), 1)).toEqual({ ok: false, error: 'no-open-vote' })
    writeControl(b.doc, { vote: vote({ phase: 'closed' }) })
    expect(castDot(b.doc, 'me', sid('a'), 1)).toEqual({ ok: false, error: 'no-open-vote' })
  })

  it('keeps each voter within the budget, several dots on one note allowed', () => {
    const b = board()
    writeControl(b.doc, { vote: vote({ areaId: sid('left'), dots: 2 }) })
    expect(castDot(b.doc, 'me', sid('a'), 1)).toEqual({ ok: true, votes: { me: 1 }, left: 1 })
    expect(castDot(b.doc, 'me', sid('a'), 1)).toEqual({ ok: true, votes: { me: 2 }, left: 0 })
    expect(castDot(b.doc, 'me', sid('b'), 1)).toEqual({ ok: false, error: 'no-dots-left' })
    expect(castDot(b.doc, 'you', sid('b'), 1)).toMatchObject({ ok: true, left: 1 })
    expect(castDot(b.doc, 'me', sid('c'), 1)).toEqual({ ok: false, error: 'not-in-vote' })
    expect(castDot(b.doc, 'me', sid('nope'), 1)).toEqual({ ok: false, error: 'not-in-vote' })
    expect(dotsUsed(b.doc, 'me', voteNoteIds(b, { areaId: sid('left'), noteIds: null }))).toBe(2)
  })

  it('takes a dot back, and only one that is there', () => {
    const b = board()
    writeControl(b.doc, { vote: vote({ dots: 1 }) })
    expect(castDot(b.doc, 'me', sid('a'), -1)).toEqual({ ok: false, error: 'no-dot-to-remove' })
    castDot(b.doc, 'me', sid('a'), 1)
    castDot(b.doc, 'you', sid('a'), 1)
    expect(castDot(b.doc, 'me', sid('a'), -1)).toEqual({ ok: true, votes: { you: 1 }, left: 1 })
    expect(castDot(b.doc, 'me', sid('b'), 1)).toMatchObject({ ok: true, left: 0 })
    castDot(b.doc, 'you', sid('a'), -1)
    // The last dot off a note removes its entry.
    expect(b.doc.getMap('votes').has(sid('a'))).toBe(false)
  })

  it('clears the dots of the given notes only', () => {
    const b = board()
    writeControl(b.doc, { vote: vote({ dots: 3 }) })
    castDot(b.doc, 'me', sid('a'), 1)
    castDot(b.doc, 'me', sid('c'), 1)
    clearDots(b.doc, [sid('a')])
    expect(b.doc.getMap('votes').has(sid('a'))).toBe(false)
    expect(b.doc.getMap('votes').get(sid('c'))).toEqual({ me: 1 })
  })
})
