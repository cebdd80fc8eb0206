import { describe, expect, it } from 'vitest'
import { area, note, sid, testBoard } from '../areas/testFixtures.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { overlaps } from './freeSpot.ts'
import { addNoteToBoard } from './addNote.ts'

const box = (r: BoardRecord) => ({ x: r.x as number, y: r.y as number, w: 200, h: 200 })

describe('addNoteToBoard', () => {
  it('places a note inside the area, on no other note, above every shape, without writing it', () => {
    const board = testBoard(area({ id: 'ideas', x: 0, y: 0, w: 1000, h: 800, index: 'a5' }), note({ id: 'n1', x: 24, y: 130, index: 'a6' }))
    const before = board.size()
    const added = addNoteToBoard({ board, text: 'Meer groen', areaId: sid('ideas'), id: 'shape:new', meta: { createdBy: 'me', createdAt: 5 } })
    if (!added.ok) throw new Error(added.error)
    const r = added.record
    expect(board.size()).toBe(before)
    expect(r).toMatchObject({ id: 'shape:new', type: 'note', parentId: 'page:board', meta: { createdBy: 'me', createdAt: 5 } })
    expect(r.x as number).toBeGreaterThanOrEqual(0)
    expect((r.x as number) + 200).toBeLessThanOrEqual(1000)
    expect(overlaps(box(r), box(board.get(sid('n1'))!))).toBe(false)
    expect(String(r.index) > 'a6').toBe(true)
  })

  it('refuses an unknown area, and finds a free spot without one', () => {
    const board = testBoard(note({ id: 'n1', x: -100, y: -100 }))
    expect(addNoteToBoard({ board, text: 'x', areaId: 'shape:nope', id: 'shape:new' })).toEqual({ ok: false, error: 'unknown-area' })
    const free = addNoteToBoard({ board, text: 'x', id: 'shape:new' })
    if (!free.ok) throw new Error(free.error)
    expect(overlaps(box(free.record), box(board.get(sid('n1'))!))).toBe(false)
    expect(free.record.meta).toEqual({})
  })
})
