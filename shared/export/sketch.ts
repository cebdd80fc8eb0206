// An image of each template for the action plan, as a pure drawing model: rectangles, rings, notes,
// cards and texts in the coordinates of a landscape A4 page (points), each template scaled to fit the
// page. The server paints it (server/export/sketchPng.ts); here is only what to draw, so that it can be
// tested without a canvas. The whole board as one image is a strip of 18,000 px; one page per template
// is what a printed plan can show.
import { listAreas, listTemplateInstances, translatedLabel, type AreaInfo } from '../areas/areas.ts'
import { shapePageBounds, type ById } from '../areas/geometry.ts'
import { membersByArea } from '../areas/membership.ts'
import { ringOf } from '../areas/ring.ts'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import { LABEL_SHAPE, PARTY_COLORS, type LabelProps, type PartyKind } from '../board/shapes/index.ts'
import { tintOf } from '../board/shapes/tints.ts'
import { isMessageKey } from '../i18n/messages.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { Box } from '../templates/types.ts'
import { wrapText } from './sketchText.ts'

/** A4 landscape in points (1/72 inch). */
export const SKETCH_PAGE = { w: 842, h: 595 } as const
const MARGIN = 24
const TITLE_SIZE = 16
const TOP = MARGIN + TITLE_SIZE * 1.8

export interface SketchRect {
  type: 'rect'
  x: number
  y: number
  w: number
  h: number
  fill: string
  stroke: string
  label: string
  ink: string
  labelSize: number
}

export interface SketchRing {
  type: 'ring'
  cx: number
  cy: number
  outer: number
  inner: number
  side: 'full' | 'left' | 'right'
  fill: string
  stroke: string
  label: string
  ink: string
  labelSize: number
  /** Where the label's centre goes: in the band, towards the top. */
  labelX: number
  labelY: number
}

/** A sticky note: a coloured square with its text wrapped (and cut with "…") to fit. */
export interface SketchNote {
  type: 'note'
  id: string
  x: number
  y: number
  w: number
  h: number
  fill: string
  lines: string[]
  size: number
}

/** An actor card: white, a stripe in its party's colour, name (bold) and party. */
export interface SketchCard {
  type: 'card'
  id: string
  x: number
  y: number
  w: number
  h: number
  stripe: string
  lines: string[]
  size: number
}

export interface SketchText {
  type: 'text'
  x: number
  y: number
  w: number
  lines: string[]
  size: number
  color: string
  bold: boolean
  align: 'start' | 'middle' | 'end'
  /** Runs upwards (an axis label along a left edge): x, y is then its bottom-left corner. */
  vertical: boolean
}

export type SketchShape = SketchRect | SketchRing | SketchNote | SketchCard | SketchText

export interface Sketch {
  instance: string
  template: string
  title: string
  /** Always SKETCH_PAGE: carried so that renderers need not import it. */
  width: number
  height: number
  shapes: SketchShape[]
}

/** tldraw's light-theme note fills, by the note's colour. */
const NOTE_FILLS: Record<string, string> = {
  black: '#FCE19C',
  blue: '#8AA3FF',
  green: '#6FC896',
  grey: '#C0CAD3',
  'light-blue': '#9BC4FD',
  'light-green': '#98D08A',
  'light-red': '#F7A5A1',
  'light-violet': '#DFB0F9',
  orange: '#FAA475',
  red: '#FC8282',
  violet: '#DB91FD',
  yellow: '#FED49A',
  white: '#FFFFFF',
}

/** tldraw's text sizes in board pixels. */
const LABEL_SIZES: Record<string, number> = { s: 18, m: 24, l: 36, xl: 44 }
const LINE = 1.2

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y }
}

/** Board coordinates → page points, the content centred in the page below the title. */
interface Fit {
  scale: number
  x(v: number): number
  y(v: number): number
}

function fitTo(content: Box): Fit {
  const w = SKETCH_PAGE.w - 2 * MARGIN
  const h = SKETCH_PAGE.h - TOP - MARGIN
  const scale = Math.min(w / Math.max(content.w, 1), h / Math.max(content.h, 1))
  const dx = MARGIN + (w - content.w * scale) / 2 - content.x * scale
  const dy = TOP + (h - content.h * scale) / 2 - content.y * scale
  return { scale, x: (v) => v * scale + dx, y: (v) => v * scale + dy }
}

/** The board's hint on an unnamed cluster ("dubbelklik om een naam te geven") means nothing on paper. */
function printedLabel(area: AreaInfo, lang: Lang): string {
  const hints = [translate('nl', 'brainstorm.cluster.unnamed'), translate('en', 'brainstorm.cluster.unnamed')]
  return area.kind === 'cluster' && (!area.label || hints.includes(area.label)) ? translate(lang, 'export.cluster.unnamed') : area.label
}

function areaShape(area: AreaInfo, tintName: unknown, fit: Fit, lang: Lang): SketchRect | SketchRing {
  const tint = tintOf(String(tintName))
  const label = printedLabel(area, lang)
  const labelSize = clamp(26 * fit.scale, 5.5, 12)
  const b = area.bounds
  if (area.geometry === 'ring') {
    const ring = ringOf({ ...b, ringInner: area.ringInner, side: area.side })
    const outer = ring.outer * fit.scale
    const inner = ring.inner * fit.scale
    const cx = fit.x(ring.cx)
    const cy = fit.y(ring.cy)
    const r = (outer + inner) / 2
    // Labels sit in the band, up and to the side of their half, where notes are fewest.
    const angle = area.side === 'left' ? (-3 * Math.PI) / 4 : area.side === 'right' ? -Math.PI / 4 : -Math.PI / 2
    return {
      type: 'ring',
      cx,
      cy,
      outer,
      inner,
      side: area.side,
      fill: tint.fill,
      stroke: tint.border,
      label,
      ink: tint.ink,
      labelSize,
      labelX: cx + r * Math.cos(angle),
      labelY: cy + r * Math.sin(angle),
    }
  }
  return {
    type: 'rect',
    x: fit.x(b.x),
    y: fit.y(b.y),
    w: b.w * fit.scale,
    h: b.h * fit.scale,
    fill: tint.fill,
    stroke: tint.border,
    label,
    ink: tint.ink,
    labelSize,
  }
}

function noteShape(record: BoardRecord, box: Box, fit: Fit): SketchNote {
  const w = box.w * fit.scale
  const h = box.h * fit.scale
  const size = clamp(w * 0.11, 3.5, 10)
  const pad = w * 0.07
  const lines = wrapText(noteText(record), w - 2 * pad, size, Math.max(1, Math.floor((h - 2 * pad) / (size * LINE))))
  const color = String((record.props as { color?: unknown } | undefined)?.color ?? 'yellow')
  return { type: 'note', id: record.id, x: fit.x(box.x), y: fit.y(box.y), w, h, fill: NOTE_FILLS[color] ?? NOTE_FILLS.yellow!, lines, size }
}

function cardShape(record: BoardRecord, box: Box, fit: Fit, lang: Lang): SketchCard {
  const p = (record.props ?? {}) as { name?: unknown; party?: unknown }
  const w = box.w * fit.scale
  const h = box.h * fit.scale
  const size = clamp(h * 0.13, 3.5, 9)
  const party = typeof p.party === 'string' ? p.party : 'anders'
  const name = (typeof p.name === 'string' && p.name.trim()) || translate(lang, 'actor.unnamed')
  const partyKey = `party.${party}`
  const partyLabel = isMessageKey(partyKey) ? translate(lang, partyKey) : party
  const maxLines = Math.max(1, Math.floor((h - size) / (size * LINE)))
  const lines = [...wrapText(name, w - size * 1.6, size, Math.max(1, maxLines - 1)), partyLabel]
  return { type: 'card', id: record.id, x: fit.x(box.x), y: fit.y(box.y), w, h, stripe: PARTY_COLORS[party as PartyKind] ?? PARTY_COLORS.anders, lines, size }
}

function textShape(
  text: string,
  box: Box,
  fit: Fit,
  opts: { size: number; color: string; bold: boolean; align: SketchText['align']; vertical: boolean; maxLines: number },
): SketchText {
  const size = clamp(opts.size * fit.scale, 5, 14)
  const w = (opts.vertical ? box.h : box.w) * fit.scale
  return {
    type: 'text',
    x: fit.x(box.x),
    y: fit.y(opts.vertical ? box.y + box.h : box.y),
    w,
    lines: wrapText(text, Math.max(w, size * 4), size, opts.maxLines),
    size,
    color: opts.color,
    bold: opts.bold,
    align: opts.align,
    vertical: opts.vertical,
  }
}

/** One template instance on one page. Undefined when it has no areas. */
function sketchInstance(
  board: BoardDoc,
  byId: ById,
  lang: Lang,
  instance: string,
  template: string,
  title: string,
  areas: AreaInfo[],
  members: Map<string, BoardRecord[]>,
): Sketch | undefined {
  if (areas.length === 0) return undefined
  const items = areas.flatMap((a) => (members.get(a.id) ?? []).map((record) => ({ record, box: shapePageBounds(record, byId) })))
  const labels = board
    .all()
    .filter((r) => r.typeName === 'shape' && r.type === LABEL_SHAPE && (r.props as LabelProps | undefined)?.instance === instance)
    .filter((r) => {
      const role = (r.props as LabelProps).role
      // The page has its own title, and the legend explains the board's colours at a length a sketch cannot hold.
      return role !== 'title' && role !== 'legend'
    })
    .map((record) => ({ record, box: shapePageBounds(record, byId) }))
  const pageId = areas[0]!.pageId
  const boxes = [...areas.map((a) => a.bounds), ...items.map((i) => i.box), ...labels.map((l) => l.box)].filter((b): b is Box => b !== undefined)
  const fit = fitTo(union(boxes)!)
  const shapes: SketchShape[] = [
    {
      type: 'text',
      x: MARGIN,
      y: MARGIN,
      w: SKETCH_PAGE.w - 2 * MARGIN,
      lines: [title],
      size: TITLE_SIZE,
      color: '#1F3864',
      bold: true,
      align: 'start',
      vertical: false,
    },
  ]
  // Big areas first, so a cluster drawn inside the ideas area stays visible on top of it.
  for (const area of [...areas].filter((a) => a.pageId === pageId).sort((a, b) => b.bounds.w * b.bounds.h - a.bounds.w * a.bounds.h)) {
    shapes.push(areaShape(area, (board.get(area.id)?.props as { tint?: unknown } | undefined)?.tint, fit, lang))
  }
  for (const { record, box } of labels) {
    if (!box) continue
    const p = record.props as LabelProps
    const question = p.role === 'question'
    // An unanswered question shows the board's typing hint ("dubbelklik om te typen"): nothing on paper.
    const text = question ? (typeof p.text === 'string' ? p.text.trim() : '') : translatedLabel(lang, p.text, p.labelKey)
    if (!text) continue
    shapes.push(
      textShape(text, box, fit, {
        size: LABEL_SIZES[p.size] ?? 24,
        color: '#273142',
        bold: p.role === 'axis' || question,
        align: p.align ?? 'start',
        vertical: p.vertical === true,
        maxLines: question ? 3 : 1,
      }),
    )
  }
  for (const { record, box } of items) {
    if (!box) continue
    if (record.type === 'note') shapes.push(noteShape(record, box, fit))
    else if (record.type === 'sb-actor') shapes.push(cardShape(record, box, fit, lang))
    else if (record.type === 'text') {
      const text = noteText(record)
      if (text) shapes.push(textShape(text, box, fit, { size: 24, color: '#1d1d1d', bold: false, align: 'start', vertical: false, maxLines: 4 }))
    }
  }
  return { instance, template, title, width: SKETCH_PAGE.w, height: SKETCH_PAGE.h, shapes }
}

/** An image of every template instance on the board, in placement order. */
export function sketchBoard(board: BoardDoc, lang: Lang): Sketch[] {
  const byId: ById = (id) => board.get(id)
  const areas = listAreas(board, lang)
  const members = membersByArea(board, areas)
  const sketches: Sketch[] = []
  for (const info of listTemplateInstances(board, lang)) {
    const own = areas.filter((a) => a.instance === info.instance)
    const fallback = info.template === 'board' ? own[0]?.label : undefined
    const titleKey = `template.${info.template}.title`
    const title = info.layoutTitle || fallback || (isMessageKey(titleKey) ? translate(lang, titleKey) : info.template)
    const sketch = sketchInstance(board, byId, lang, info.instance, info.template, title, own, members)
    if (sketch) sketches.push(sketch)
  }
  return sketches
}
