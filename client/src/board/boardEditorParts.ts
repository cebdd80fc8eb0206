// What the board's tldraw editor is made of beyond tldraw's defaults: our shapes, the private-embed
// override and our select tool. One list, used by the canvas (BoardCanvas.tsx) and by the headless
// editor of the client tests (headlessEditor.ts), so the tests run on the board the browser gets.
// Module-level: tldraw wants these stable across renders.
import type { TLAnyShapeUtilConstructor, TLStateNodeConstructor } from 'tldraw'
import { templateShapeUtils } from '../shapes/index.ts'
import { privateShapeUtils } from './privacy.ts'
import { SamenbordSelectTool } from './selectTool.ts'

export const boardShapeUtils: readonly TLAnyShapeUtilConstructor[] = [...privateShapeUtils, ...templateShapeUtils]
export const boardTools: readonly TLStateNodeConstructor[] = [SamenbordSelectTool]
