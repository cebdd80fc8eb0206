import { describe, expect, it } from 'vitest'
import type { BoardDoc } from '../board/boardDoc.ts'
import { area, moveTo, note, sid, testBoard, text } from '../areas/testFixtures.ts'
import { applyActionPatch, toggleActionMark } from './edit.ts'
import { readActions } from './readActions.ts'

const JAN = new Date(2026, 0, 10, 12)
const read = (board: BoardDoc, lang: 'nl' | 'en' = 'nl') => readActions(board, { reference: JAN, lang })

// The vision template: Visie, Doelen and Acties columns, placed first; an "Acties" area added on its
// own below it later. Notes are 200 × 200, so a note at (x, y) belongs where (x + 100, y + 100) is.
const vision = () => [
  area({ id: 'visie', kind: 'vision', template: 'vision', key: 'vision', order: 0, labelKey: 'vision.vision', index: 'a1', x: 0, y: 0, w: 600, h: 1000 }),
  area({ id: 'doelen', kind: 'goals', template: 'vision', key: 'goals', order: 1, labelKey: 'vision.goals', index: 'a1', x: 600, y: 0, w: 600, h: 1000 }),
  area({
    id: 'acties',
    kind: 'actions',
    template: 'vision',
    key: 'actions',
    order: 2,
    labelKey: 'vision.actions',
    index: 'a1',
    x: 1200,
    y: 0,
    w: 600,
    h: 1000,
  }),
]
const extraActions = () =>
  area({
    ...{ id: 'extra', kind: 'actions', template: 'board', instance: 'i2', key: 'actions', index: 'a2' },
    ...{ labelKey: 'template.actions.title', label: 'Acties gemeente', x: 0, y: 1200, w: 900, h: 600 },
  })

const ids = (board: BoardDoc) => read(board).map((a) => a.id)

describe('readActions', () => {
  it('lists notes in actions areas and marked notes, by area then reading order', () => {
    const board = testBoard(
      ...vision(),
      extraActions(),
      note({ id: 'lower', x: 1300, y: 500, text: 'Zaal regelen' }),
      note({ id: 'top-right', x: 1550, y: 100, text: 'Flyers' }),
      note({ id: 'top-left', x: 1250, y: 100, text: 'Buurt uitnodigen' }),
      note({ id: 'goal', x: 700, y: 100, text: 'Meer groen' }),
      note({ id: 'marked-goal', x: 700, y: 600, text: 'Subsidie', meta: { action: { marked: true } } }),
      note({ id: 'in-extra', x: 100, y: 1300, text: 'Raad informeren' }),
      note({ id: 'loose', x: 3000, y: 0, text: 'Verslag sturen', meta: { action: { marked: true } } }),
      text({ id: 'not-a-note', x: 1300, y: 800, text: 'Tekst in de kolom' }),
    )
    expect(ids(board)).toEqual(['marked-goal', 'top-left', 'top-right', 'lower', 'in-extra', 'loose'].map(sid))
    const labels = read(board).map((a) => [a.area, a.areaLabel])
    expect(labels).toEqual([
      [sid('doelen'), 'Doelen'],
      [sid('acties'), 'Acties'],
      [sid('acties'), 'Acties'],
      [sid('acties'), 'Acties'],
      [sid('extra'), 'Acties gemeente'],
      [null, null],
    ])
    expect(read(board, 'en')[0]!.areaLabel).toBe('Goals')
  })

  it('gives every field of an action, status open by default', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: '@Anna Buurt uitnodigen vóór 1 maart' }))
    expect(read(board)).toEqual([
      {
        id: sid('n'),
        noteId: sid('n'),
        text: 'Buurt uitnodigen',
        owner: 'Anna',
        due: '2026-03-01',
        status: 'open',
        area: sid('acties'),
        areaLabel: 'Acties',
        votes: 0,
      },
    ])
  })

  it('reads dates relative to the reference date', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: 'Verslag 1 maart' }))
    expect(readActions(board, { reference: new Date(2026, 11, 20, 12), lang: 'nl' })[0]!.due).toBe('2027-03-01')
  })

  it('stops listing a note moved out of the actions area, unless it is marked', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: 'Zaal regelen' }))
    expect(ids(board)).toEqual([sid('n')])
    moveTo(board, 'n', 100, 100)
    expect(ids(board)).toEqual([])
    board.apply({ put: [toggleActionMark(board.get(sid('n'))!)] })
    expect(read(board)).toMatchObject([{ id: sid('n'), area: sid('visie'), areaLabel: 'Visie' }])
  })

  it('marks and unmarks a note with one toggle each', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 100, y: 100, text: 'Zaal regelen' }))
    const toggle = () => board.apply({ put: [toggleActionMark(board.get(sid('n'))!)] })
    expect(ids(board)).toEqual([])
    toggle()
    expect(ids(board)).toEqual([sid('n')])
    toggle()
    expect(ids(board)).toEqual([])
  })

  it('lets fields set by hand win over the text, a cleared field included', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: '@Anna Zaal regelen 15/12' }))
    const edit = (patch: Parameters<typeof applyActionPatch>[1]) => board.apply({ put: [applyActionPatch(board.get(sid('n'))!, patch)] })
    edit({ owner: 'Piet', due: '2026-06-01', status: 'doing' })
    expect(read(board)[0]).toMatchObject({ text: 'Zaal regelen', owner: 'Piet', due: '2026-06-01', status: 'doing' })
    edit({ owner: null, due: null })
    expect(read(board)[0]).toMatchObject({ owner: null, due: null, status: 'doing' })
  })

  it('ignores junk in meta.action and falls back to the text', () => {
    const junk = { marked: 'yes', status: 'finished', owner: 42, due: '15-12-2026' }
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: '@Anna Zaal 15/12', meta: { action: junk } }))
    expect(read(board)[0]).toMatchObject({ owner: 'Anna', due: '2026-12-15', status: 'open' })
    // A marked flag that is not `true` does not make a note outside the actions areas an action.
    moveTo(board, 'n', 100, 100)
    expect(read(board)).toEqual([])
  })

  it('passes votes through', () => {
    const board = testBoard(...vision(), note({ id: 'n', x: 1300, y: 100, text: 'Zaal', votes: { u1: 2, u2: 1, u3: 'x' } }))
    expect(read(board)[0]!.votes).toBe(3)
  })

  it('skips empty notes in the actions column, unless someone worked on them as an action', () => {
    const board = testBoard(
      ...vision(),
      note({ id: 'empty', x: 1300, y: 100, text: '  ' }),
      note({ id: 'owned', x: 1300, y: 400, text: '', meta: { action: { owner: 'Anna' } } }),
      note({ id: 'syntax-only', x: 1300, y: 700, text: '@Piet 15/12' }),
    )
    expect(read(board)).toMatchObject([
      { id: sid('owned'), text: '', owner: 'Anna' },
      { id: sid('syntax-only'), text: '', owner: 'Piet', due: '2026-12-15' },
    ])
  })

  it('matches names known on the board first: participants, their organisations, owners set by hand', () => {
    const board = testBoard(
      ...vision(),
      note({ id: 'a', x: 1300, y: 100, text: '@Jan Bakker Subsidie aanvragen' }),
      note({ id: 'b', x: 1300, y: 400, text: 'Buurtpreventie Zuid: flyers' }),
      note({ id: 'c', x: 1300, y: 700, text: '@Petra Smit Zaal regelen' }),
    )
    expect(read(board).map((a) => [a.owner, a.text])).toEqual([
      ['Jan', 'Bakker Subsidie aanvragen'],
      [null, 'Buurtpreventie Zuid: flyers'],
      ['Petra', 'Smit Zaal regelen'],
    ])
    const seen = '2026-01-10T10:00:00.000Z'
    board.recordParticipant({ name: 'Jan Bakker', color: '#000', role: 'join', firstSeen: seen })
    board.recordParticipant({ name: 'Els', color: '#000', role: 'join', firstSeen: seen, organisation: 'Buurtpreventie Zuid' })
    // Names a facilitator marked as not taking part are not known names.
    board.recordParticipant({ name: 'Petra Smit', color: '#000', role: 'join', firstSeen: seen, excluded: true })
    expect(read(board).map((a) => [a.owner, a.text])).toEqual([
      ['Jan Bakker', 'Subsidie aanvragen'],
      ['Buurtpreventie Zuid', 'Flyers'],
      ['Petra', 'Smit Zaal regelen'],
    ])
    // Names the server knows from the series.
    expect(readActions(board, { reference: JAN, lang: 'nl', knownNames: ['Petra Smit'] })[2]).toMatchObject({ owner: 'Petra Smit', text: 'Zaal regelen' })
  })

  it('cleans the text once the owner is corrected by hand, on this note and on others naming the same person', () => {
    const board = testBoard(
      ...vision(),
      note({ id: 'a', x: 1300, y: 100, text: '@Jan Bakker Subsidie aanvragen vóór 1 maart' }),
      note({ id: 'b', x: 1300, y: 400, text: '@Jan Bakker Buurt uitnodigen' }),
    )
    expect(read(board)[0]).toMatchObject({ owner: 'Jan', text: 'Bakker Subsidie aanvragen', due: '2026-03-01' })
    board.apply({ put: [applyActionPatch(board.get(sid('a'))!, { owner: 'Jan Bakker' })] })
    expect(read(board).map((a) => [a.owner, a.text, a.due])).toEqual([
      ['Jan Bakker', 'Subsidie aanvragen', '2026-03-01'],
      ['Jan Bakker', 'Buurt uitnodigen', null],
    ])
    // A date set by hand still cuts the date phrase the text has; the hand-set value wins.
    board.apply({ put: [applyActionPatch(board.get(sid('a'))!, { due: '2026-04-01' })] })
    expect(read(board)[0]).toMatchObject({ owner: 'Jan Bakker', text: 'Subsidie aanvragen', due: '2026-04-01' })
  })
})
