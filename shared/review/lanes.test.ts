import { describe, expect, it } from 'vitest'
import type { BoardDoc } from '../board/boardDoc.ts'
import { moveTo, note, sid, terugblikLanes, testBoard } from '../areas/testFixtures.ts'
import { applyActionPatch } from '../actions/edit.ts'
import { readActions } from '../actions/readActions.ts'
import { laneStatus } from './lanes.ts'
import { moveToStatusLane } from './moveToLane.ts'

const JAN = new Date(2026, 0, 10, 12)
const read = (board: BoardDoc) => readActions(board, { reference: JAN, lang: 'nl' })
const statusOf = (board: BoardDoc, id: string) => read(board).find((a) => a.id === sid(id))?.status

// A Terugblik as the template places it: four lanes of 700 × 1200, the key of each is its status.
const terugblik = () => terugblikLanes()

describe('Terugblik lanes: the lane is the status', () => {
  it('reads the status of a lane from its key, and none from other areas or unknown keys', () => {
    expect(laneStatus({ kind: 'review', key: 'done' })).toBe('done')
    expect(laneStatus({ kind: 'review', key: 'later' })).toBeUndefined()
    expect(laneStatus({ kind: 'actions', key: 'done' })).toBeUndefined()
    expect(laneStatus(undefined)).toBeUndefined()
  })

  it('makes every note in a lane an action with the lane’s status, over meta.action.status', () => {
    const board = testBoard(
      ...terugblik(),
      note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds opzetten\n@Anna, vóór 1 maart 2026' }),
      note({ id: 'b', x: 1520, y: 300, text: 'Kerstmarkt evalueren', meta: { action: { status: 'open' } } }),
      note({ id: 'c', x: 2260, y: 300, text: 'Parkeerplan', meta: { action: { status: 'doing' } } }),
    )
    expect(read(board).map((a) => [a.text, a.owner, a.status])).toEqual([
      ['Gevelfonds opzetten', 'Anna', 'open'],
      ['Kerstmarkt evalueren', null, 'done'],
      ['Parkeerplan', null, 'dropped'],
    ])
  })

  it('changes the status when the note moves to another lane, and gives meta back its say outside the lanes', () => {
    const board = testBoard(...terugblik(), note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds', meta: { action: { status: 'doing', marked: true } } }))
    expect(statusOf(board, 'a')).toBe('open')
    moveTo(board, 'a', 1520, 300)
    expect(statusOf(board, 'a')).toBe('done')
    moveTo(board, 'a', 780, 300)
    expect(statusOf(board, 'a')).toBe('doing')
    // Dragged out onto the empty board: marked, so still an action, with the status set by hand.
    moveTo(board, 'a', 5000, 300)
    expect(statusOf(board, 'a')).toBe('doing')
  })

  it('drops an unmarked note dragged out of the lanes from the actions, as the Acties column does', () => {
    const board = testBoard(...terugblik(), note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds' }))
    moveTo(board, 'a', 5000, 300)
    expect(statusOf(board, 'a')).toBeUndefined()
  })

  it('moves a note to the lane of a status chosen by hand, in the same Terugblik, clear of the other notes', () => {
    const other = terugblikLanes('old', 2000)
    const board = testBoard(
      ...terugblik(),
      ...other.map((r) => ({ ...r, y: 2000 })),
      note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds' }),
      note({ id: 'b', x: 1520, y: 300, text: 'Al klaar' }),
    )
    const patched = applyActionPatch(board.get(sid('a'))!, { status: 'done' })
    board.apply({ put: [patched] })
    const put = moveToStatusLane(board.all(), sid('a'), 'done', { grow: true })
    expect(put.map((r) => r.id)).toContain(sid('a'))
    board.apply({ put })
    const action = read(board).find((a) => a.id === sid('a'))!
    expect([action.status, action.area]).toEqual(['done', sid('tb-done')])
    const [a, b] = [board.get(sid('a'))!, board.get(sid('b'))!]
    expect(Math.abs(Number(a.x) - Number(b.x)) >= 200 || Math.abs(Number(a.y) - Number(b.y)) >= 200).toBe(true)
    // Already there, or not in a lane: nothing to move.
    expect(moveToStatusLane(board.all(), sid('a'), 'done', { grow: true })).toEqual([])
    moveTo(board, 'a', 9000, 0)
    expect(moveToStatusLane(board.all(), sid('a'), 'open', { grow: true })).toEqual([])
  })
})
