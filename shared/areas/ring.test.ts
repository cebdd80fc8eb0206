// Where a ring is drawn and which ring a card counts in are one geometry: sampled points that the
// client's outline (ringPolygon, its hit test and selection) holds are exactly those membership
// (areaContainsPoint, as the server reads the board) puts in the ring, away from the arcs' chords.
import { describe, expect, it } from 'vitest'
import { areaContainsPoint } from './geometry.ts'
import { MAX_RING_INNER, ringContains, ringOf, ringPolygon, type RingSide } from './ring.ts'
import { areaHeaderBox } from '../layout/areaHeader.ts'
import type { Point } from '../templates/types.ts'

/** Even-odd ray casting: how a canvas fills the keyhole outline of a full ring. */
function inPolygon(points: readonly Point[], p: Point): boolean {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const a = points[i]!
    const b = points[j]!
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside
  }
  return inside
}

const SIDES: RingSide[] = ['full', 'left', 'right']
const RATIOS: unknown[] = [0, 0.25, 0.6, 0.98, 1, 1.7, -0.3, Number.NaN, 'half']

describe('ring geometry: drawing and membership agree', () => {
  for (const side of SIDES) {
    for (const ringInner of RATIOS) {
      it(`${side} ring, ringInner ${String(ringInner)}`, () => {
        // An area's box on the page; the client draws the shape in its own box (x = y = 0) at (x, y).
        const bounds = { x: 1234.5, y: -310.25, w: 820, h: 760 }
        const local = ringOf({ w: bounds.w, h: bounds.h, ringInner, side })
        const outline = ringPolygon(local)
        const page = ringOf({ ...bounds, ringInner, side })
        // Chords of the drawn arcs stray at most this far from the circles.
        const tolerance = page.outer * (1 - Math.cos(Math.PI / 48)) + 1e-6
        let checked = 0
        let inside = 0
        for (let gx = 0.013; gx < 1; gx += 0.0191) {
          for (let gy = 0.007; gy < 1; gy += 0.0173) {
            const p = { x: bounds.x + gx * bounds.w, y: bounds.y + gy * bounds.h }
            const d = Math.hypot(p.x - page.cx, p.y - page.cy)
            if (Math.abs(d - page.outer) < tolerance || Math.abs(d - page.inner) < tolerance) continue
            if (side !== 'full' && Math.abs(p.x - page.cx) < 1e-6) continue
            const drawn = inPolygon(outline, { x: p.x - bounds.x, y: p.y - bounds.y })
            const member = areaContainsPoint({ geometry: 'ring', ringInner: ringInner as number, side }, bounds, p)
            expect(member, `(${p.x}, ${p.y})`).toBe(drawn)
            expect(ringContains(page, p)).toBe(member)
            checked++
            if (member) inside++
          }
        }
        expect(checked).toBeGreaterThan(2000)
        expect(inside).toBeGreaterThan(10)
      })
    }
  }
})

describe('ringOf', () => {
  it('keeps a band: the inner radius is at most MAX_RING_INNER of the outer, a ratio that is no number is a disc', () => {
    expect(ringOf({ w: 200, h: 100, ringInner: 1, side: 'full' })).toEqual({ cx: 100, cy: 50, outer: 50, inner: 50 * MAX_RING_INNER, side: 'full' })
    expect(ringOf({ x: 10, y: 20, w: 100, h: 100, ringInner: Number.NaN, side: 'left' })).toEqual({ cx: 60, cy: 70, outer: 50, inner: 0, side: 'left' })
  })

  it('is what the header layout keeps notes off: a ring name sits in the band it names', () => {
    const props = { w: 800, h: 800, kind: 'ring', label: 'Meebeslissen', labelKey: '', hintKey: '', geometry: 'ring', ringInner: 1.5, side: 'right' } as const
    const box = areaHeaderBox(props)
    const ring = ringOf(props)
    expect(box.y).toBe(ring.cy - ring.outer)
    expect(box.y + box.h).toBe(ring.cy - ring.inner)
  })
})
