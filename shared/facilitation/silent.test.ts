import { describe, expect, it } from 'vitest'
import { note } from '../areas/testFixtures.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { hiddenBySilence, noteOrigin } from './silent.ts'
import type { SilentState } from './types.ts'

const SINCE = 1_000_000
const on: SilentState = { on: true, areaId: 'shape:ideas', since: SINCE }
const participant = { authorId: 'me', isFacilitator: false }
const inIdeas = () => 'shape:ideas'

const written = (createdBy: unknown, createdAt: unknown): BoardRecord => note({ id: 'n', meta: { createdBy, createdAt } })

describe('hiddenBySilence', () => {
  it('hides others\' new notes in the area from participants, not their own or older ones', () => {
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
