import { describe, expect, it } from 'vitest'
import { note, sid, terugblikLanes, testBoard } from '../../../shared/areas/testFixtures.ts'
import { readActions } from '../../../shared/actions/readActions.ts'
import { noteText } from '../../../shared/board/richText.ts'
import { isMarkedDecision } from '../../../shared/decisions/readDecisions.ts'
import { writeControl } from '../../../shared/facilitation/controlDoc.ts'
import { LIST_ACTION_ORIGIN, patchActionOnBoard, toggleActionOnBoard, toggleDecisionOnBoard } from './actionWrite.ts'

const WORKSHOP = new Date(2026, 5, 10)
const read = (board: ReturnType<typeof testBoard>) => readActions(board, { reference: WORKSHOP, lang: 'nl' })

describe('the list view writes a note’s action straight into the board document', () => {
  it('marks and unmarks, with its own origin (the canvas binding takes it in)', () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, text: 'Speeltuin opknappen' }))
    const origins: unknown[] = []
    board.observe((_changes, origin) => origins.push(origin))
    expect(toggleActionOnBoard({ board }, sid('n'))).toBe(true)
    expect(read(board).map((a) => a.noteId)).toEqual([sid('n')])
    expect(toggleActionOnBoard({ board }, sid('n'))).toBe(true)
    expect(read(board)).toEqual([])
    expect(origins).toEqual([LIST_ACTION_ORIGIN, LIST_ACTION_ORIGIN])
    expect(toggleActionOnBoard({ board }, sid('gone'))).toBe(false)
  })

  it('marks a decision the same way', () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, text: 'We doen het' }))
    toggleDecisionOnBoard({ board }, sid('n'))
    expect(isMarkedDecision(board.get(sid('n'))!)).toBe(true)
  })

  it('edits owner and date by the shared rule, text included, and writes nothing it refuses', () => {
    const board = testBoard(note({ id: 'n', x: 0, y: 0, text: '@Jan Flyers drukken vóór 1 dec', meta: { action: { marked: true } } }))
    const plan = patchActionOnBoard({ board }, sid('n'), { owner: 'Piet', due: '2026-12-15' }, { reference: WORKSHOP })
    expect(plan.ok).toBe(true)
    expect(noteText(board.get(sid('n'))!)).toBe('Flyers drukken\n@Piet, vóór 15 december 2026')
    expect(read(board).map((a) => [a.owner, a.due])).toEqual([['Piet', '2026-12-15']])
    const before = JSON.stringify(board.get(sid('n')))
    expect(patchActionOnBoard({ board }, sid('n'), { due: 'morgen' }, { reference: WORKSHOP })).toMatchObject({ ok: false, error: 'invalid' })
    expect(JSON.stringify(board.get(sid('n')))).toBe(before)
  })

  it('a note of ours still private in a silent round is edited in our private document', () => {
    const board = testBoard()
    const privateBoard = testBoard(note({ id: 'p', x: 0, y: 0, text: 'Stil idee' }))
    expect(toggleActionOnBoard({ board, privateBoard }, sid('p'))).toBe(true)
    expect(board.get(sid('p'))).toBeUndefined()
    expect(read(privateBoard).map((a) => a.noteId)).toEqual([sid('p')])
  })

  it('a status in a Terugblik moves the note to its lane, without growing the lane under the structure lock', () => {
    const lanes = terugblikLanes()
    const board = testBoard(...lanes, note({ id: 'a', x: 40, y: 300, text: 'Gevelfonds' }))
    writeControl(board.doc, { lock: { board: false, structure: true } })
    const areasBefore = JSON.stringify(lanes.map((l) => board.get(l.id)))
    expect(patchActionOnBoard({ board }, sid('a'), { status: 'done' }, { reference: WORKSHOP }).ok).toBe(true)
    expect(read(board).find((a) => a.noteId === sid('a'))?.area).toBe(sid('tb-done'))
    expect(JSON.stringify(lanes.map((l) => board.get(l.id)))).toBe(areasBefore)
  })
})
