// The facilitator's locks as a participant's real, headless tldraw Editor carries them out: the hooks of
// locks.ts mounted with React, and edits made through the editor as a person would make them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createElement } from 'react'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import type { Role } from '../collab/types.ts'
import { doubleClick, drag, headlessEditor } from '../board/headlessEditor.ts'
import type { AreaShape } from '../shapes/AreaShapeUtil.tsx'
import type { LabelShape } from '../shapes/LabelShapeUtil.tsx'
import { useBoardLock, useStructureGuard } from './locks.ts'

// React's act() needs to know it runs in a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let editor: Editor
let root: Root
beforeEach(() => {
  editor = headlessEditor()
  root = createRoot(document.createElement('div'))
})
afterEach(() => {
  act(() => root.unmount())
  editor.dispose()
})

function Locks(props: { role: Role; board: boolean; structure: boolean; onRefused: () => void }) {
  useBoardLock(editor, props.role, props.board)
  useStructureGuard(editor, props.role, props.structure, props.onRefused)
  return null
}

function mount(role: Role, locks: { board?: boolean; structure?: boolean }, onRefused = vi.fn()) {
  act(() => root.render(createElement(Locks, { role, board: locks.board ?? false, structure: locks.structure ?? false, onRefused })))
  return onRefused
}

function lockedArea(): TLShapeId {
  const id = createShapeId()
  editor.createShape<AreaShape>({ id, type: 'sb-area', x: 100, y: 100, isLocked: true, props: { kind: 'ideas', w: 500, h: 400 } })
  return id
}

function question(): TLShapeId {
  const id = createShapeId()
  editor.createShape<LabelShape>({
    id,
    type: 'sb-label',
    x: 100,
    y: 600,
    isLocked: true,
    props: { role: 'question', w: 400, text: 'Wat maakt de straat sterker?' },
  })
  return id
}

describe("the structure lock on a participant's editor", () => {
  it('refuses unlocking, moving and deleting locked structure, and says so', () => {
    const area = lockedArea()
    const onRefused = mount('join', { structure: true })
    // tldraw keeps a locked shape still by itself; unlocking it first is how a person would move it.
    editor.toggleLock([area])
    // tldraw's own code paths that ignore the shape lock (ours too) meet the guard all the same.
    editor.run(() => editor.updateShape({ id: area, type: 'sb-area', x: 400 }), { ignoreShapeLock: true })
    editor.run(() => editor.deleteShape(area), { ignoreShapeLock: true })
    expect(editor.getShape(area)).toMatchObject({ x: 100, isLocked: true })
    expect(onRefused).toHaveBeenCalledTimes(3)
  })

  it('lets the same changes through when they come from the server', () => {
    const area = lockedArea()
    mount('join', { structure: true })
    const shape = editor.getShape(area) as AreaShape
    editor.store.mergeRemoteChanges(() => editor.store.put([{ ...shape, x: 400, isLocked: false }]))
    expect(editor.getShape(area)).toMatchObject({ x: 400, isLocked: false })
  })

  it('ends typing into the locked question that a double click started', async () => {
    const label = question()
    const onRefused = mount('join', { structure: true })
    doubleClick(editor, 150, 620)
    expect(onRefused).toHaveBeenCalledOnce()
    // The editing is ended right after the select tool has entered it (locks.ts, a zero timeout).
    await vi.waitFor(() => expect(editor.getEditingShapeId()).toBe(null))
    expect(editor.getShape(label)).toMatchObject({ isLocked: true })
  })

  it('holds nobody once the lock is off, and never the facilitator', () => {
    const area = lockedArea()
    const onRefused = mount('join', { structure: false })
    editor.toggleLock([area])
    expect(editor.getShape(area)?.isLocked).toBe(false)
    editor.toggleLock([area])
    mount('facilitator', { structure: true }, onRefused)
    editor.toggleLock([area])
    expect(editor.getShape(area)?.isLocked).toBe(false)
    expect(onRefused).not.toHaveBeenCalled()
  })
})

describe("the board lock on a participant's editor", () => {
  it('makes the editor read-only while locked and gives it back after', () => {
    const note = createShapeId()
    editor.createShape({ id: note, type: 'note', x: 700, y: 100 })
    mount('join', { board: true })
    expect(editor.getIsReadonly()).toBe(true)
    drag(editor, { x: 750, y: 150 }, { x: 950, y: 150 })
    expect(editor.getShape(note)?.x).toBe(700)
    mount('join', { board: false })
    expect(editor.getIsReadonly()).toBe(false)
    drag(editor, { x: 750, y: 150 }, { x: 950, y: 150 })
    expect(editor.getShape(note)?.x).toBe(900)
  })

  it('never holds the facilitator', () => {
    mount('facilitator', { board: true })
    expect(editor.getIsReadonly()).toBe(false)
  })
})
