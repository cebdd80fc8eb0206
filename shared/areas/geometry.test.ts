import { b64Vecs } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardDoc.ts'
import { boardSchema } from '../board/schema.ts'
import { areaContainsPoint, overlapArea, shapePageBounds, shapePageId } from './geometry.ts'
import { actor, area, frame, note, PAGE, text } from './testFixtures.ts'

const lookup = (...records: BoardRecord[]) => {
  const byId = new Map(records.map((r) => [r.id, r]))
  return (id: string) => byId.get(id)
}

describe('shapePageBounds', () => {
  it('uses w/h of areas and actor cards, and 200 × scale for notes (growY adds height)', () => {
    const none = lookup()
    expect(shapePageBounds(area({ id: 'a', x: 10, y: 20, w: 300, h: 400 }), none)).toEqual({ x: 10, y: 20, w: 300, h: 400 })
    expect(shapePageBounds(actor({ id: 'c', x: 5, y: 6 }), none)).toEqual({ x: 5, y: 6, w: 240, h: 150 })
    expect(shapePageBounds(note({ id: 'n', x: 0, y: 0, scale: 2, growY: 50 }), none)).toEqual({ x: 0, y: 0, w: 400, h: 500 })
  })

  it('adds the positions of the frames a shape is nested in', () => {
    const outer = frame({ id: 'f1', x: 1000, y: 500, w: 2000, h: 2000 })
    const inner = frame({ id: 'f2', x: 100, y: 50, w: 800, h: 800, parentId: 'f1' })
    const n = note({ id: 'n', x: 10, y: 20, parentId: 'f2' })
    const byId = lookup(outer, inner, n)
    expect(shapePageBounds(n, byId)).toEqual({ x: 1110, y: 570, w: 200, h: 200 })
    expect(shapePageId(n, byId)).toBe(PAGE)
  })

  it('gives up on a missing parent or a parent cycle instead of guessing', () => {
    const orphan = note({ id: 'n', parentId: 'gone' })
    expect(shapePageBounds(orphan, lookup())).toBeUndefined()
    const a = frame({ id: 'a', w: 10, h: 10, parentId: 'b' })
    const b = frame({ id: 'b', w: 10, h: 10, parentId: 'a' })
    expect(shapePageBounds(a, lookup(a, b))).toBeUndefined()
    expect(shapePageBounds({ id: 'page:x', typeName: 'page' }, lookup())).toBeUndefined()
  })

  it('estimates text from its lines and draw strokes from their decoded points', () => {
    const t = shapePageBounds(text({ id: 't', x: 0, y: 0, w: 300, text: 'een\ntwee' }), lookup())!
    expect(t.w).toBe(300)
    expect(t.h).toBeGreaterThan(40) // two lines of 24px
    expect(t.h).toBeLessThan(100)
    const path = b64Vecs.encodePoints([
      { x: 10, y: 5, z: 0.5 },
      { x: 110, y: 65, z: 0.5 },
    ])
    const draw = boardSchema().types.shape.create({
      id: 'shape:d',
      type: 'draw',
      x: 100,
      y: 100,
      parentId: PAGE,
      props: { segments: [{ type: 'free', path }] },
    } as never) as unknown as BoardRecord
    const box = shapePageBounds(draw, lookup())!
    expect(box.x).toBeCloseTo(110)
    expect(box.y).toBeCloseTo(105)
    expect(box.w).toBeCloseTo(100)
    expect(box.h).toBeCloseTo(60)
  })

  it('places shapes of unknown size as an empty box at their position', () => {
    const odd = { id: 'shape:g', typeName: 'shape', type: 'group', x: 7, y: 8, parentId: PAGE, props: {} }
    expect(shapePageBounds(odd, lookup())).toEqual({ x: 7, y: 8, w: 0, h: 0 })
    const junkDraw = { ...odd, type: 'draw', props: { segments: [{ type: 'free', path: 42 }, 'x'] } }
    expect(shapePageBounds(junkDraw, lookup())).toEqual({ x: 7, y: 8, w: 0, h: 0 })
  })
})

describe('areaContainsPoint', () => {
  const box = { x: 0, y: 0, w: 200, h: 100 }

  it('takes a rectangle including its borders', () => {
    const rect = { geometry: 'rect', ringInner: 0, side: 'full' } as const
    expect(areaContainsPoint(rect, box, { x: 0, y: 100 })).toBe(true)
    expect(areaContainsPoint(rect, box, { x: 200, y: 50 })).toBe(true)
    expect(areaContainsPoint(rect, box, { x: 200.5, y: 50 })).toBe(false)
  })

  it('takes a ring as an annulus centred in the box, radius from the shorter side', () => {
    const ring = { geometry: 'ring', ringInner: 0.5, side: 'full' } as const
    // centre (100, 50), outer radius 50, inner 25
    expect(areaContainsPoint(ring, box, { x: 100 + 40, y: 50 })).toBe(true)
    expect(areaContainsPoint(ring, box, { x: 100 + 10, y: 50 })).toBe(false) // in the hole
    expect(areaContainsPoint(ring, box, { x: 100 + 60, y: 50 })).toBe(false) // in the box, outside the circle
    expect(areaContainsPoint(ring, box, { x: 100 + 25, y: 50 })).toBe(true) // inner border
    expect(areaContainsPoint(ring, box, { x: 100 + 30, y: 50 + 30 })).toBe(true) // diagonally, r ≈ 42
    expect(areaContainsPoint(ring, box, { x: 0, y: 0 })).toBe(false) // box corner
  })

  it('takes only its half for left and right rings; the centre line belongs to the right', () => {
    const left = { geometry: 'ring', ringInner: 0, side: 'left' } as const
    const right = { geometry: 'ring', ringInner: 0, side: 'right' } as const
    const westOfCentre = { x: 80, y: 50 }
    const onCentre = { x: 100, y: 20 }
    expect(areaContainsPoint(left, box, westOfCentre)).toBe(true)
    expect(areaContainsPoint(right, box, westOfCentre)).toBe(false)
    expect(areaContainsPoint(left, box, onCentre)).toBe(false)
    expect(areaContainsPoint(right, box, onCentre)).toBe(true)
  })
})

describe('overlapArea', () => {
  it('is the area of the intersection, 0 when apart or only touching', () => {
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25)
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(0)
  })
})
