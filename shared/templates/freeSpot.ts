// Where a new thing goes: as close as possible to where the viewer is looking, never on top of
// existing work. Pure geometry, used for templates (client and server) and API-posted notes.
import type { Box, Point } from './types.ts'

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

export function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const b of boxes) {
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.w)
    maxY = Math.max(maxY, b.y + b.h)
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}

/**
 * The top-left corner for a box of `size`, centred on `near` if that spot is free, else the free spot
 * nearest to it on a grid searched ring by ring; if the neighbourhood is full, right of everything.
 */
export function findFreeSpot(occupied: readonly Box[], size: { w: number; h: number }, near: Point, gap = 80): Point {
  const start = { x: Math.round(near.x - size.w / 2), y: Math.round(near.y - size.h / 2) }
  const free = (p: Point) => !occupied.some((b) => overlaps({ ...p, ...size }, b, gap))
  if (free(start)) return start
  const step = Math.max(100, Math.round(Math.max(size.w, size.h) / 4))
  const rings = 16
  let best: Point | undefined
  let bestDistance = Infinity
  for (let ring = 1; ring <= rings; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue
        const p = { x: start.x + dx * step, y: start.y + dy * step }
        const distance = Math.hypot(dx, dy)
        if (distance < bestDistance && free(p)) {
          best = p
          bestDistance = distance
        }
      }
    }
    // Every spot on a later ring is farther than any on this one (ring ≤ distance ≤ ring·√2), so stop
    // once the best found is closer than the next ring can be.
    if (best && bestDistance <= ring + 1) return best
  }
  if (best) return best
  const all = union(occupied)!
  return { x: all.x + all.w + gap, y: start.y }
}

/**
 * A spot for a box of `size` inside `area` that covers none of `occupied`, scanning rows from the top
 * left (below the area's header); when the area is full, the least covered spot.
 */
export function findSpotInArea(area: Box, occupied: readonly Box[], size: { w: number; h: number }, header = 130, pad = 24, gap = 20): Point {
  const left = area.x + pad
  const top = area.y + Math.min(header, Math.max(0, area.h - size.h - pad))
  const right = area.x + area.w - pad - size.w
  const bottom = area.y + area.h - pad - size.h
  const step = Math.round(size.w / 4)
  let best: Point = { x: left, y: top }
  let bestCover = Infinity
  for (let y = top; y <= Math.max(top, bottom); y += step) {
    for (let x = left; x <= Math.max(left, right); x += step) {
      // Kept `gap` away from the others: notes edge to edge read as one block, and a dot badge on a
      // corner would cover the neighbour's text.
      const candidate = { x: x - gap, y: y - gap, w: size.w + 2 * gap, h: size.h + 2 * gap }
      let cover = 0
      for (const b of occupied) cover += overlapArea(candidate, b)
      if (cover === 0) return { x, y }
      if (cover < bestCover) {
        best = { x, y }
        bestCover = cover
      }
    }
  }
  return best
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}
