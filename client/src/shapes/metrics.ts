// Sizes of the template shapes that both their geometry (hit-testing, bounds, free-space search) and
// their drawing need, so the two always agree.
import type { Editor } from 'tldraw'
import type { AreaProps, LabelProps } from '../../../shared/board/shapes/index.ts'
import { legendLayout } from './legendLayout.ts'
import { currentLang, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, measure, shapeText } from './shapeText.ts'

/** Corner radius of an area panel. */
export function areaRadius(props: Pick<AreaProps, 'w' | 'h'>): number {
  return Math.min(28, Math.min(props.w, props.h) / 8)
}

export const ACTOR_CARD_RADIUS = 14

/** Font weight of each kind of structure text (drawn and measured with the same). */
export const LABEL_WEIGHT: Record<LabelProps['role'], number> = { title: 800, axis: 700, caption: 600, legend: 500, question: 800 }

/** Extra room around the question, which is drawn as a panel. */
export const QUESTION_PADDING = { x: 40, y: 16 }
/** A long question steps down in size to stay within the room a template gives it (about two big lines). */
const QUESTION_SIZES = [72, 60, 50, 42, 36]
const QUESTION_MAX_TEXT_HEIGHT = 150

export function questionFontSize(editor: Editor, text: string, w: number): number {
  for (const size of QUESTION_SIZES) {
    const h = measure(editor, text, { fontSize: size, fontWeight: LABEL_WEIGHT.question }, w - 2 * QUESTION_PADDING.x).h
    if (h <= QUESTION_MAX_TEXT_HEIGHT) return size
  }
  return QUESTION_SIZES.at(-1)!
}

/** The label's extent across its text direction: its height, or its width when it runs upwards. */
export function labelHeight(editor: Editor, props: LabelProps): number {
  const fontSize = LABEL_FONT_SIZE[props.size]
  const lang = currentLang()
  if (props.role === 'legend') return legendLayout(editor, lang, shapeText('', props.labelKey, lang), fontSize, props.w).height
  const line = Math.ceil(fontSize * LABEL_LINE_HEIGHT)
  if (props.vertical) return line
  const text = shapeText(props.text, props.labelKey, lang)
  if (props.role === 'question') {
    const size = questionFontSize(editor, text, props.w)
    const h = measure(editor, text, { fontSize: size, fontWeight: LABEL_WEIGHT.question }, props.w - 2 * QUESTION_PADDING.x).h
    return Math.max(Math.ceil(size * LABEL_LINE_HEIGHT), Math.ceil(h)) + 2 * QUESTION_PADDING.y
  }
  return Math.max(line, Math.ceil(measure(editor, text, { fontSize, fontWeight: LABEL_WEIGHT[props.role] }, props.w).h))
}
