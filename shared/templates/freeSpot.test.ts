import { describe, expect, it } from 'vitest'
import { findFreeSpot, findSpotInArea, overlaps, union } from './freeSpot.ts'

describe('findFreeSpot', () => {
  it('centres on the preferred point when it is free', () => {
    expect(findFreeSpot([], { w: 100, h: 50 }, { x: 500, y: 500 })).toEqual({ x: 450, y: 475 })
  })

  it('moves to the nearest free spot when the preferred one is taken', () => {
    const taken = [{ x: 0, y: 0, w: 1000, h: 1000 }]
    const spot = findFreeSpot(taken, { w: 400, h: 400 }, { x: 500, y: 500 }, 20)
    expect(overlaps({ ...spot, w: 400, h: 400 }, taken[0]!, 20)).toBe(false)
    // Nearest means just beside the taken box, not somewhere far away.
    const centre = { x: spot.x + 200, y: spot.y + 200 }
    expect(Math.hypot(centre.x - 500, centre.y - 500)).toBeLessThan(1000)
  })

  it('falls back to the right of everything when the neighbourhood is full', () => {
    const taken = [{ x: -50_000, y: -50_000, w: 100_000, h: 100_000 }]
    const spot = findFreeSpot(taken, { w: 400, h: 400 }, { x: 0, y: 0 }, 20)
    expect(spot.x).toBe(50_020)
  })

  it('unions boxes', () => {
    expect(union([])).toBeUndefined()
    expect(
      union([
        { x: 0, y: 0, w: 10, h: 10 },
        { x: 20, y: -5, w: 5, h: 5 },
      ]),
    ).toEqual({ x: 0, y: -5, w: 25, h: 15 })
  })
})

describe('findSpotInArea', () => {
  const area = { x: 0, y: 0, w: 1000, h: 800 }
  const size = { w: 200, h: 200 }

  it('places notes inside the area, below its header, without covering each other', () => {
    const placed: Array<{ x: number; y: number; w: number; h: number }> = []
    for (let i = 0; i < 8; i++) {
      const spot = findSpotInArea(area, placed, size)
      const box = { ...spot, ...size }
      expect(box.x).toBeGreaterThanOrEqual(area.x)
      expect(box.y).toBeGreaterThanOrEqual(130)
      expect(box.x + box.w).toBeLessThanOrEqual(area.x + area.w)
      expect(box.y + box.h).toBeLessThanOrEqual(area.y + area.h)
      for (const other of placed) expect(overlaps(box, other)).toBe(false)
      placed.push(box)
    }
  })

  it('still answers inside the area when it is full', () => {
    const full = [{ x: 0, y: 0, w: 1000, h: 800 }]
    const spot = findSpotInArea(area, full, size)
    expect(spot.x).toBeGreaterThanOrEqual(0)
    expect(spot.y + 200).toBeLessThanOrEqual(800)
  })
})
