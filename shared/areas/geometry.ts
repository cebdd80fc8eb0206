// Where shapes are on the page, computed from the stored records alone (no editor): the server, exports
// and outcomes need it as much as the client. Sizes of shapes without w/h are estimates, good enough to
// decide which area a note sits in and where free space is; the editor has the exact ones.
//
// Rotation is ignored throughout: template areas are locked and never rotated, and a slightly rotated
// note still has its centre where its unrotated box has it (tldraw rotates around the top-left corner,
// so a strongly rotated shape's true box differs; the estimate is accepted for membership).
import { b64Vecs } from '@tldraw/tlschema'
import type { BoardRecord } from '../board/boardDoc.ts'
import { NOTE_SIZE } from '../board/noteRecord.ts'
import { plainText } from '../board/richText.ts'
import type { AreaProps } from '../board/shapes/index.ts'
import type { Box, Point } from '../templates/types.ts'
import { ringContains, ringOf } from './ring.ts'

export type ById = (id: string) => BoardRecord | undefined

/** Nesting deeper than this is treated as broken (guards against parent cycles in bad data). */
const MAX_NESTING = 32

/** tldraw's text sizes (theme font size 16 × its multipliers) and line height, for text estimates. */
const FONT_SIZE: Readonly<Record<string, number>> = { s: 18, m: 24, l: 36, xl: 44 }
const LINE_HEIGHT = 1.35

function props(record: BoardRecord): Record<string, unknown> {
  const p = record.props
  return typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : {}
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function isShape(record: BoardRecord | undefined): record is BoardRecord {
  return record?.typeName === 'shape'
}

/** The box around some points (relative to the shape), or undefined when there are none. */
function boxAround(points: readonly Point[]): Box | undefined {
  const xs = points.map((p) => p.x).filter(Number.isFinite)
  const ys = points.map((p) => p.y).filter(Number.isFinite)
  if (xs.length === 0 || ys.length === 0) return undefined
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }
}

function pointsOf(value: unknown): Point[] {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : []
  return list.filter((p): p is Point => typeof p === 'object' && p !== null && typeof p.x === 'number' && typeof p.y === 'number')
}

/** Draw/highlight strokes: tldraw stores the points delta-encoded in base64, scaled by scaleX/scaleY. */
function drawBox(p: Record<string, unknown>): Box | undefined {
  const segments = Array.isArray(p.segments) ? p.segments : []
  const points: Point[] = []
  for (const segment of segments) {
    const path = (segment as { path?: unknown })?.path
    const dim = (segment as { dim?: unknown })?.dim === 2 ? 2 : 3
    if (typeof path !== 'string') continue
    try {
      points.push(...b64Vecs.decodePoints(path, dim))
    } catch {
      // A path we cannot decode: the other segments (or the fallback) still place the shape.
    }
  }
  const sx = num(p.scaleX, 1)
  const sy = num(p.scaleY, 1)
  return boxAround(points.map((pt) => ({ x: pt.x * sx, y: pt.y * sy })))
}

/** Text has no stored height: lines × line height, and for auto-sized text a width from its longest line. */
function textBox(p: Record<string, unknown>, text: string): Box {
  const scale = num(p.scale, 1)
  const fontSize = FONT_SIZE[String(p.size)] ?? FONT_SIZE.m!
  const lines = text.split('\n')
  const longest = Math.max(1, ...lines.map((l) => l.length))
  const w = p.autoSize === true || typeof p.w !== 'number' ? longest * fontSize * 0.6 : num(p.w, 0)
  return { x: 0, y: 0, w: w * scale, h: lines.length * fontSize * LINE_HEIGHT * scale }
}

/**
 * A shape's box relative to its own origin (x, y), or undefined when the record gives nothing to go on.
 * Exact for shapes with w/h and for notes; estimated for text, lines, arrows and strokes.
 */
function shapeLocalBounds(record: BoardRecord): Box | undefined {
  const p = props(record)
  switch (record.type) {
    case 'note': {
      const scale = num(p.scale, 1)
      return { x: 0, y: 0, w: NOTE_SIZE * scale, h: (NOTE_SIZE + num(p.growY, 0)) * scale }
    }
    case 'text':
      return textBox(p, plainText(p.richText))
    case 'line':
      return boxAround(pointsOf(p.points))
    case 'arrow':
      // Bound arrows take their ends from their bindings; the stored ends are the last known ones.
      return boxAround(pointsOf([p.start, p.end]))
    case 'draw':
    case 'highlight':
      return drawBox(p)
  }
  if (typeof p.w === 'number' && typeof p.h === 'number') {
    // geo shapes grow downwards when their label needs the room.
    return { x: 0, y: 0, w: num(p.w, 0), h: num(p.h, 0) + num(p.growY, 0) }
  }
  if (record.type === 'sb-label') return labelBox(p)
  // Other shapes with a width only: one line of text high.
  if (typeof p.w === 'number') return textBox({ ...p, autoSize: false }, '')
  return undefined
}

/**
 * Structure labels store only a width; their height as the client draws them: the legend wraps into
 * about two rows, the question sits in a panel of up to three lines, vertical axis labels run along
 * their width.
 */
function labelBox(p: Record<string, unknown>): Box {
  const line = textBox({ ...p, autoSize: false }, '')
  const lines = p.role === 'question' ? 3 : p.role === 'legend' ? 2.5 : 1
  const h = line.h * lines
  return p.vertical === true ? { x: 0, y: 0, w: h, h: line.w } : { ...line, h }
}

/**
 * The page a shape is on and its origin in page coordinates: its own x/y plus those of every
 * frame/group it is nested in. Undefined when the chain of parents is broken.
 */
export function shapePagePosition(record: BoardRecord, byId: ById): { pageId: string; x: number; y: number } | undefined {
  if (!isShape(record)) return undefined
  let x = 0
  let y = 0
  let current: BoardRecord | undefined = record
  for (let depth = 0; depth < MAX_NESTING && isShape(current); depth++) {
    if (typeof current.x !== 'number' || typeof current.y !== 'number') return undefined
    x += current.x
    y += current.y
    const parentId = current.parentId
    if (typeof parentId !== 'string') return undefined
    if (parentId.startsWith('page:')) return { pageId: parentId, x, y }
    current = byId(parentId)
  }
  return undefined
}

/** The page a shape is on, following its parents. */
export function shapePageId(record: BoardRecord, byId: ById): string | undefined {
  return shapePagePosition(record, byId)?.pageId
}

/**
 * A shape's bounds in page coordinates. Shapes whose size cannot be told (groups, unknown types, junk
 * strokes) get an empty box at their position: they are still somewhere. Undefined for non-shapes and
 * shapes whose parent is missing.
 */
export function shapePageBounds(record: BoardRecord, byId: ById): Box | undefined {
  const at = shapePagePosition(record, byId)
  if (!at) return undefined
  const local = shapeLocalBounds(record) ?? { x: 0, y: 0, w: 0, h: 0 }
  return { x: at.x + local.x, y: at.y + local.y, w: Math.max(0, local.w), h: Math.max(0, local.h) }
}

export function boxCenter(box: Box): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

/** Area of the intersection of two boxes (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

export type AreaGeometry = Pick<AreaProps, 'geometry' | 'ringInner' | 'side'>

/**
 * Whether a page point lies in an area whose box is `bounds`. Borders count as inside, so a note on a
 * line belongs somewhere (membership then breaks the tie). A ring: ring.ts, as the client draws it.
 */
export function areaContainsPoint(area: AreaGeometry, bounds: Box, point: Point): boolean {
  const inBox = point.x >= bounds.x && point.x <= bounds.x + bounds.w && point.y >= bounds.y && point.y <= bounds.y + bounds.h
  if (!inBox) return false
  if (area.geometry !== 'ring') return true
  return ringContains(ringOf({ ...bounds, ringInner: area.ringInner, side: area.side }), point)
}
