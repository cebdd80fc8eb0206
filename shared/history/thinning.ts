// Which history points to keep: every point of the last hour, one per 10 minutes for the last day, one
// per hour for the last week, one per day before that (the last point of each bucket, i.e. the board as
// it stood at the end of that stretch), and then never more than a count and a byte budget: past those,
// the point whose removal leaves the smallest gap goes, so the whole life of the session stays covered,
// only more coarsely. Pure, so the rule is tested without a clock or a disk.

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Up to `maxAgeMs` old, one point per `bucketMs` (0: every point). Buckets nest (10 min | 1 h | 1 day). */
export interface ThinningTier {
  maxAgeMs: number
  bucketMs: number
}

const DEFAULT_TIERS: readonly ThinningTier[] = [
  { maxAgeMs: HOUR, bucketMs: 0 },
  { maxAgeMs: DAY, bucketMs: 10 * MINUTE },
  { maxAgeMs: 7 * DAY, bucketMs: HOUR },
  { maxAgeMs: Infinity, bucketMs: DAY },
]

export interface PointSize {
  /** When the point was taken (ms since the epoch). */
  at: number
  /** What it costs on disk. */
  bytes: number
}

export interface ThinningLimits {
  maxPoints: number
  maxBytes: number
}

/** The `at`s of the points to remove (the newest point is always kept). */
export function pointsToRemove(points: readonly PointSize[], now: number, limits: ThinningLimits, tiers: readonly ThinningTier[] = DEFAULT_TIERS): number[] {
  const sorted = [...points].sort((a, b) => a.at - b.at)
  const remove = new Set<number>()
  // The last point of each bucket wins: walking from the newest, a bucket seen already drops the point.
  const seen = new Set<string>()
  for (let i = sorted.length - 1; i >= 0; i--) {
    const point = sorted[i]!
    const age = Math.max(0, now - point.at)
    const tier = tiers.findIndex((t) => age <= t.maxAgeMs)
    const bucketMs = tier < 0 ? 0 : tiers[tier]!.bucketMs
    if (bucketMs <= 0) continue
    const key = `${tier}:${Math.floor(point.at / bucketMs)}`
    if (seen.has(key)) remove.add(point.at)
    else seen.add(key)
  }
  const kept = sorted.filter((p) => !remove.has(p.at))
  let bytes = kept.reduce((sum, p) => sum + p.bytes, 0)
  while (kept.length > 1 && (kept.length > limits.maxPoints || bytes > limits.maxBytes)) {
    // Never the newest: it is the board as it stands (or stood just before a restore).
    let victim = 0
    let smallestGap = Infinity
    for (let i = 0; i < kept.length - 1; i++) {
      const gap = kept[i + 1]!.at - (i > 0 ? kept[i - 1]!.at : kept[i]!.at)
      if (gap < smallestGap) {
        smallestGap = gap
        victim = i
      }
    }
    const [gone] = kept.splice(victim, 1)
    bytes -= gone!.bytes
    remove.add(gone!.at)
  }
  return [...remove].sort((a, b) => a - b)
}
