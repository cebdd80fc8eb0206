// The legend of party kinds (a colour chip and a name for each): laid out into rows here, so that the
// label's geometry and its drawing agree on how many rows it takes.
import type { Editor } from 'tldraw'
import { PARTY_COLORS, PARTY_KINDS, type PartyKind } from '../../../shared/board/shapes/index.ts'
import { translate, type Lang, type MessageKey } from '../../../shared/i18n/index.ts'
import { LABEL_LINE_HEIGHT, measure } from './shapeText.ts'

export interface LegendItem {
  kind: PartyKind | 'heading'
  text: string
  color: string
  width: number
}

export interface LegendLayout {
  rows: LegendItem[][]
  rowHeight: number
  height: number
  chip: number
  gap: number
}

export function legendLayout(editor: Editor, lang: Lang, heading: string, fontSize: number, maxWidth: number): LegendLayout {
  const chip = Math.round(fontSize * 0.85)
  const inner = Math.round(fontSize * 0.4)
  const gap = Math.round(fontSize * 1.1)
  const items: LegendItem[] = []
  if (heading) {
    items.push({ kind: 'heading', text: heading, color: '', width: measure(editor, heading, { fontSize, fontWeight: 800 }, null).w })
  }
  for (const kind of PARTY_KINDS) {
    const text = translate(lang, `party.${kind}` as MessageKey)
    items.push({ kind, text, color: PARTY_COLORS[kind], width: chip + inner + measure(editor, text, { fontSize, fontWeight: 500 }, null).w })
  }
  // As few rows as fit, then as even as they can be (no lone item on a last row).
  let rows = pack(items, maxWidth, gap)
  if (rows.length > 1) {
    let lo = 0
    let hi = maxWidth
    while (hi - lo > 4) {
      const mid = (lo + hi) / 2
      if (pack(items, mid, gap).length === rows.length) hi = mid
      else lo = mid
    }
    rows = pack(items, hi, gap)
  }
  const rowHeight = Math.round(fontSize * LABEL_LINE_HEIGHT * 1.25)
  return { rows, rowHeight, height: rows.length * rowHeight, chip, gap }
}

/** Greedy rows of items no wider than `maxWidth` (an item wider than that gets a row of its own). */
function pack(items: readonly LegendItem[], maxWidth: number, gap: number): LegendItem[][] {
  const rows: LegendItem[][] = []
  let row: LegendItem[] = []
  let used = 0
  for (const item of items) {
    const needed = row.length ? used + gap + item.width : item.width
    if (row.length && needed > maxWidth) {
      rows.push(row)
      row = [item]
      used = item.width
    } else {
      row.push(item)
      used = needed
    }
  }
  if (row.length) rows.push(row)
  return rows
}
