// THE layout rule for notes in an area: where a note goes so that no two notes in the area overlap,
// none covers the area's title and description, and the area grows when it is full. Pure geometry on
// page boxes; boardLayout.ts reads the boxes from a board and writes the outcome back.
//
// Notes never shrink to make room: they keep tldraw's 200-unit width so that a projector view zoomed
// to one area stays readable. Instead a full panel area GROWS DOWNWARDS (see makeRoom.ts for what
// moves out of the way). A ring cannot grow on its own (it is one band of a set of nested rings): a
// full ring takes the least covered spot in its band and the facilitator's "Opruimen" can tidy it.
import { areaContainsPoint } from '../areas/geometry.ts'
import type { AreaGeometry } from '../areas/geometry.ts'
import { ringOf } from '../areas/ring.ts'
import type { Box, Point } from '../templates/types.ts'

/** Room between notes (a dot badge on a corner must not cover the neighbour's text). */
const NOTE_GAP = 20
/** Room between a note and the area's edge. */
const AREA_PAD = 28
/** Below the header. */
const HEADER_GAP = 16

export interface LayoutArea extends AreaGeometry {
  /** The area's box in page coordinates. */
  bounds: Box
  /** Where its title and description are drawn, in page coordinates. */
  header: Box
}

export interface Spot extends Point {
  /** How much taller the area must become for the note to fit (0 when it fits as it is). */
  growBy: number
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

function coverArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The header as an obstacle, with room below it. */
function headerObstacle(area: LayoutArea): Box {
  return { ...area.header, h: area.header.h + HEADER_GAP }
}

/** Left edges of the note columns of a panel area: evenly spread over its width. */
function columnsOf(area: LayoutArea, noteWidth: number): number[] {
  const inner = area.bounds.w - 2 * AREA_PAD
  const count = Math.max(1, Math.floor((inner + NOTE_GAP) / (noteWidth + NOTE_GAP)))
  const left = area.bounds.x + AREA_PAD
  if (count === 1) return [Math.round(area.bounds.x + (area.bounds.w - noteWidth) / 2)]
  const step = Math.min((inner - noteWidth) / (count - 1), noteWidth + 3 * NOTE_GAP)
  const used = step * (count - 1) + noteWidth
  const start = left + (inner - used) / 2
  return Array.from({ length: count }, (_, i) => Math.round(start + i * step))
}

/**
 * A spot for a note of `size` in `area`, clear of `obstacles` (the other notes and whatever else
 * lies in the area) and of the header. Panels: the highest free spot in any column, leftmost on a tie,
 * so notes fill rows from the top left, holes left by moved notes are reused, and a full area says
 * how much it must grow (`growBy`). With `grow` false the spot stays inside the area: the least
 * covered one when nothing is free.
 */
export function findNoteSpot(area: LayoutArea, obstacles: readonly Box[], size: { w: number; h: number }, grow = true): Spot {
  if (area.geometry === 'ring') return findRingSpot(area, obstacles, size)
  const blocks = [...obstacles, headerObstacle(area)]
  const top = area.bounds.y + AREA_PAD
  const bottom = area.bounds.y + area.bounds.h - AREA_PAD
  let best: Point | undefined
  for (const x of columnsOf(area, size.w)) {
    const y = lowestFreeY(x, top, size, blocks)
    if (!best || y < best.y) best = { x, y }
  }
  const spot = best!
  const growBy = Math.max(0, Math.ceil(spot.y + size.h - bottom))
  if (growBy === 0 || grow) return { ...spot, growBy }
  return { ...leastCovered(area, blocks, size), growBy: 0 }
}

/** The highest y ≥ top in the column at x where the note touches nothing (with the gap). */
function lowestFreeY(x: number, top: number, size: { w: number; h: number }, blocks: readonly Box[]): number {
  const inColumn = blocks.filter((b) => x < b.x + b.w + NOTE_GAP && b.x < x + size.w + NOTE_GAP)
  const candidates = [top, ...inColumn.map((b) => Math.ceil(b.y + b.h + NOTE_GAP))].filter((y) => y >= top).sort((a, b) => a - b)
  for (const y of candidates) {
    const box = { x, y, ...size }
    if (!inColumn.some((b) => boxesOverlap(box, b, NOTE_GAP - 0.5))) return y
  }
  // Unreachable: the lowest candidate is below every block in the column.
  return candidates.at(-1)!
}

function leastCovered(area: LayoutArea, blocks: readonly Box[], size: { w: number; h: number }): Point {
  const left = area.bounds.x + AREA_PAD
  const top = area.bounds.y + AREA_PAD
  const right = Math.max(left, area.bounds.x + area.bounds.w - AREA_PAD - size.w)
  const bottom = Math.max(top, area.bounds.y + area.bounds.h - AREA_PAD - size.h)
  const step = Math.max(10, Math.round(size.w / 8))
  let best: Point = { x: left, y: top }
  let bestCover = Infinity
  for (let y = top; y <= bottom; y += step) {
    for (let x = left; x <= right; x += step) {
      const box = { x: x - NOTE_GAP, y: y - NOTE_GAP, w: size.w + 2 * NOTE_GAP, h: size.h + 2 * NOTE_GAP }
      let cover = 0
      for (const b of blocks) cover += coverArea(box, b)
      if (cover < bestCover) {
        best = { x, y }
        bestCover = cover
      }
    }
  }
  return best
}

/**
 * A ring: the note's centre in the band (that is what makes it a member), clear of other notes and of
 * the ring's name; the spot nearest the top of the seam first, so a ring fills from where its name is.
 */
function findRingSpot(area: LayoutArea, obstacles: readonly Box[], size: { w: number; h: number }): Spot {
  const blocks = [...obstacles, headerObstacle(area)]
  const b = area.bounds
  const step = Math.max(10, Math.round(size.w / 8))
  const candidates: Array<Point & { rank: number }> = []
  for (let y = b.y; y <= b.y + b.h - size.h; y += step) {
    for (let x = b.x; x <= b.x + b.w - size.w; x += step) {
      const centre = { x: x + size.w / 2, y: y + size.h / 2 }
      if (!areaContainsPoint(area, b, centre)) continue
      candidates.push({ x, y, rank: Math.hypot(centre.x - (b.x + b.w / 2), centre.y - b.y) })
    }
  }
  candidates.sort((p, q) => p.rank - q.rank || p.y - q.y || p.x - q.x)
  let best: Point | undefined
  let bestCover = Infinity
  for (const c of candidates) {
    const box = { x: c.x, y: c.y, ...size }
    let cover = 0
    for (const o of blocks)
      if (boxesOverlap(box, o, NOTE_GAP - 0.5))
        cover += coverArea({ x: c.x - NOTE_GAP, y: c.y - NOTE_GAP, w: size.w + 2 * NOTE_GAP, h: size.h + 2 * NOTE_GAP }, o) + 1
    if (cover === 0) return { x: c.x, y: c.y, growBy: 0 }
    if (cover < bestCover) {
      best = c
      bestCover = cover
    }
  }
  if (best) return { x: best.x, y: best.y, growBy: 0 }
  // A band too small for any grid spot: the middle of the band (on the side's own half).
  const ring = ringOf({ ...b, ringInner: area.ringInner, side: area.side })
  const middle = (ring.inner + ring.outer) / 2 || 0
  const dx = area.side === 'left' ? -middle : area.side === 'right' ? middle : 0
  const dy = area.side === 'full' ? -middle : 0
  return { x: Math.round(b.x + b.w / 2 + dx - size.w / 2 + (area.side === 'left' ? -1 : 0)), y: Math.round(b.y + b.h / 2 + dy - size.h / 2), growBy: 0 }
}

export interface TidyItem {
  id: string
  w: number
  h: number
}

export interface TidyPlan {
  positions: Map<string, Point>
  growBy: number
}

/**
 * "Opruimen": the notes in `items` (in the order given, reading order) laid out again in rows, every
 * note in its column, each row as tall as its tallest note; `obstacles` (things in the area that are
 * not being arranged) and the header are kept clear of.
 */
export function tidyLayout(area: LayoutArea, items: readonly TidyItem[], obstacles: readonly Box[], grow = true): TidyPlan {
  const positions = new Map<string, Point>()
  if (area.geometry === 'ring') {
    const placed: Box[] = [...obstacles]
    for (const item of items) {
      const spot = findRingSpot(area, placed, item)
      positions.set(item.id, spot)
      placed.push({ ...spot, w: item.w, h: item.h })
    }
    return { positions, growBy: 0 }
  }
  const blocks = [...obstacles, headerObstacle(area)]
  const width = Math.max(...items.map((i) => i.w), 0)
  const columns = columnsOf(area, width || 200)
  const bottom = area.bounds.y + area.bounds.h - AREA_PAD
  let rowTop = area.bounds.y + AREA_PAD
  let rowHeight = 0
  let column = 0
  let lowest = rowTop
  for (const item of items) {
    for (;;) {
      if (column >= columns.length) {
        rowTop += rowHeight + NOTE_GAP
        rowHeight = 0
        column = 0
      }
      const box = { x: columns[column]!, y: rowTop, w: item.w, h: item.h }
      const hit = blocks.find((b) => boxesOverlap(box, b, NOTE_GAP - 0.5))
      if (!hit) break
      // Blocked here (the header, a nested cluster): the next column, or below the block if the
      // whole row is blocked and nothing is placed in it yet.
      column++
      if (column >= columns.length && rowHeight === 0) rowHeight = Math.max(0, Math.ceil(hit.y + hit.h - rowTop))
    }
    positions.set(item.id, { x: columns[column]!, y: rowTop })
    rowHeight = Math.max(rowHeight, item.h)
    lowest = Math.max(lowest, rowTop + item.h)
    column++
  }
  const growBy = Math.max(0, Math.ceil(lowest - bottom))
  if (growBy > 0 && !grow) {
    // May not grow: keep the notes where they are rather than push them out of the area.
    return { positions: new Map(), growBy: 0 }
  }
  return { positions, growBy }
}
