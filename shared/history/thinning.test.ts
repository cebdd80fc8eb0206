import { describe, expect, it } from 'vitest'
import { DAY, HOUR, MINUTE, pointsToRemove, type PointSize } from './thinning.ts'

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0)
const roomy = { maxPoints: 10_000, maxBytes: Number.MAX_SAFE_INTEGER }
const every = (fromAgo: number, toAgo: number, step: number, bytes = 100): PointSize[] => {
  const out: PointSize[] = []
  for (let ago = fromAgo; ago >= toAgo; ago -= step) out.push({ at: NOW - ago, bytes })
  return out
}
const kept = (points: PointSize[], limits = roomy) => {
  const gone = new Set(pointsToRemove(points, NOW, limits))
  return points.filter((p) => !gone.has(p.at))
}

describe('history thinning', () => {
  it('keeps every point of the last hour', () => {
    const points = every(59 * MINUTE, 0, MINUTE)
    expect(kept(points)).toHaveLength(points.length)
  })

  it('keeps one point per 10 minutes for the last day: the last of each stretch', () => {
    // A point a minute between 23 h and 2 h ago.
    const points = every(23 * HOUR, 2 * HOUR, MINUTE)
    const left = kept(points)
    const buckets = new Set(points.map((p) => Math.floor(p.at / (10 * MINUTE))))
    expect(left).toHaveLength(buckets.size)
    for (const p of left) {
      const bucket = Math.floor(p.at / (10 * MINUTE))
      const latest = Math.max(...points.filter((q) => Math.floor(q.at / (10 * MINUTE)) === bucket).map((q) => q.at))
      expect(p.at).toBe(latest)
    }
  })

  it('keeps one point per hour for the last week and one per day before that', () => {
    const week = every(6 * DAY, 2 * DAY, 10 * MINUTE)
    expect(kept(week)).toHaveLength(new Set(week.map((p) => Math.floor(p.at / HOUR))).size)
    const old = every(60 * DAY, 10 * DAY, HOUR)
    expect(kept(old)).toHaveLength(new Set(old.map((p) => Math.floor(p.at / DAY))).size)
  })

  it('thinning twice changes nothing more (a kept point stays kept as it ages into a coarser tier)', () => {
    const points = every(3 * DAY, 0, MINUTE)
    const once = kept(points)
    expect(kept(once)).toEqual(once)
  })

  it('past the count or byte budget, drops points where they are densest and always keeps the newest', () => {
    const points = [...every(30 * DAY, 8 * DAY, DAY), ...every(50 * MINUTE, 0, MINUTE)]
    const byCount = kept(points, { maxPoints: 20, maxBytes: Number.MAX_SAFE_INTEGER })
    expect(byCount).toHaveLength(20)
    expect(byCount.at(-1)!.at).toBe(NOW)
    // The old daily points (the whole life of the session) survive; the dense last hour is thinned.
    expect(byCount.filter((p) => p.at < NOW - 7 * DAY).length).toBeGreaterThan(15)
    const byBytes = kept(points, { maxPoints: 10_000, maxBytes: 30 * 100 })
    expect(byBytes.reduce((s, p) => s + p.bytes, 0)).toBeLessThanOrEqual(3000)
    expect(byBytes.at(-1)!.at).toBe(NOW)
  })

  it('a single point over the byte budget is still kept (the board as it stands)', () => {
    expect(kept([{ at: NOW, bytes: 10 }], { maxPoints: 1, maxBytes: 1 })).toHaveLength(1)
  })
})
