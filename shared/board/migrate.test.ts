import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from './boardDoc.ts'
import { initBoard } from './initBoard.ts'
import { migrateBoard, storedSchemaState } from './migrate.ts'
import { boardSchema, serializedBoardSchema } from './schema.ts'

function currentNote(): BoardRecord {
  return boardSchema().types.shape.create({
    id: 'shape:old' as never,
    type: 'note',
    parentId: 'page:board' as never,
    index: 'a1' as never,
    props: { textLastEditedBy: 'user:anna' },
  } as never) as unknown as BoardRecord
}

/** A board as tldraw wrote it one note-shape migration ago: textFirstEditedBy, note at version 12. */
function olderBoard(): BoardDoc {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  const old = structuredClone(currentNote()) as BoardRecord & { props: Record<string, unknown> }
  old.props.textFirstEditedBy = old.props.textLastEditedBy
  delete old.props.textLastEditedBy
  const schema = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
  expect(schema.sequences['com.tldraw.shape.note']).toBe(13)
  schema.sequences['com.tldraw.shape.note'] = 12
  board.apply({ put: [old] })
  board.meta.set('schema', schema)
  return board
}

describe('migrateBoard', () => {
  it('brings records written with an older schema up to date, and stamps the new schema', () => {
    const board = olderBoard()
    const result = migrateBoard(board, boardSchema())
    expect(result).toEqual({ ok: true, changed: 1 })
    const props = board.get('shape:old')?.props as Record<string, unknown>
    expect(props).toMatchObject({ textLastEditedBy: 'user:anna' })
    expect(props).not.toHaveProperty('textFirstEditedBy')
    expect(board.schema()).toEqual(serializedBoardSchema())
    // A second load has nothing left to do.
    expect(migrateBoard(board, boardSchema())).toEqual({ ok: true, changed: 0 })
  })

  it('migrates in one transaction, so peers see one update', () => {
    const board = olderBoard()
    let updates = 0
    board.doc.on('update', () => updates++)
    migrateBoard(board, boardSchema())
    expect(updates).toBe(1)
  })

  it('leaves a board from a newer version untouched and says why', () => {
    const board = new BoardDoc(new Y.Doc())
    initBoard(board, { pageName: 'Bord' })
    board.apply({ put: [currentNote()] })
    const newer = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
    newer.sequences['com.tldraw.shape.note'] = 99
    board.meta.set('schema', newer)
    const before = Y.encodeStateAsUpdate(board.doc)
    const result = migrateBoard(board, boardSchema())
    expect(result.ok).toBe(false)
    expect(Y.encodeStateAsUpdate(board.doc)).toEqual(before)
  })

  it('stamps a board that has no schema yet', () => {
    const board = new BoardDoc(new Y.Doc())
    expect(migrateBoard(board, boardSchema())).toEqual({ ok: true, changed: 0 })
    expect(board.schema()).toEqual(serializedBoardSchema())
  })
})

describe('storedSchemaState', () => {
  const schema = boardSchema()
  const withNote = (version: number) => {
    const s = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
    s.sequences['com.tldraw.shape.note'] = version
    return s
  }
  it('tells current, older, newer, missing and unreadable apart', () => {
    expect(storedSchemaState(serializedBoardSchema(), schema)).toBe('current')
    expect(storedSchemaState(withNote(12), schema)).toBe('older')
    expect(storedSchemaState(withNote(99), schema)).toBe('newer')
    expect(storedSchemaState({ schemaVersion: 2, sequences: { ...withNote(13).sequences, 'com.evil.shape': 1 } }, schema)).toBe('newer')
    expect(storedSchemaState({ schemaVersion: 3, sequences: {} }, schema)).toBe('newer')
    expect(storedSchemaState(undefined, schema)).toBe('missing')
    for (const junk of ['x', null, 5, { schemaVersion: 2 }, { schemaVersion: 2, sequences: { a: 'x' } }]) {
      expect(storedSchemaState(junk, schema)).toBe('unreadable')
    }
  })
})
