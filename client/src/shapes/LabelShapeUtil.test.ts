// sb-label's ShapeUtil: its size follows its text as measured (so hit-testing matches the drawing), and
// only the brainstorm question may be edited, locked or not. On a stand-in editor with a fixed measurer.
import { describe, expect, it } from 'vitest'
import { T } from '@tldraw/validate'
import { labelShapeProps, type LabelProps } from '../../../shared/board/shapes/index.ts'
import { type LabelShape, LabelShapeUtil } from './LabelShapeUtil.tsx'
import { QUESTION_PADDING } from './metrics.ts'
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from './shapeText.ts'
import { measuringEditor, shapeRecord } from './shapeTesting.ts'

const { editor, measured } = measuringEditor()
const util = new LabelShapeUtil(editor)
const defaults = util.getDefaultProps()
const label = (props: Partial<LabelProps> = {}): LabelShape => shapeRecord<LabelShape>('sb-label', { ...defaults, ...props })
const LINE = Math.ceil(LABEL_FONT_SIZE.m * LABEL_LINE_HEIGHT)

describe('LabelShapeUtil', () => {
  it('defaults to a valid caption', () => {
    expect(() => T.object(labelShapeProps).validate(defaults)).not.toThrow()
    expect(defaults.role).toBe('caption')
  })

  it('is one line high for short text, and grows as its text wraps at its width', () => {
    const short = util.getGeometry(label({ text: 'Kort', w: 600 }))
    expect(short.bounds).toMatchObject({ w: 600, h: LINE })
    expect(short.isFilled).toBe(true)
    // 100 characters of 15 units at 600 wide: three lines with this measurer.
    const long = util.getGeometry(label({ text: 'x'.repeat(100), w: 600 }))
    expect(long.bounds).toMatchObject({ w: 600, h: 3 * LINE })
    expect(measured).toContain('x'.repeat(100))
  })

  it('runs upwards when vertical: one line wide, its width long', () => {
    expect(util.getGeometry(label({ text: 'Invloed', w: 500, vertical: true })).bounds).toMatchObject({ w: LINE, h: 500 })
  })

  it('gives the question its panel padding, in the largest size that fits', () => {
    // 'Wat?' at 72: 4 × 36 = 144 wide, one line of 86.4 → 87, plus the padding above and below.
    const h = util.getGeometry(label({ role: 'question', text: 'Wat?', w: 1200 })).bounds.h
    expect(h).toBe(Math.ceil(72 * LABEL_LINE_HEIGHT) + 2 * QUESTION_PADDING.y)
    // 86 characters in 1120 units of text width: three lines at 72 and at 60 (over 150 high), two at
    // 50 (120): the question steps down to 50.
    const longText = 'x'.repeat(86)
    const longH = util.getGeometry(label({ role: 'question', text: longText, w: 1200 })).bounds.h
    expect(longH).toBe(2 * 50 * LABEL_LINE_HEIGHT + 2 * QUESTION_PADDING.y)
  })

  it('lets only the question be edited, also while locked; never resized', () => {
    expect(util.canEdit(label({ role: 'question' }))).toBe(true)
    expect(util.canEditWhileLocked(label({ role: 'question' }))).toBe(true)
    for (const role of ['title', 'axis', 'caption', 'legend'] as const) {
      expect(util.canEdit(label({ role }))).toBe(false)
      expect(util.canEditWhileLocked(label({ role }))).toBe(false)
    }
    expect(util.canResize()).toBe(false)
    expect(util.hideResizeHandles()).toBe(true)
    expect(util.hideRotateHandle()).toBe(true)
    expect(util.hideSelectionBoundsFg()).toBe(true)
    expect(util.canBind()).toBe(false)
  })

  it('reads as its typed text, else its translated label key', () => {
    expect(util.getText(label({ text: 'Wat willen we?', labelKey: '' }))).toBe('Wat willen we?')
    expect(util.getText(label({ text: '', labelKey: 'not.a.key.from.this.version' }))).toBe('')
  })
})
