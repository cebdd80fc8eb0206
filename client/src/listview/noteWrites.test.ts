import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { listAreas } from '../../../shared/areas/areas.ts'
import { membersByArea } from '../../../shared/areas/membership.ts'
import { area, note, testBoard } from '../../../shared/areas/testFixtures.ts'
import { BoardDoc } from '../../../shared/board/boardDoc.ts'
import { noteText } from '../../../shared/board/richText.ts'
import { deleteNote, editNoteText, moveNote, restoreNote } from './noteWrites.ts'

const Q = { w: 900, h: 620 }

function twoAreas() {
  return testBoard(
    area({ id: 'a', instance: 'b', key: 'a', order: 0, x: 0, y: 0, ...Q }),
    area({ id: 'b', instance: 'b', key: 'b', order: 1, x: 2000, y: 0, ...Q }),
    note({ id: 'n1', x: 40, y: 80, text: 'eerste' }),
    note({ id: 'n2', x: 2040, y: 80, text: 'al in b' }),
  )
}
const ids = (board: BoardDoc, areaId: string) =>
  membersByArea(board, listAreas(board, 'nl'))
    .get(areaId)!
    .map((r) => r.id)

describe('the list view’s note writes', () => {
  it('moves a note into another area by the placement rule: inside it, covering no other note', () => {
    const board = twoAreas()
    expect(moveNote(board, null, 'shape:n1', 'shape:b')).toEqual({ ok: true })
    expect(ids(board, 'shape:a')).toEqual([])
    expect(ids(board, 'shape:b').sort()).toEqual(['shape:n1', 'shape:n2'])
    const [moved, other] = [board.get('shape:n1'), board.get('shape:n2')] as unknown as Array<{ x: number; y: number }>
    expect(Math.abs(moved!.x - other!.x) >= 200 || Math.abs(moved!.y - other!.y) >= 200).toBe(true)
    expect(moveNote(board, null, 'shape:n1', 'shape:gone')).toEqual({ ok: false, error: 'area' })
  })

  it('edits and deletes, in our private document for a note waiting there', () => {
    const board = twoAreas()
    const mine = new BoardDoc(new Y.Doc())
    mine.apply({ put: [note({ id: 'p1', x: 40, y: 300, text: 'geheim' })] })
    expect(editNoteText(board, mine, 'shape:n1', 'nieuw')).toEqual({ ok: true })
    expect(noteText(board.get('shape:n1')!)).toBe('nieuw')
    expect(editNoteText(board, mine, 'shape:p1', 'nog geheim')).toEqual({ ok: true })
    expect(noteText(mine.get('shape:p1')!)).toBe('nog geheim')
    expect(board.get('shape:p1')).toBeUndefined()
    expect(deleteNote(board, mine, 'shape:p1')).toMatchObject({ ok: true, removed: { private: true } })
    expect(mine.get('shape:p1')).toBeUndefined()
    expect(deleteNote(board, mine, 'shape:p1')).toEqual({ ok: false, error: 'gone' })
  })

  it('undoes a delete: the same record back where it lived, never over one put back meanwhile', () => {
    const board = twoAreas()
    const mine = new BoardDoc(new Y.Doc())
    mine.apply({ put: [note({ id: 'p1', x: 40, y: 300, text: 'geheim' })] })
    const before = board.get('shape:n1')
    const gone = deleteNote(board, mine, 'shape:n1')
    if (!gone.ok) throw new Error('not deleted')
    expect(board.get('shape:n1')).toBeUndefined()
    expect(restoreNote(board, mine, gone.removed)).toEqual({ ok: true })
    expect(board.get('shape:n1')).toEqual(before)
    expect(ids(board, 'shape:a')).toEqual(['shape:n1'])
    // Once back (by us or anyone), a second undo overwrites nothing.
    expect(restoreNote(board, mine, gone.removed)).toEqual({ ok: false, error: 'taken' })

    const secret = deleteNote(board, mine, 'shape:p1')
    if (!secret.ok) throw new Error('not deleted')
    expect(restoreNote(board, mine, secret.removed)).toEqual({ ok: true })
    expect(noteText(mine.get('shape:p1')!)).toBe('geheim')
    expect(board.get('shape:p1')).toBeUndefined()
  })
})
