// How the client draws a ring area (shared/areas/ring.ts holds its geometry: ringOf, ringContains,
// ringPolygon): its SVG path, the seam of a half ring, and where its name goes.
import type { Ring } from '../../../shared/areas/ring.ts'

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
