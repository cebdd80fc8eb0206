import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from './boardDoc.ts'
import { FIRST_PAGE_ID, initBoard } from './initBoard.ts'
import { serializedBoardSchema } from './schema.ts'

const note = (id: string, x = 0): BoardRecord => ({ id, typeName: 'shape', type: 'note', x, y: 0, props: { text: id } })

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

describe('BoardDoc', () => {
  it('initialises a board with document, first page and schema, once', () => {
    const board = new BoardDoc(new Y.Doc())
    initBoard(board, { pageName: 'Bord' })
    initBoard(board, { pageName: 'Again' })
    expect(board.get(FIRST_PAGE_ID)).toMatchObject({ typeName: 'page', name: 'Bord' })
    expect(board.get('document:document')).toMatchObject({ typeName: 'document' })
    expect(board.schema()).toEqual(serializedBoardSchema())
    expect(board.formatVersion()).toBe(1)
    expect(board.size()).toBe(2)
  })

  it('writes, reads and deletes records, and a fresh doc decodes the same board', () => {
    const a = new BoardDoc(new Y.Doc())
    a.apply({ put: [note('shape:1'), note('shape:2')] })
    a.apply({ put: [note('shape:1', 50)], remove: ['shape:2'] })
    const b = new BoardDoc(new Y.Doc())
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(b.all()).toEqual([note('shape:1', 50)])
  })

  it('refuses session records (camera, presence) in the shared document', () => {
    const board = new BoardDoc(new Y.Doc())
    expect(() => board.apply({ put: [{ id: 'camera:1', typeName: 'camera' }] })).toThrow(/not part of the shared board/)
    expect(board.size()).toBe(0)
  })

  it('does not grow without bound when the same shape moves many times', () => {
    const board = new BoardDoc(new Y.Doc())
    board.apply({ put: [note('shape:1'), note('shape:2')] })
    const base = Y.encodeStateAsUpdate(board.doc).byteLength
    for (let i = 0; i < 2000; i++) board.apply({ put: [note(i % 2 ? 'shape:1' : 'shape:2', i)] })
    const after = Y.encodeStateAsUpdate(board.doc).byteLength
    // YKeyValue leaves only tombstone ids behind; a Y.Map of JSON values would keep every old value's length.
    expect(after).toBeLessThan(base + 2000 * 12)
  })

  it('reports changes with their origin, local and remote', () => {
    const a = new BoardDoc(new Y.Doc())
    const b = new BoardDoc(new Y.Doc())
    const seen: Array<{ added: string[]; updated: string[]; removed: string[]; origin: unknown; local: boolean }> = []
    const stop = b.observe((changes, origin, local) =>
      seen.push({
        added: changes.added.map((r) => r.id),
        updated: changes.updated.map((r) => r.id),
        removed: changes.removed,
        origin,
        local,
      }),
    )
    b.apply({ put: [note('shape:mine')] }, 'me')
    a.apply({ put: [note('shape:theirs')] })
    sync(a.doc, b.doc)
    a.apply({ put: [note('shape:theirs', 9)] })
    sync(a.doc, b.doc)
    a.apply({ remove: ['shape:theirs'] })
    sync(a.doc, b.doc)
    stop()
    b.apply({ put: [note('shape:after-stop')] })
    expect(seen).toEqual([
      { added: ['shape:mine'], updated: [], removed: [], origin: 'me', local: true },
      { added: ['shape:theirs'], updated: [], removed: [], origin: null, local: false },
      { added: [], updated: ['shape:theirs'], removed: [], origin: null, local: false },
      { added: [], updated: [], removed: ['shape:theirs'], origin: null, local: false },
    ])
  })

  it('converges when two peers edit the same record concurrently', () => {
    const a = new BoardDoc(new Y.Doc())
    const b = new BoardDoc(new Y.Doc())
    a.apply({ put: [note('shape:1', 1)] })
    b.apply({ put: [note('shape:1', 2)] })
    sync(a.doc, b.doc)
    sync(b.doc, a.doc)
    expect(a.get('shape:1')).toEqual(b.get('shape:1'))
    expect(a.size()).toBe(1)
  })
})

describe('BoardDoc inside one transaction', () => {
  it('reads its own writes before the transaction ends', () => {
    const board = BoardDoc.of(new Y.Doc())
    board.doc.transact(() => {
      board.apply({ put: [note('shape:1')] })
      expect(board.get('shape:1')).toEqual(note('shape:1'))
      expect(board.all().map((r) => r.id)).toEqual(['shape:1'])
      board.apply({ put: [note('shape:1', 5), note('shape:2')] })
      board.apply({ remove: ['shape:2'] })
      expect(board.get('shape:2')).toBeUndefined()
      expect(board.all()).toEqual([note('shape:1', 5)])
    })
    expect(board.all()).toEqual([note('shape:1', 5)])
    const copy = new BoardDoc(new Y.Doc())
    Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(board.doc))
    expect(copy.all()).toEqual([note('shape:1', 5)])
  })

  it('is one board per document', () => {
    const doc = new Y.Doc()
    expect(BoardDoc.of(doc)).toBe(BoardDoc.of(doc))
  })
})

describe('participants', () => {
  it('records each name once, in order of arrival', () => {
    const board = BoardDoc.of(new Y.Doc())
    expect(board.recordParticipant({ name: 'Anna', color: '#f00', role: 'join', firstSeen: '2026-11-23T10:00:00Z' })).toBe(true)
    expect(board.recordParticipant({ name: ' anna ', color: '#0f0', role: 'join', firstSeen: '2026-11-23T10:05:00Z' })).toBe(false)
    board.recordParticipant({ name: 'Fatima', color: '#00f', role: 'facilitator', firstSeen: '2026-11-23T09:55:00Z' })
    expect(board.participants().map((p) => p.name)).toEqual(['Fatima', 'Anna'])
    expect(board.recordParticipant({ name: '  ', color: '#000', role: 'join', firstSeen: '2026-11-23T10:00:00Z' })).toBe(false)
  })

  it('keeps the author id, and gives one to an entry that had none', () => {
    const board = new BoardDoc(new Y.Doc())
    board.recordParticipant({ name: 'Anna', color: '#f00', role: 'join', firstSeen: '2026-11-23T10:00:00Z' })
    expect(board.recordParticipant({ name: 'anna', color: '#f00', role: 'join', firstSeen: '2026-11-23T10:01:00Z', authorId: 'b1' })).toBe(true)
    expect(board.recordParticipant({ name: 'Anna', color: '#f00', role: 'join', firstSeen: '2026-11-23T10:02:00Z', authorId: 'b2' })).toBe(false)
    expect(board.participants()).toEqual([{ name: 'Anna', color: '#f00', role: 'join', firstSeen: '2026-11-23T10:00:00Z', authorId: 'b1' }])
  })

  it('takes a new organisation for a known name, and keeps it when none is given', () => {
    const board = new BoardDoc(new Y.Doc())
    const anna = { name: 'Anna', color: '#f00', role: 'join' as const, firstSeen: '2026-11-23T10:00:00Z', authorId: 'b1' }
    board.recordParticipant(anna)
    expect(board.recordParticipant({ ...anna, organisation: 'Gemeente' })).toBe(true)
    expect(board.recordParticipant({ ...anna, organisation: 'Gemeente' })).toBe(false)
    expect(board.recordParticipant({ ...anna })).toBe(false)
    expect(board.recordParticipant({ ...anna, organisation: 'Ondernemer' })).toBe(true)
    expect(board.participants()).toEqual([{ ...anna, organisation: 'Ondernemer' }])
  })

  it('marks a known name as not a participant and takes the mark away; a later appearance keeps it', () => {
    const board = new BoardDoc(new Y.Doc())
    const test = { name: 'Test', color: '#f00', role: 'join' as const, firstSeen: '2026-11-23T10:00:00Z' }
    board.recordParticipant(test)
    expect(board.setParticipantExcluded(' test ', true)).toEqual({ ...test, excluded: true })
    board.recordParticipant({ ...test, organisation: 'Gemeente' })
    expect(board.participants()).toEqual([{ ...test, organisation: 'Gemeente', excluded: true }])
    expect(board.setParticipantExcluded('Test', false)).toEqual({ ...test, organisation: 'Gemeente' })
    expect(board.participants()[0]).not.toHaveProperty('excluded')
    expect(board.setParticipantExcluded('Nobody', true)).toBeUndefined()
  })
})
