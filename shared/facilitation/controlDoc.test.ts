import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { controlMap, hasVoterEntries, observeControl, readControl, voteTotal, voteTotals, votesMap, writeControl, writeVoteTotal } from './controlDoc.ts'
import { DEFAULT_CONTROL, type VoteState } from './types.ts'

describe('readControl', () => {
  it('reads the defaults from a board that has no control state', () => {
    expect(readControl(new Y.Doc())).toEqual(DEFAULT_CONTROL)
  })

  it('falls back field by field when stored values are damaged', () => {
    const doc = new Y.Doc()
    const map = controlMap(doc)
    map.set('lock', { board: 'yes', structure: false })
    map.set('timer', 'soon')
    map.set('follow', [1, 2])
    map.set('vote', { id: 7, dots: 3 })
    map.set('silent', { on: true, areaId: 42, since: 'now' })
    map.set('focus', null)
    const control = readControl(doc)
    expect(control.lock).toEqual({ board: false, structure: false })
    expect(control.timer).toEqual(DEFAULT_CONTROL.timer)
    expect(control.follow).toEqual(DEFAULT_CONTROL.follow)
    expect(control.vote).toBeNull()
    // areaId's default is null, so any stored value is taken; a wrong `since` is not.
    expect(control.silent).toMatchObject({ on: true, since: 0 })
    expect(control.focus).toEqual(DEFAULT_CONTROL.focus)
  })

  it('writes parts in one transaction and tells observers', () => {
    const doc = new Y.Doc()
    let updates = 0
    doc.on('update', () => updates++)
    let seen = 0
    const stop = observeControl(doc, () => seen++)
    const vote: VoteState = { id: 'v', phase: 'open', dots: 3, areaId: null, noteIds: null, tally: 'live', revealed: false }
    writeControl(doc, { lock: { board: true, structure: true }, vote })
    expect(updates).toBe(1)
    expect(readControl(doc)).toMatchObject({ lock: { board: true, structure: true }, vote })
    votesMap(doc).set('shape:n', { a: 1 })
    expect(seen).toBe(2)
    stop()
    writeControl(doc, { vote: null })
    expect(seen).toBe(2)
  })
})

describe('vote totals', () => {
  it("reads a total, or an older board's { voterId: dots } as the sum of its whole positive counts", () => {
    const doc = new Y.Doc()
    votesMap(doc).set('shape:old', { a: 2, b: 0, c: -1, d: 1.5, e: '3' as never, f: 1 })
    votesMap(doc).set('shape:new', 4)
    votesMap(doc).set('shape:bad', -2)
    expect(voteTotal(doc, 'shape:old')).toBe(3)
    expect(voteTotal(doc, 'shape:new')).toBe(4)
    expect(voteTotal(doc, 'shape:bad')).toBe(0)
    expect(voteTotal(doc, 'shape:none')).toBe(0)
    expect(voteTotals(doc)).toEqual(
      new Map([
        ['shape:old', 3],
        ['shape:new', 4],
      ]),
    )
    expect(hasVoterEntries(doc)).toBe(true)
  })

  it("writes totals only, and removes a note's entry for 0 or a hidden count", () => {
    const doc = new Y.Doc()
    writeVoteTotal(doc, 'shape:n', 2)
    expect(votesMap(doc).get('shape:n')).toBe(2)
    expect(hasVoterEntries(doc)).toBe(false)
    writeVoteTotal(doc, 'shape:n', undefined)
    expect(votesMap(doc).has('shape:n')).toBe(false)
    writeVoteTotal(doc, 'shape:m', 0)
    expect(votesMap(doc).has('shape:m')).toBe(false)
  })
})
