// Where an area draws its title and description, estimated without a DOM (the client draws them in
// client/src/shapes/AreaView.tsx: a panel's header at the top left, a ring's name in its band beside
// the top of the seam). Notes keep out of this box. Both languages are measured and the larger box
// wins, so a note placed for a Dutch viewer does not cover the English title either.
import { isMessageKey } from '../i18n/messages.ts'
import { translate, LANGS } from '../i18n/translate.ts'
import type { AreaProps } from '../board/shapes/index.ts'
import type { Box } from '../templates/types.ts'
import { ringOf } from '../areas/ring.ts'

// Mirrors AreaView: inset (gutter) 5, padding 22 top / 28 sides, label 40 px (line height 1.15, bold),
// hint 26 px (line height 1.3), 6 px between them; a rung's header is at most 46% wide.
const INSET = 5
const PAD_TOP = 22
const PAD_SIDE = 28
const LABEL = { size: 40, line: 1.15, em: 0.64 }
const PLACEHOLDER = { size: 30, line: 1.15, em: 0.6 }
const HINT = { size: 26, line: 1.3, em: 0.58 }
const HEADER_GAP = 6
const RING_LABEL = { size: 48, em: 0.66 }

type HeaderProps = Pick<AreaProps, 'w' | 'h' | 'kind' | 'label' | 'labelKey' | 'hintKey' | 'geometry' | 'ringInner' | 'side'>

function texts(typed: string, key: string): string[] {
  if (typed.trim()) return [typed.trim()]
  return isMessageKey(key) ? LANGS.map((lang) => translate(lang, key)) : []
}

/** Lines a text wraps into at `width` with `em` per character on average (words kept whole). */
function lines(text: string, size: number, em: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * em)))
  let count = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    count++
    for (const word of paragraph.split(/\s+/)) {
      const len = word.length
      if (used === 0) used = len
      else if (used + 1 + len <= perLine) used += 1 + len
      else {
        count++
        used = len
      }
      // A word longer than a line wraps (overflow-wrap: break-word).
      if (used > perLine) {
        count += Math.ceil(used / perLine) - 1
        used = used % perLine
      }
    }
  }
  return Math.max(1, count)
}

/** The header box relative to the area's top-left corner. */
export function areaHeaderBox(props: HeaderProps): Box {
  if (props.geometry === 'ring') return ringHeaderBox(props)
  const fullWidth = props.w - 2 * INSET - 2 * PAD_SIDE
  const width = props.kind === 'rung' ? fullWidth * 0.46 : fullWidth
  const labels = texts(props.label, props.labelKey)
  const label = labels.length ? LABEL : PLACEHOLDER
  const labelLines = Math.max(1, ...labels.map((t) => lines(t, label.size, label.em, width)))
  const hints = texts('', props.hintKey)
  const hintLines = hints.length ? Math.max(...hints.map((t) => lines(t, HINT.size, HINT.em, width))) : 0
  const h = PAD_TOP + labelLines * label.size * label.line + (hintLines ? HEADER_GAP + hintLines * HINT.size * HINT.line : 0)
  return { x: INSET + PAD_SIDE, y: INSET, w: width, h: Math.ceil(h) }
}

/** A ring's name sits in its band just beside the top of the seam (ringLabelPlacement). */
function ringHeaderBox(props: HeaderProps): Box {
  const { cx, cy, outer, inner } = ringOf(props)
  const longest = Math.max(4, ...texts(props.label, props.labelKey).map((t) => t.length))
  const w = Math.min(outer, longest * RING_LABEL.size * RING_LABEL.em + 40)
  const top = inner > 0 ? cy - outer : cy - RING_LABEL.size
  const bottom = inner > 0 ? cy - inner : cy + RING_LABEL.size
  const x = props.side === 'right' ? cx : props.side === 'left' ? cx - w : cx - w / 2
  return { x, y: top, w, h: bottom - top }
}
