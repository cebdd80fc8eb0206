// The select tool on a real, headless tldraw Editor: a double click on the locked brainstorm question
// starts editing it, as in the browser; anywhere else tldraw's own double click still applies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createShapeId, type Editor } from 'tldraw'
import type { LabelShape } from '../shapes/LabelShapeUtil.tsx'
import { doubleClick, headlessEditor } from './headlessEditor.ts'

let editor: Editor
beforeEach(() => {
  editor = headlessEditor()
})
afterEach(() => editor.dispose())

function label(role: 'question' | 'title', x: number, y: number): LabelShape['id'] {
  const id = createShapeId()
  editor.createShape<LabelShape>({ id, type: 'sb-label', x, y, isLocked: true, props: { role, w: 400, text: `De ${role}` } })
  return id as LabelShape['id']
}

describe('SamenbordSelectTool on a real editor', () => {
  it('starts editing the locked brainstorm question on a double click', () => {
    const question = label('question', 100, 100)
    doubleClick(editor, 150, 120)
    expect(editor.getEditingShapeId()).toBe(question)
    expect(editor.isIn('select.editing_shape')).toBe(true)
  })

  it("leaves other locked structure alone: a double click there is tldraw's own", () => {
    label('title', 100, 100)
    doubleClick(editor, 150, 120)
    expect(editor.getEditingShapeId()).not.toBe(null)
    // tldraw's double click on the canvas (the locked title is not hit) makes a text shape there.
    expect(editor.getEditingShape()?.type).toBe('text')
  })

  it('lets a note lying on the question win the double click', () => {
    label('question', 100, 100)
    const note = createShapeId()
    editor.createShape({ id: note, type: 'note', x: 120, y: 90 })
    doubleClick(editor, 150, 120)
    expect(editor.getEditingShapeId()).toBe(note)
  })
})
