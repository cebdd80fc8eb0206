// Test support: a real tldraw Editor, headless, with the board's own shapes and select tool, for tests
// that run in vitest's happy-dom environment (`*.dom.test.ts`). tldraw's Editor needs a DOM (its text
// measurer creates elements) but no layout: the board's logic runs on it as in the browser.
import {
  Box,
  Editor,
  createTLStore,
  defaultAddFontsFromNode,
  defaultBindingUtils,
  defaultShapeUtils,
  defaultTools,
  tipTapDefaultExtensions,
  type TLAnyShapeUtilConstructor,
  type TLStateNodeConstructor,
} from 'tldraw'
import { boardShapeUtils, boardTools } from './boardEditorParts.ts'

/** The shape utils the board uses: tldraw's defaults, with ours replacing any of the same type. */
function allShapeUtils(): TLAnyShapeUtilConstructor[] {
  const types = new Set(boardShapeUtils.map((util) => util.type))
  return [...defaultShapeUtils.filter((util) => !types.has(util.type)), ...boardShapeUtils]
}

/** The tools the board uses: tldraw's, with ours (the select tool) in place of its own. */
function allTools(): TLStateNodeConstructor[] {
  const replaced = new Set(boardTools.map((tool) => tool.id))
  return [...boardTools, ...defaultTools.filter((tool) => !replaced.has(tool.id))]
}

export function headlessEditor(): Editor {
  const shapeUtils = allShapeUtils()
  const container = document.createElement('div')
  document.body.appendChild(container)
  const editor = new Editor({
    store: createTLStore({ shapeUtils }),
    shapeUtils,
    bindingUtils: defaultBindingUtils,
    tools: allTools(),
    getContainer: () => container,
    // What <Tldraw> gives the editor by default: text shapes need it.
    options: { text: { addFontsFromNode: defaultAddFontsFromNode, tipTapConfig: { extensions: tipTapDefaultExtensions } } },
  })
  // A screen the size of a laptop's, so page and screen points are 1:1 at zoom 1.
  editor.updateViewportScreenBounds(new Box(0, 0, 1366, 768))
  editor.setCurrentTool('select')
  return editor
}

const NO_KEYS = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, accelKey: false }

/** A pointer event on the canvas at a screen point, as tldraw's canvas would dispatch it. */
export function pointer(editor: Editor, name: 'pointer_down' | 'pointer_move' | 'pointer_up', x: number, y: number): void {
  editor.dispatch({ type: 'pointer', name, target: 'canvas', point: { x, y, z: 0.5 }, pointerId: 1, button: 0, isPen: false, ...NO_KEYS })
  // Moves wait for the next tick; a tick now makes the editor handle them at once.
  editor.emit('tick', 16)
}

/** A double click as the browser gives it to tldraw: down, up, down (the double click), up. */
export function doubleClick(editor: Editor, x: number, y: number): void {
  const click = (phase: 'down' | 'up') =>
    editor.dispatch({ type: 'click', name: 'double_click', phase, target: 'canvas', point: { x, y, z: 0.5 }, pointerId: 1, button: 0, ...NO_KEYS })
  pointer(editor, 'pointer_down', x, y)
  pointer(editor, 'pointer_up', x, y)
  pointer(editor, 'pointer_down', x, y)
  click('down')
  pointer(editor, 'pointer_up', x, y)
  click('up')
}

/** A drag from one screen point to another, in steps. */
export function drag(editor: Editor, from: { x: number; y: number }, to: { x: number; y: number }, steps = 5): void {
  pointer(editor, 'pointer_down', from.x, from.y)
  for (let i = 1; i <= steps; i++) {
    pointer(editor, 'pointer_move', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps)
  }
  pointer(editor, 'pointer_up', to.x, to.y)
}
