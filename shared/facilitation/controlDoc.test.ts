import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { controlMap, noteVotes, observeControl, readControl, voteTotal, votesMap, writeControl } from './controlDoc.ts'
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

describe('noteVotes', () => {
  it('keeps only whole positive dot counts', () => {
    const doc = new Y.Doc()
    votesMap(doc).set('shape:n', { a: 2, b: 0, c: -1, d: 1.5, e: '3' as never, f: 1 })
    expect(noteVotes(doc, 'shape:n')).toEqual({ a: 2, f: 1 })
    expect(voteTotal(doc, 'shape:n')).toBe(3)
    expect(noteVotes(doc, 'shape:none')).toEqual({})
  })
})
