import { describe, expect, it } from 'vitest'
import { sortActions } from './sort.ts'
import type { Action, ActionStatus } from './types.ts'

const where = { area: null, areaLabel: null, votes: 0 }
/** The text never decides the order (ties keep board order), so it sorts against the ids. */
const action = (id: string, due: string | null, owner: string | null, status: ActionStatus = 'open'): Action => ({
  ...where,
  id,
  noteId: id,
  text: `z${id}`,
  owner,
  due,
  status,
})

const ids = (actions: Action[]) => actions.map((a) => a.id)

describe('sortActions (the panel and every export)', () => {
  const board = [
    action('a', null, 'Anna', 'done'),
    action('b', '2026-12-15', 'bram'),
    action('c', '2026-12-15', null, 'doing'),
    action('d', '2026-12-01', 'Zoë', 'dropped'),
    action('e', '2026-12-15', 'anna', 'doing'),
    action('f', null, null),
    action('g', '2026-12-15', 'Anna'),
  ]

  it('by due date: undated last, then owner (unowned last, letter case ignored), ties in board order', () => {
    expect(ids(sortActions(board, 'nl'))).toEqual(['d', 'e', 'g', 'b', 'c', 'a', 'f'])
    expect(ids(sortActions(board, 'nl', 'due'))).toEqual(ids(sortActions(board, 'nl')))
  })

  it('by owner, then due date', () => {
    expect(ids(sortActions(board, 'nl', 'owner'))).toEqual(['e', 'g', 'a', 'b', 'd', 'c', 'f'])
  })

  it('by status in the order open, doing, done, dropped, then due date and owner', () => {
    expect(ids(sortActions(board, 'nl', 'status'))).toEqual(['g', 'b', 'f', 'e', 'c', 'a', 'd'])
  })

  it('treats a date that is not a real day, and an empty owner, as none', () => {
    expect(ids(sortActions([action('x', '2026-02-30', 'A'), action('y', '2027-01-01', 'A')], 'nl'))).toEqual(['y', 'x'])
    expect(ids(sortActions([action('x', null, ''), action('y', null, 'Bob')], 'nl'))).toEqual(['y', 'x'])
  })

  it('leaves the list it was given as it was', () => {
    const before = ids(board)
    sortActions(board, 'en', 'owner')
    expect(ids(board)).toEqual(before)
  })
})
