// A cluster dragged on a real, headless tldraw Editor carries the notes lying in it, as in the browser;
// notes outside it, locked ones and ones being dragged along anyway stay where the drag puts them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { drag, headlessEditor, pointer } from '../board/headlessEditor.ts'
import type { AreaShape } from './AreaShapeUtil.tsx'

let editor: Editor
beforeEach(() => {
  editor = headlessEditor()
})
afterEach(() => editor.dispose())

function cluster(x: number, y: number): TLShapeId {
  const id = createShapeId()
  editor.createShape<AreaShape>({ id, type: 'sb-area', x, y, props: { kind: 'cluster', w: 500, h: 400 } })
  return id
}

function note(x: number, y: number, isLocked = false): TLShapeId {
  const id = createShapeId()
  editor.createShape({ id, type: 'note', x, y, isLocked })
  return id
}

const at = (id: TLShapeId) => {
  const shape = editor.getShape(id)
  return { x: shape?.x, y: shape?.y }
}

describe('dragging a cluster', () => {
  it('carries the notes lying in it and leaves the others', () => {
    const area = cluster(100, 100)
    const inside = note(150, 180)
    const outside = note(700, 180)
    const locked = note(350, 180, true)
    // Grab the cluster on a bare spot of it (below the notes) and move it 200 right, 50 down.
    drag(editor, { x: 130, y: 470 }, { x: 330, y: 520 })
    expect(at(area)).toEqual({ x: 300, y: 150 })
    expect(at(inside)).toEqual({ x: 350, y: 230 })
    expect(at(outside)).toEqual({ x: 700, y: 180 })
    expect(at(locked)).toEqual({ x: 350, y: 180 })
  })

  it('moves a note that is selected with it only once', () => {
    const area = cluster(100, 100)
    const inside = note(150, 180)
    editor.select(area, inside)
    drag(editor, { x: 130, y: 470 }, { x: 230, y: 470 })
    expect(at(inside)).toEqual({ x: 250, y: 180 })
  })

  it('puts carried notes back when the drag is cancelled', () => {
    cluster(100, 100)
    const inside = note(150, 180)
    pointer(editor, 'pointer_down', 130, 470)
    pointer(editor, 'pointer_move', 230, 470)
    expect(at(inside)).toEqual({ x: 250, y: 180 })
    editor.cancel()
    expect(at(inside)).toEqual({ x: 150, y: 180 })
  })
})
