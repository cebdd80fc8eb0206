// Load repair on real Yjs documents: damaged entries of every kind come out and are reported, sound
// records stay, older schemas are migrated, and a sound board is left exactly as it was.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../../shared/board/boardDoc.ts'
import { FIRST_PAGE_ID, initBoard } from '../../shared/board/initBoard.ts'
import { noteRecord } from '../../shared/board/noteRecord.ts'
import { boardProblems } from '../../shared/board/recordRules.ts'
import { serializedBoardSchema } from '../../shared/board/schema.ts'
import { repairBoard } from './boardRepair.ts'

const note = (id: string, text = 'idee') => noteRecord({ id, text, x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as never })

/** A sound board with two notes, as the server wrote it, encoded: loaded fresh like from disk. */
function soundBoard(): Y.Doc {
  const doc = new Y.Doc()
  const board = BoardDoc.of(doc)
  initBoard(board, { pageName: 'Bord' })
  board.apply({ put: [note('shape:a'), note('shape:b')] })
  return doc
}

function reload(doc: Y.Doc): Y.Doc {
  const fresh = new Y.Doc()
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
  return fresh
}

function readable(doc: Y.Doc): Map<string, BoardRecord> {
  const out = new Map<string, BoardRecord>()
  for (const record of BoardDoc.of(doc).all()) out.set(record.id, record)
  return out
}

describe('repairBoard', () => {
  it('leaves a sound board untouched', () => {
    const doc = reload(soundBoard())
    const before = Y.encodeStateAsUpdate(doc)
    const report = repairBoard(doc)
    expect(report).toEqual({ schema: 'current', migrated: 0, setAside: [] })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('leaves an empty document alone (a session about to be initialised)', () => {
    const doc = new Y.Doc()
    expect(repairBoard(doc).setAside).toEqual([])
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()))
  })

  it('takes out strings, null values, nested types, binary, map-style entries and invalid records, keeping the rest', () => {
    // Written on a raw copy: a BoardDoc on the writing side would tidy some of it up itself.
    const damaged = reload(soundBoard())
    const records = damaged.getArray<unknown>('records')
    records.push(['just a string'])
    records.push([{ key: 'shape:null', val: null }])
    records.push([new Y.Map()])
    records.push([new Uint8Array([1, 2])])
    records.push([{ key: 'shape:old', val: { id: 'shape:old', typeName: 'shape', type: 'note', props: { text: 'oud' } } }])
    records.push([{ key: 'shape:shadow', val: { ...note('shape:a'), x: 3000 } }])
    records.push([{ key: 'shape:orphan', val: { ...note('shape:orphan'), parentId: 'shape:gone' } }])
    const doc = reload(damaged)
    const report = repairBoard(doc)
    expect(report.setAside.map((e) => e.reason)).toEqual([
      'an entry that is not a { key, val } object',
      'entry "shape:null" whose value is not an object',
      'type content in the records array',
      'binary content in the records array',
      expect.stringContaining('"shape:old"'),
      expect.stringContaining('differs from its key'),
      expect.stringContaining('shape:gone'),
    ])
    expect([...readable(doc).keys()].sort()).toEqual(['document:document', 'page:board', 'shape:a', 'shape:b'])
    expect(readable(doc).get('shape:a')!.x).toBe(0)
    // What is left passes the rules, and a reload of the repaired state needs no repair.
    expect(boardProblems(new Map([...readable(doc)]))).toEqual(new Map())
    expect(repairBoard(reload(doc)).setAside).toEqual([])
  })

  it('migrates records of an older schema, and stamps ours', () => {
    const doc = soundBoard()
    const board = BoardDoc.of(doc)
    const old = structuredClone(note('shape:old')) as BoardRecord & { props: Record<string, unknown> }
    old.props.textFirstEditedBy = null
    delete old.props.textLastEditedBy
    board.apply({ put: [old] })
    const schema = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
    schema.sequences['com.tldraw.shape.note'] = 12
    board.meta.set('schema', schema)
    const loaded = reload(doc)
    const report = repairBoard(loaded)
    expect(report).toMatchObject({ schema: 'older', setAside: [] })
    expect(report.migrated).toBeGreaterThan(0)
    expect(BoardDoc.of(loaded).get('shape:old')!.props).toHaveProperty('textLastEditedBy')
    expect(BoardDoc.of(loaded).schema()).toEqual(serializedBoardSchema())
  })

  it('does not touch the records of a board from a newer version', () => {
    const doc = soundBoard()
    const schema = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
    schema.sequences['com.tldraw.shape.note'] = 99
    BoardDoc.of(doc).meta.set('schema', schema)
    BoardDoc.of(doc).records.set('shape:strange', { id: 'shape:strange', typeName: 'shape' })
    const loaded = reload(doc)
    const before = Y.encodeStateAsUpdate(loaded)
    expect(repairBoard(loaded)).toEqual({ schema: 'newer', migrated: 0, setAside: [] })
    expect(Y.encodeStateAsUpdate(loaded)).toEqual(before)
  })

  it('stamps our schema over one that is not a schema, and keeps the old value', () => {
    const doc = soundBoard()
    BoardDoc.of(doc).meta.set('schema', 'garbage')
    const loaded = reload(doc)
    const report = repairBoard(loaded)
    expect(report.setAside).toEqual([{ reason: 'meta.schema is not a tldraw schema', value: 'garbage' }])
    expect(BoardDoc.of(loaded).schema()).toEqual(serializedBoardSchema())
  })
})

describe('repairBoard with a base page name', () => {
  it('gives a board that lost its document and pages both back, and leaves a sound board alone', () => {
    const damaged = new Y.Doc()
    damaged.getArray<unknown>('records').push([{ key: 'shape:a', val: note('shape:a') }])
    const report = repairBoard(damaged, { basePageName: 'Bord' })
    expect(report.setAside).toEqual([])
    const board = BoardDoc.of(damaged)
    expect(board.get('document:document')).toBeDefined()
    expect(board.get(FIRST_PAGE_ID)).toMatchObject({ typeName: 'page', name: 'Bord' })
    expect(board.get('shape:a')).toBeDefined()
    expect(board.schema()).toEqual(serializedBoardSchema())

    const sound = reload(soundBoard())
    const before = Y.encodeStateAsUpdate(sound)
    repairBoard(sound, { basePageName: 'Bord' })
    expect(Y.encodeStateAsUpdate(sound)).toEqual(before)
  })
})
