// A ring area (the rings of influence, the participation ladder's rings): an annulus centred in the
// area's w×h box, outer radius min(w,h)/2, inner radius ringInner × outer, whole or only its left or
// right half. The one geometry of a ring: the client draws and hit-tests it, the server and the exports
// decide which ring a card is in, the header layout keeps notes off its name, and the sketch export
// prints it, all from ringOf, so where a card is drawn and which ring it counts in cannot disagree.
import type { AreaProps } from '../board/shapes/index.ts'
import type { Point } from '../templates/types.ts'

/**
 * The largest inner radius, as a fraction of the outer one: a ring keeps a band to put something in
 * (a stored ratio of 1 or more would be a ring nobody can see or drop into).
 */
export const MAX_RING_INNER = 0.98

export type RingSide = AreaProps['side']

export interface Ring {
  cx: number
  cy: number
  outer: number
  inner: number
  side: RingSide
}

/**
 * The ring of an area whose box is `area` (x, y: its top left, 0 when the box is the shape's own). A
 * ringInner that is no number counts as 0 (a disc), as in damaged or hand-made records.
 */
export function ringOf(area: { x?: number; y?: number; w: number; h: number; ringInner: unknown; side: RingSide }): Ring {
  const outer = Math.min(area.w, area.h) / 2
  const ratio = typeof area.ringInner === 'number' && Number.isFinite(area.ringInner) ? Math.min(Math.max(area.ringInner, 0), MAX_RING_INNER) : 0
  return { cx: (area.x ?? 0) + area.w / 2, cy: (area.y ?? 0) + area.h / 2, outer, inner: ratio * outer, side: area.side }
}

/**
 * Whether a point lies in the ring. Both circles count as inside, so a card on a line belongs
 * somewhere (membership breaks the tie); a left half takes x < centre, a right half x ≥ centre, so the
 * vertical centre line belongs to exactly one half.
 */
export function ringContains(ring: Ring, point: Point): boolean {
  if (ring.side === 'left' && !(point.x < ring.cx)) return false
  if (ring.side === 'right' && !(point.x >= ring.cx)) return false
  const d = Math.hypot(point.x - ring.cx, point.y - ring.cy)
  return d >= ring.inner && d <= ring.outer
}

/** Screen angles (y down): 0 = 3 o'clock, π/2 = 6 o'clock. The half a side covers, start to end. */
function span(side: RingSide): [number, number] {
  if (side === 'left') return [Math.PI / 2, (3 * Math.PI) / 2]
  if (side === 'right') return [-Math.PI / 2, Math.PI / 2]
  return [0, 2 * Math.PI]
}

/**
 * The outline as points (outer arc forwards, inner arc back): a simple polygon for halves, a keyhole
 * for a full ring (read it with the even-odd rule). The client's hit test and selection outline.
 */
export function ringPolygon(ring: Ring, segments = 48): Point[] {
  const [from, to] = span(ring.side)
  const n = ring.side === 'full' ? segments * 2 : segments
  const at = (r: number, a: number) => ({ x: ring.cx + r * Math.cos(a), y: ring.cy + r * Math.sin(a) })
  const points: Point[] = []
  for (let i = 0; i <= n; i++) points.push(at(ring.outer, from + ((to - from) * i) / n))
  if (ring.inner <= 0) {
    if (ring.side !== 'full') points.push({ x: ring.cx, y: ring.cy })
    return points
  }
  for (let i = n; i >= 0; i--) points.push(at(ring.inner, from + ((to - from) * i) / n))
  return points
}
