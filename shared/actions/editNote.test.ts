import { describe, expect, it } from 'vitest'
import { note, sid, terugblikLanes, testBoard } from '../areas/testFixtures.ts'
import { noteText } from '../board/richText.ts'
import { knownNames } from './knownNames.ts'
import { planActionEdit } from './editNote.ts'
import { readActions } from './readActions.ts'

const WORKSHOP = new Date(2026, 5, 10)
const context = { reference: WORKSHOP, known: knownNames([]) }

describe('planActionEdit: one hand edit of an action as the records to write', () => {
  it('writes owner and date into meta.action and into the note’s text where the text spells one', () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, text: '@Jan Flyers drukken vóór 1 dec', meta: { action: { marked: true } } }))
    const plan = planActionEdit(board.all(), sid('n'), { owner: '  Piet ' }, context, { grow: true })
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.put.map((r) => r.id)).toEqual([sid('n')])
    board.apply({ put: plan.put })
    expect(noteText(board.get(sid('n'))!)).toBe('Flyers drukken\n@Piet, vóór 1 december 2026')
    const [action] = readActions(board, { reference: WORKSHOP, lang: 'nl' })
    expect([action!.owner, action!.due, action!.status]).toEqual(['Piet', '2026-12-01', 'open'])
  })

  it('refuses what the API refuses, and notes that are not there, without touching the records', () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, text: 'Speeltuin', meta: { action: { marked: true } } }))
    const before = JSON.stringify(board.all())
    expect(planActionEdit(board.all(), sid('n'), { due: '2026-02-30' }, context, { grow: true })).toMatchObject({ ok: false, error: 'invalid' })
    expect(planActionEdit(board.all(), sid('n'), { owner: 'a\nb' }, context, { grow: true })).toMatchObject({ ok: false, error: 'invalid' })
    expect(planActionEdit(board.all(), sid('n'), {}, context, { grow: true })).toMatchObject({ ok: false, error: 'invalid' })
    expect(planActionEdit(board.all(), sid('gone'), { status: 'done' }, context, { grow: true })).toMatchObject({ ok: false, error: 'unknown-note' })
    expect(JSON.stringify(board.all())).toBe(before)
  })

  it('a status chosen for a note in a Terugblik lane moves it to that lane, with the edit on the moved note', () => {
    const board = testBoard(...terugblikLanes(), note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds opzetten' }))
    const plan = planActionEdit(board.all(), sid('a'), { status: 'done', owner: 'Anna' }, context, { grow: false })
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.put[0]!.id).toBe(sid('a'))
    board.apply({ put: plan.put })
    const action = readActions(board, { reference: WORKSHOP, lang: 'nl' }).find((a) => a.id === sid('a'))!
    expect([action.status, action.area, action.owner]).toEqual(['done', sid('tb-done'), 'Anna'])
  })

  it('outside a lane a status is only written into meta.action', () => {
    const board = testBoard(note({ id: 'n', x: 5000, y: 0, text: 'Speeltuin', meta: { action: { marked: true } } }))
    const plan = planActionEdit(board.all(), sid('n'), { status: 'doing' }, context, { grow: true })
    expect(plan.ok && plan.put.map((r) => [r.id, r.x, (r.meta as { action: unknown }).action])).toEqual([[sid('n'), 5000, { marked: true, status: 'doing' }]])
  })
})
