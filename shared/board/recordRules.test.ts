import { toRichText } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { actionsAreaRecord } from '../templates/index.ts'
import type { BoardRecord } from './boardDoc.ts'
import { FIRST_PAGE_ID } from './initBoard.ts'
import { noteRecord } from './noteRecord.ts'
import { MAX_RECORD_CHARS, boardProblems, entryProblem, isValidRecord, recordProblem, structureProblem, type BoardAfter } from './recordRules.ts'

const note = (id = 'shape:n1', text = 'Meer bankjes', parentId = FIRST_PAGE_ID): BoardRecord =>
  ({ ...noteRecord({ id, text, x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as never }), parentId }) as BoardRecord
const page = { id: FIRST_PAGE_ID, typeName: 'page', name: 'Bord', index: 'a1', meta: {} } as BoardRecord
const documentRecord = { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} } as BoardRecord
const area = (): BoardRecord => actionsAreaRecord({ existing: [], pageId: FIRST_PAGE_ID, near: { x: 0, y: 0 }, newId: () => 'a' })

function boardOf(records: BoardRecord[]): BoardAfter {
  const byId = new Map(records.map((r) => [r.id, r]))
  return { get: (id) => byId.get(id), all: () => byId.values() }
}

describe('recordProblem', () => {
  it('accepts the records the app itself makes', () => {
    for (const record of [note(), page, documentRecord, area()]) expect(recordProblem(record.id, record)).toBeUndefined()
    expect(isValidRecord('shape:n1', note())).toBe(true)
  })

  it('refuses what is not a record object', () => {
    for (const value of ['shape:n1', null, undefined, 42, [note()], new Uint8Array([1])]) {
      expect(recordProblem('shape:n1', value)).toMatch(/not a record object|without a string id/)
    }
  })

  it('refuses a record stored under another key than its id (the "shadow entry")', () => {
    expect(recordProblem('shape:shadow', note('shape:n1'))).toMatch(/differs from its key/)
  })

  it('refuses record types that do not belong in the shared board', () => {
    for (const typeName of ['camera', 'instance', 'pointer', 'instance_presence', 'evil']) {
      expect(recordProblem('x:1', { id: 'x:1', typeName })).toMatch(/does not belong/)
    }
  })

  it("refuses what tldraw's validators refuse: unknown shape types, wrong props, extra fields", () => {
    expect(recordProblem('shape:n1', { ...note(), type: 'evil' })).toBeDefined()
    expect(recordProblem('shape:n1', { ...note(), props: { text: 'oud formaat' } })).toBeDefined()
    expect(recordProblem('shape:n1', { ...note(), x: Number.NaN })).toBeDefined()
    expect(recordProblem('shape:n1', { ...note(), extra: 1 })).toBeDefined()
    expect(recordProblem('shape:n1', { ...note(), parentId: 'elsewhere' })).toBeDefined()
    const a = area()
    expect(recordProblem(a.id, { ...a, props: { ...(a.props as object), kind: 'vault' } })).toBeDefined()
  })

  it('refuses what is not plain JSON', () => {
    expect(recordProblem('shape:n1', { ...note(), meta: { blob: new Uint8Array([1]) } })).toMatch(/not plain JSON/)
    expect(recordProblem('shape:n1', { ...note(), meta: { big: 1n } })).toMatch(/not plain JSON/)
  })

  it('takes a 2,000-character note with every word formatted, and refuses one past the size limit', () => {
    const words = Array.from({ length: 330 }, (_, i) => `woord${i}`)
    const richText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: words.map((text) => ({ type: 'text', text: `${text} `, marks: [{ type: 'bold' }, { type: 'italic' }] })),
        },
      ],
    }
    const formatted = { ...note(), props: { ...(note().props as object), richText } }
    expect(JSON.stringify(richText).length).toBeGreaterThan(2000)
    expect(recordProblem('shape:n1', formatted)).toBeUndefined()
    const huge = { ...note(), props: { ...(note().props as object), richText: toRichText('x'.repeat(MAX_RECORD_CHARS)) } }
    expect(recordProblem('shape:n1', huge)).toMatch(/larger than/)
  })
})

describe('structureProblem', () => {
  const base = [documentRecord, page]

  it('accepts a note on an existing page and in an existing shape', () => {
    const frame = area()
    const inside = note('shape:in', 'binnen', frame.id)
    expect(structureProblem([note()], [], boardOf([...base, note()]))).toBeUndefined()
    expect(structureProblem([frame, inside], [], boardOf([...base, frame, inside]))).toBeUndefined()
  })

  it('refuses a parent that is not on the board, or of the wrong kind', () => {
    expect(structureProblem([note('shape:n', 'x', 'page:nowhere')], [], boardOf(base))).toMatch(/not on the board/)
    const orphan = note('shape:n', 'x', 'shape:nowhere')
    expect(structureProblem([orphan], [], boardOf([...base, orphan]))).toMatch(/not on the board/)
  })

  it('refuses parents that form a cycle', () => {
    const a = note('shape:a', 'a', 'shape:b')
    const b = note('shape:b', 'b', 'shape:a')
    expect(structureProblem([a], [], boardOf([...base, a, b]))).toMatch(/own ancestor/)
    const self = note('shape:s', 's', 'shape:s')
    expect(structureProblem([self], [], boardOf([...base, self]))).toMatch(/own ancestor/)
  })

  it('refuses removing a parent that still has children, the document or the last page', () => {
    const frame = area()
    const inside = note('shape:in', 'binnen', frame.id)
    expect(structureProblem([], [frame.id], boardOf([...base, inside]))).toMatch(/refers to/)
    expect(structureProblem([], [frame.id, inside.id], boardOf(base))).toBeUndefined()
    expect(structureProblem([], [documentRecord.id], boardOf([page]))).toMatch(/document/)
    expect(structureProblem([], [page.id], boardOf([documentRecord]))).toMatch(/last page/)
  })

  it('takes a removal that is written again in the same change as no removal', () => {
    const n = note()
    expect(structureProblem([n], [n.id], boardOf([...base, n]))).toBeUndefined()
  })
})

describe('entryProblem', () => {
  it('takes plain { key, val } entries only', () => {
    expect(entryProblem({ key: 'shape:n1', val: note() })).toBeUndefined()
    for (const entry of ['x', null, [], { key: 'k', val: null }, { key: 1, val: {} }, { key: 'k' }, { key: 'k', val: {}, x: 1 }]) {
      expect(entryProblem(entry)).toBeDefined()
    }
  })
})

describe('boardProblems', () => {
  it('finds nothing on a sound board', () => {
    const frame = area()
    const records = [documentRecord, page, frame, note('shape:in', 'binnen', frame.id), note()]
    expect(boardProblems(new Map(records.map((r) => [r.id, r])))).toEqual(new Map())
  })

  it('names every record that cannot stay, and what it stranded', () => {
    const a = note('shape:a', 'a', 'shape:b')
    const b = note('shape:b', 'b', 'shape:a')
    const underBroken = note('shape:c', 'c', 'shape:bad')
    const bad = { ...note('shape:bad'), props: { text: 'oud' } }
    const good = note('shape:good')
    const board = new Map<string, unknown>([
      [documentRecord.id, documentRecord],
      [page.id, page],
      [a.id, a],
      [b.id, b],
      [bad.id, bad],
      [underBroken.id, underBroken],
      [good.id, good],
      ['shape:null', null],
    ])
    expect([...boardProblems(board).keys()].sort()).toEqual(['shape:a', 'shape:b', 'shape:bad', 'shape:c', 'shape:null'])
  })
})
