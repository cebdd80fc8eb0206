import { describe, expect, it } from 'vitest'
import { note } from '../areas/testFixtures.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { hiddenBySilence, noteOrigin, privateNoteProblem, silentRoundCovers } from './silent.ts'
import type { SilentState } from './types.ts'

const SINCE = 1_000_000
const on: SilentState = { on: true, areaId: 'shape:ideas', since: SINCE, notes: 0, people: 0 }
const participant = { authorId: 'me', isFacilitator: false }
const inIdeas = () => 'shape:ideas'

const written = (createdBy: unknown, createdAt: unknown): BoardRecord => note({ id: 'n', meta: { createdBy, createdAt } })

describe('hiddenBySilence', () => {
  it("hides others' new notes in the area from participants, not their own or older ones", () => {
    expect(hiddenBySilence(written('you', SINCE + 1), on, participant, inIdeas)).toBe(true)
    expect(hiddenBySilence(written('you', SINCE), on, participant, inIdeas)).toBe(true)
    expect(hiddenBySilence(written('me', SINCE + 1), on, participant, inIdeas)).toBe(false)
    expect(hiddenBySilence(written('you', SINCE - 1), on, participant, inIdeas)).toBe(false)
  })

  it('hides notes of unknown age or author (nothing written during the round leaks)', () => {
    expect(hiddenBySilence(note({ id: 'old-client' }), on, participant, inIdeas)).toBe(true)
    expect(hiddenBySilence(written(null, SINCE + 5), on, participant, inIdeas)).toBe(true)
    expect(noteOrigin(written(7, 'x'))).toEqual({ createdBy: null, createdAt: null })
  })

  it('shows everything to the facilitator, outside the area, to everyone when off, and non-notes always', () => {
    const fresh = written('you', SINCE + 1)
    expect(hiddenBySilence(fresh, on, { authorId: 'f', isFacilitator: true }, inIdeas)).toBe(false)
    expect(hiddenBySilence(fresh, on, participant, () => 'shape:other')).toBe(false)
    expect(hiddenBySilence(fresh, { ...on, on: false }, participant, inIdeas)).toBe(false)
    expect(hiddenBySilence(fresh, { ...on, areaId: null }, participant, () => undefined)).toBe(true)
    expect(hiddenBySilence({ ...fresh, type: 'geo' }, on, participant, inIdeas)).toBe(false)
  })
})

describe('silentRoundCovers', () => {
  it("covers the round's area, every area when it has none, nothing when off", () => {
    expect(silentRoundCovers(on, 'shape:ideas')).toBe(true)
    expect(silentRoundCovers(on, 'shape:other')).toBe(false)
    expect(silentRoundCovers(on, undefined)).toBe(false)
    expect(silentRoundCovers({ ...on, areaId: null }, undefined)).toBe(true)
    expect(silentRoundCovers({ ...on, on: false }, 'shape:ideas')).toBe(false)
  })
})

describe('privateNoteProblem', () => {
  it('lets sticky notes stored under their own id through, nothing else', () => {
    const ok = note({ id: 'abc_1' })
    expect(privateNoteProblem(ok.id, ok)).toBeUndefined()
    expect(privateNoteProblem('shape:other', ok)).toMatch(/holds record/)
    expect(privateNoteProblem(ok.id, { ...ok, type: 'geo' })).toMatch(/sticky notes only/)
    expect(privateNoteProblem(ok.id, { ...ok, typeName: 'page' })).toMatch(/sticky notes only/)
    expect(privateNoteProblem('shape:a b', { ...ok, id: 'shape:a b' })).toMatch(/id/)
    expect(privateNoteProblem(ok.id, { ...ok, parentId: null })).toMatch(/parent/)
    expect(privateNoteProblem(ok.id, null)).toMatch(/not a record/)
    expect(privateNoteProblem(ok.id, 'x')).toMatch(/not a record/)
  })
})
