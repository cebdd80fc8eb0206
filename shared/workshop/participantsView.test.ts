import { describe, expect, it } from 'vitest'
import type { Participant } from '../board/boardDoc.ts'
import { note, testBoard } from '../areas/testFixtures.ts'
import { notesByAuthor, participantRows, type OnlinePerson } from './participantsView.ts'

const person = (name: string, authorId?: string, role: Participant['role'] = 'join'): Participant =>
  ({ name, color: '#d1495b', role, firstSeen: '2026-11-23T10:00:00Z', ...(authorId ? { authorId } : {}) }) as Participant

describe('notesByAuthor', () => {
  it('groups notes by meta.createdBy, newest first, and skips notes without an author', () => {
    const board = testBoard(
      note({ id: 'a1', meta: { createdBy: 'anna', createdAt: 10 } }),
      note({ id: 'a2', x: 300, meta: { createdBy: 'anna', createdAt: 20 } }),
      note({ id: 'b1', x: 600, meta: { createdBy: 'bert' } }),
      note({ id: 'nobody', x: 900 }),
    )
    expect(Object.fromEntries(notesByAuthor(board))).toEqual({ anna: ['shape:a2', 'shape:a1'], bert: ['shape:b1'] })
  })
})

describe('participantRows', () => {
  const notes = new Map([['anna', ['shape:a2', 'shape:a1']]])

  it('marks who is online by author id (or by name for records without one) and counts their notes', () => {
    const online: OnlinePerson[] = [{ name: 'Anna', color: '#111111', role: 'join', authorId: 'anna' }]
    const rows = participantRows([person('Fatima', 'fatima', 'facilitator'), person('Anna', 'anna'), person('Piet')], online, notes)
    expect(rows.map((r) => [r.name, r.online, r.noteIds.length])).toEqual([
      ['Fatima', false, 0],
      ['Anna', true, 2],
      ['Piet', false, 0],
    ])
    const byName = participantRows([person('Piet')], [{ name: 'piet', color: '#1', role: 'join', authorId: 'p' }], notes)
    expect(byName).toHaveLength(1)
    expect(byName[0]).toMatchObject({ online: true, authorId: null })
  })

  it('adds people online the server has not recorded yet, but never viewers', () => {
    const online: OnlinePerson[] = [
      { name: 'Anna', color: '#111111', role: 'join', authorId: 'anna' },
      { name: 'Beamer', color: '#222222', role: 'view', authorId: 'beamer' },
    ]
    expect(participantRows([], online, notes)).toEqual([
      {
        key: 'anna',
        name: 'Anna',
        color: '#111111',
        role: 'join',
        authorId: 'anna',
        online: true,
        noteIds: ['shape:a2', 'shape:a1'],
        organisation: '',
        excluded: false,
        recorded: false,
      },
    ])
  })

  it('carries the organisation and the "not a participant" mark of recorded names', () => {
    const rows = participantRows([{ ...person('Test'), organisation: 'Gemeente', excluded: true }, person('Anna', 'anna')], [], notes)
    expect(rows.map((r) => [r.name, r.organisation, r.excluded, r.recorded])).toEqual([
      ['Test', 'Gemeente', true, true],
      ['Anna', '', false, true],
    ])
  })
})
