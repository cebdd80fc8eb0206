// The decisions behind the participant's locks (locks.ts wires them into tldraw's side effects).
import { describe, expect, it } from 'vitest'
import { AREA_SHAPE, LABEL_SHAPE } from '../../../shared/board/shapes/index.ts'
import type { StructureShapeLike } from '../../../shared/facilitation/structureLock.ts'
import { applyBoardLock, editingRefused, type LockableEditor, shapeChangeRefused, shapeDeleteRefused, structureGuardActive } from './lockDecisions.ts'

function shape(type: string, isLocked: boolean, extra: Partial<StructureShapeLike> = {}): StructureShapeLike {
  return { type, isLocked, x: 0, y: 0, rotation: 0, parentId: 'page:board', index: 'a1', opacity: 1, props: { label: 'Kansen' }, meta: {}, ...extra }
}

const lockedArea = shape(AREA_SHAPE, true)
const question = shape(LABEL_SHAPE, true, { props: { role: 'question', text: 'Wat?' } })
const cluster = shape(AREA_SHAPE, false)
const note = shape('note', false)

describe('structureGuardActive', () => {
  it('holds participants only, and only while the structure lock is on', () => {
    expect(structureGuardActive('join', true)).toBe(true)
    expect(structureGuardActive('join', false)).toBe(false)
    expect(structureGuardActive('facilitator', true)).toBe(false)
    expect(structureGuardActive('view', true)).toBe(false)
  })
})

describe('shapeChangeRefused', () => {
  it("refuses a participant's move, unlock or new content of locked structure while active", () => {
    expect(shapeChangeRefused('user', true, lockedArea, { ...lockedArea, x: 5 })).toBe(true)
    expect(shapeChangeRefused('user', true, lockedArea, { ...lockedArea, isLocked: false })).toBe(true)
    expect(shapeChangeRefused('user', true, question, { ...question, props: { role: 'question', text: 'Hoe?' } })).toBe(true)
  })

  it('lets through remote changes, inactive guards, unchanged records and content', () => {
    const moved = { ...lockedArea, x: 5 }
    expect(shapeChangeRefused('remote', true, lockedArea, moved)).toBe(false)
    expect(shapeChangeRefused('user', false, lockedArea, moved)).toBe(false)
    expect(shapeChangeRefused('user', true, lockedArea, { ...lockedArea })).toBe(false)
    expect(shapeChangeRefused('user', true, cluster, { ...cluster, x: 5 })).toBe(false)
    expect(shapeChangeRefused('user', true, note, { ...note, x: 5 })).toBe(false)
  })
})

describe('shapeDeleteRefused', () => {
  it("refuses a participant's deletion of locked structure only", () => {
    expect(shapeDeleteRefused('user', true, lockedArea)).toBe(true)
    expect(shapeDeleteRefused('user', true, question)).toBe(true)
    expect(shapeDeleteRefused('remote', true, lockedArea)).toBe(false)
    expect(shapeDeleteRefused('user', false, lockedArea)).toBe(false)
    expect(shapeDeleteRefused('user', true, cluster)).toBe(false)
    expect(shapeDeleteRefused('user', true, note)).toBe(false)
  })
})

describe('editingRefused', () => {
  const shapes = new Map<string, StructureShapeLike>([
    ['shape:q', question],
    ['shape:n', note],
  ])
  const shapeOf = (id: string) => shapes.get(id)

  it('ends typing into the locked question when a participant starts it', () => {
    expect(editingRefused('user', true, null, 'shape:q', shapeOf)).toBe(true)
    expect(editingRefused('user', true, 'shape:n', 'shape:q', shapeOf)).toBe(true)
  })

  it('leaves notes, ended editing, continued editing, remote changes and an inactive guard alone', () => {
    expect(editingRefused('user', true, null, 'shape:n', shapeOf)).toBe(false)
    expect(editingRefused('user', true, 'shape:q', null, shapeOf)).toBe(false)
    expect(editingRefused('user', true, 'shape:q', 'shape:q', shapeOf)).toBe(false)
    expect(editingRefused('remote', true, null, 'shape:q', shapeOf)).toBe(false)
    expect(editingRefused('user', false, null, 'shape:q', shapeOf)).toBe(false)
    expect(editingRefused('user', true, null, 'shape:gone', shapeOf)).toBe(false)
  })
})

describe('applyBoardLock', () => {
  /** Records what the lock asks of the editor, with the state it reads. */
  function editor(state: { editing: string | null; readonly: boolean }) {
    const calls: string[] = []
    const e: LockableEditor = {
      getEditingShapeId: () => state.editing,
      complete: () => calls.push('complete'),
      setCurrentTool: (id) => calls.push(`tool:${id}`),
      getInstanceState: () => ({ isReadonly: state.readonly }),
      updateInstanceState: ({ isReadonly }) => calls.push(`readonly:${isReadonly}`),
    }
    return { e, calls }
  }

  it('makes a participant read-only on the select tool, ending any typing first', () => {
    const typing = editor({ editing: 'shape:n', readonly: false })
    applyBoardLock(typing.e, 'join', true)
    expect(typing.calls).toEqual(['complete', 'tool:select', 'readonly:true'])
    const idle = editor({ editing: null, readonly: false })
    applyBoardLock(idle.e, 'join', true)
    expect(idle.calls).toEqual(['tool:select', 'readonly:true'])
  })

  it('gives a participant their editor back on unlock, and touches nothing when it was not held', () => {
    const held = editor({ editing: null, readonly: true })
    applyBoardLock(held.e, 'join', false)
    expect(held.calls).toEqual(['readonly:false'])
    const free = editor({ editing: null, readonly: false })
    applyBoardLock(free.e, 'join', false)
    expect(free.calls).toEqual([])
  })

  it('never holds the facilitator or a viewer (a viewer is read-only for its own reasons)', () => {
    for (const role of ['facilitator', 'view'] as const) {
      const other = editor({ editing: 'shape:n', readonly: true })
      applyBoardLock(other.e, role, true)
      applyBoardLock(other.e, role, false)
      expect(other.calls).toEqual([])
    }
  })
})
