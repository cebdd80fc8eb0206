// A ring area: an annulus centred in the shape's w×h box (outer radius min(w,h)/2, inner radius
// ringInner × outer), whole or only its left/right half. Shared by the drawing, the hit-test polygon
// and the selection indicator so all three agree.
import type { AreaProps } from '../../../shared/board/shapes/index.ts'

export interface Ring {
  cx: number
  cy: number
  outer: number
  inner: number
  side: AreaProps['side']
}

export function ringOf(props: Pick<AreaProps, 'w' | 'h' | 'ringInner' | 'side'>): Ring {
  const outer = Math.min(props.w, props.h) / 2
  const inner = Math.min(Math.max(props.ringInner, 0), 0.98) * outer
  return { cx: props.w / 2, cy: props.h / 2, outer, inner, side: props.side }
}

/** Screen angles (y down): 0 = 3 o'clock, π/2 = 6 o'clock. The half a side covers, start to end. */
function span(side: Ring['side']): [number, number] {
  if (side === 'left') return [Math.PI / 2, (3 * Math.PI) / 2]
  if (side === 'right') return [-Math.PI / 2, Math.PI / 2]
  return [0, 2 * Math.PI]
}

/** The outline as points (outer arc forwards, inner arc back): a simple polygon for halves, a keyhole for a full ring. */
export function ringPolygon(ring: Ring, segments = 48): Array<{ x: number; y: number }> {
  const [from, to] = span(ring.side)
  const n = ring.side === 'full' ? segments * 2 : segments
  const at = (r: number, a: number) => ({ x: ring.cx + r * Math.cos(a), y: ring.cy + r * Math.sin(a) })
  const points = []
  for (let i = 0; i <= n; i++) points.push(at(ring.outer, from + ((to - from) * i) / n))
  if (ring.inner <= 0) {
    if (ring.side !== 'full') points.push({ x: ring.cx, y: ring.cy })
    return points
  }
  for (let i = n; i >= 0; i--) points.push(at(ring.inner, from + ((to - from) * i) / n))
  return points
}

/** SVG path data of the ring (fill with fill-rule evenodd). */
export function ringPath(ring: Ring): string {
  const { cx, cy, outer: R, inner: r } = ring
  if (ring.side === 'full') {
    const outerCircle = `M ${cx - R} ${cy} A ${R} ${R} 0 1 1 ${cx + R} ${cy} A ${R} ${R} 0 1 1 ${cx - R} ${cy} Z`
    if (r <= 0) return outerCircle
    return `${outerCircle} M ${cx - r} ${cy} A ${r} ${r} 0 1 0 ${cx + r} ${cy} A ${r} ${r} 0 1 0 ${cx - r} ${cy} Z`
  }
  // Left: from 6 o'clock clockwise (on screen) through 9 to 12; right: from 12 through 3 to 6.
  const [startY, endY] = ring.side === 'left' ? [cy + R, cy - R] : [cy - R, cy + R]
  const outerArc = `M ${cx} ${startY} A ${R} ${R} 0 0 1 ${cx} ${endY}`
  if (r <= 0) return `${outerArc} L ${cx} ${cy} Z`
  const [innerFrom, innerTo] = ring.side === 'left' ? [cy - r, cy + r] : [cy + r, cy - r]
  return `${outerArc} L ${cx} ${innerFrom} A ${r} ${r} 0 0 0 ${cx} ${innerTo} Z`
}

/** The straight edge of a half ring (where "now" meets "wanted"), as SVG path data; '' for a full ring. */
export function ringSeam(ring: Ring): string {
  if (ring.side === 'full') return ''
  const { cx, cy, outer: R, inner: r } = ring
  return r > 0 ? `M ${cx} ${cy - R} L ${cx} ${cy - r} M ${cx} ${cy + r} L ${cx} ${cy + R}` : `M ${cx} ${cy - R} L ${cx} ${cy + R}`
}

/**
 * Where a ring's label goes and how big it is: horizontal text in the band beside the top of the seam
 * (the labels of all rings form a column either side of 12 o'clock), as close to the middle of the
 * band as its width allows; a disc's label goes across its middle. `widthAt(size)` is the text's width
 * at a font size. The size shrinks below `maxSize` only when the text fits nowhere in the band.
 */
export function ringLabelPlacement(
  ring: Ring,
  widthAt: (size: number) => number,
  maxSize: number,
): { x: number; y: number; size: number; anchor: 'start' | 'middle' | 'end' } {
  const { cx, cy, outer: R, inner: r } = ring
  const gap = Math.max(16, R * 0.04)
  const full = ring.side === 'full'
  const anchor = full ? 'middle' : ring.side === 'right' ? 'start' : 'end'
  const x = full ? cx : ring.side === 'right' ? cx + gap : cx - gap
  // Width the band offers to text whose far edge is `edge` above the centre.
  const room = (edge: number) => (full ? 2 : 1) * Math.sqrt(Math.max(0, R * R - edge * edge)) - 2 * gap
  let size = maxSize
  for (; size > 12; size -= 2) {
    const need = widthAt(size)
    if (r <= 0) {
      if (room(size / 2) >= need) return { x, y: cy, size, anchor }
      continue
    }
    // Highest the text's middle may be for its far edge to still have room.
    const widest = Math.sqrt(Math.max(0, R * R - ((full ? need / 2 : need) + 2 * gap) ** 2)) - size / 2
    const lowest = r + gap / 2 + size / 2
    const middle = Math.min((R + r) / 2, widest)
    if (middle >= lowest && room(middle + size / 2) >= need) return { x, y: cy - middle, size, anchor }
  }
  return { x, y: r <= 0 ? cy : cy - (R + r) / 2, size, anchor }
}
