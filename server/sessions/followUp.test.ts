import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Action, ActionStatus } from '../../shared/actions/types.ts'
import { readActions } from '../../shared/actions/readActions.ts'
import { BoardDoc, initBoard } from '../../shared/board/index.ts'
import { layoutProblems, areaOverlaps } from '../../shared/layout/testBoard.ts'
import { placeTemplatesSideBySide } from '../../shared/templates/index.ts'
import { placeCarriedOverActions } from './followUp.ts'

const action = (text: string, status: ActionStatus, owner: string | null = null, due: string | null = null): Action => ({
  id: `shape:old-${text}`,
  noteId: `shape:old-${text}`,
  text,
  owner,
  due,
  status,
  area: null,
  areaLabel: null,
  votes: 0,
})

function newBoard(layouts: Parameters<typeof placeTemplatesSideBySide>[1]): BoardDoc {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  placeTemplatesSideBySide(board, layouts)
  return board
}

const read = (board: BoardDoc) => readActions(board, { reference: new Date(2026, 0, 10), lang: 'nl' })
const laneKeyOf = (board: BoardDoc, areaId: string | null) => (areaId ? (board.get(areaId)!.props as { key: string }).key : null)

describe('placeCarriedOverActions', () => {
  const last = [
    action('Gevelfonds opzetten', 'open', 'Jan de Vries', '2027-03-01'),
    action('Parkeerplan', 'doing', 'Anna'),
    action('Kerstmarkt evalueren', 'done'),
    action('Koopzondag', 'dropped'),
  ]

  it('puts every action of last time in the Terugblik lane of its status, owner and date kept', () => {
    const board = newBoard(['review', 'vision'])
    placeCarriedOverActions(board, last, { x: 0, y: 0 })
    const actions = read(board)
    expect(actions.map((a) => [a.text, a.owner, a.due, a.status, laneKeyOf(board, a.area)])).toEqual([
      ['Gevelfonds opzetten', 'Jan de Vries', '2027-03-01', 'open', 'open'],
      ['Parkeerplan', 'Anna', null, 'doing', 'doing'],
      ['Kerstmarkt evalueren', null, null, 'done', 'done'],
      ['Koopzondag', null, null, 'dropped', 'dropped'],
    ])
    // No separate "carried over" area beside the Terugblik.
    expect(
      board.all().some((r) => (r.props as { kind?: string } | undefined)?.kind === 'actions' && (r.props as { template: string }).template === 'board'),
    ).toBe(false)
    // How each arrived, for the next follow-up.
    const meta = board
      .all()
      .filter((r) => r.type === 'note')
      .map((r) => (r.meta as { carriedStatus: string }).carriedStatus)
    expect(meta.sort()).toEqual(['doing', 'done', 'dropped', 'open'])
  })

  it('fits 60 open actions into one lane: the lane grows, no note overlaps another or leaves it', () => {
    const board = newBoard(['review'])
    const many = Array.from({ length: 60 }, (_, i) => action(`Actie ${i + 1} met een wat langere omschrijving`, i % 10 === 0 ? 'done' : 'open', 'Anna'))
    placeCarriedOverActions(board, many, { x: 0, y: 0 })
    const actions = read(board)
    expect(actions).toHaveLength(60)
    const open = actions.filter((a) => a.status === 'open')
    expect(open).toHaveLength(54)
    const laneId = open[0]!.area!
    expect(
      layoutProblems(
        board.all(),
        laneId,
        open.map((a) => a.id),
      ),
    ).toEqual([])
    expect(areaOverlaps(board.all())).toEqual([])
    expect((board.get(laneId)!.props as { h: number }).h).toBeGreaterThan(1200)
  })

  it('without a Terugblik, carries only the open and in-progress actions into an area of their own', () => {
    const board = newBoard(['brainstorm'])
    placeCarriedOverActions(board, last, { x: 0, y: 0 })
    expect(read(board).map((a) => [a.text, a.status])).toEqual([
      ['Gevelfonds opzetten', 'open'],
      ['Parkeerplan', 'doing'],
    ])
  })
})
