import { describe, expect, it } from 'vitest'
import { area, note, testBoard } from '../areas/testFixtures.ts'
import { writeControl } from '../facilitation/controlDoc.ts'
import { goesPrivate, silentHiddenIds } from './silentView.ts'

const SINCE = 1_000
const silent = { on: true, areaId: 'shape:ideas', since: SINCE, notes: 0, people: 0 }
const anna = { authorId: 'anna-browser', isFacilitator: false }
const by = (createdBy: string | undefined, createdAt: number | undefined) => ({
  ...(createdBy ? { createdBy } : {}),
  ...(createdAt !== undefined ? { createdAt } : {}),
})

function board() {
  return testBoard(
    area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', x: 0, y: 0, w: 1000, h: 1000 }),
    area({ id: 'other', kind: 'goals', template: 'vision', instance: 'v', x: 2000, y: 0, w: 1000, h: 1000 }),
    note({ id: 'old-bert', x: 10, y: 10, meta: by('bert', SINCE - 1) }),
    note({ id: 'new-bert', x: 300, y: 10, meta: by('bert', SINCE + 5) }),
    note({ id: 'new-anna', x: 600, y: 10, meta: by('anna-browser', SINCE + 9) }),
    note({ id: 'unknown', x: 10, y: 400 }),
    note({ id: 'new-bert-elsewhere', x: 2100, y: 10, meta: by('bert', SINCE + 5) }),
  )
}

describe('silentHiddenIds', () => {
  it('hides other people’s new notes in the area (and notes of unknown age), not old or own ones', () => {
    expect([...silentHiddenIds(board(), silent, anna)].sort()).toEqual(['shape:new-bert', 'shape:unknown'])
  })

  it('hides the new notes everywhere when the silence has no area', () => {
    const all = { ...silent, areaId: null }
    expect([...silentHiddenIds(board(), all, anna)].sort()).toEqual(['shape:new-bert', 'shape:new-bert-elsewhere', 'shape:unknown'])
  })

  it('hides nothing from the facilitator, nor once the round is revealed', () => {
    expect(silentHiddenIds(board(), silent, { ...anna, isFacilitator: true }).size).toBe(0)
    expect(silentHiddenIds(board(), { ...silent, on: false }, anna).size).toBe(0)
  })
})

describe('goesPrivate', () => {
  it("sends a new note to its author's private document while a round covers where it is", () => {
    const b = board()
    const inIdeas = b.get('shape:new-anna')!
    const elsewhere = b.get('shape:new-bert-elsewhere')!
    expect(goesPrivate(b, inIdeas)).toBe(false)
    writeControl(b.doc, { silent })
    expect(goesPrivate(b, inIdeas)).toBe(true)
    expect(goesPrivate(b, elsewhere)).toBe(false)
    expect(goesPrivate(b, b.get('shape:ideas')!)).toBe(false)
    writeControl(b.doc, { silent: { ...silent, areaId: null } })
    expect(goesPrivate(b, elsewhere)).toBe(true)
    writeControl(b.doc, { silent: { ...silent, on: false } })
    expect(goesPrivate(b, inIdeas)).toBe(false)
  })
})
