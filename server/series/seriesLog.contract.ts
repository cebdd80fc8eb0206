// What every SeriesLog does, whatever keeps the changes (fileSeriesLog.ts, postgres/pgSeriesLog.ts).
// `make` returns a new instance on the same backing store each call (a reopened store, another process).
import { describe, expect, it } from 'vitest'
import type { SeriesChange } from '../../shared/series/index.ts'
import type { SeriesLog } from './seriesLog.ts'

export type MakeSeriesLog = (opts: { max?: number }) => SeriesLog | Promise<SeriesLog>

let n = 0
const seriesId = () => `ser${Date.now().toString(36)}${n++}`

function change(session: string, i: number): SeriesChange {
  return {
    at: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
    day: '2026-11-01',
    by: `Anne ${i}`,
    session,
    note: `shape:n${i}`,
    text: `Actie ${i}`,
    set: { status: 'done' },
    before: { status: 'open', owner: null, due: null },
  }
}

export function describeSeriesLogContract(name: string, make: MakeSeriesLog): void {
  describe(`SeriesLog contract: ${name}`, () => {
    it('appends in order, and a second instance reads what the first appended', async () => {
      const [s, other] = [seriesId(), seriesId()]
      const first = await make({})
      expect(await first.read(s)).toEqual([])
      await first.append(s, change('m1', 1))
      await first.append(s, change('m2', 2))
      expect(await first.read(s)).toEqual([change('m1', 1), change('m2', 2)])
      const second = await make({})
      expect(await second.read(s)).toEqual([change('m1', 1), change('m2', 2)])
      await second.append(s, change('m1', 3))
      expect(await (await make({})).read(s)).toEqual([change('m1', 1), change('m2', 2), change('m1', 3)])
      expect(await second.read(other)).toEqual([])
    })

    it('keeps the newest `max` changes', async () => {
      const s = seriesId()
      const log = await make({ max: 3 })
      for (let i = 1; i <= 5; i++) await log.append(s, change('m1', i))
      expect(await (await make({ max: 3 })).read(s)).toEqual([3, 4, 5].map((i) => change('m1', i)))
    })

    it("forgets a deleted session's changes and keeps the others", async () => {
      const s = seriesId()
      const log = await make({})
      await log.append(s, change('m1', 1))
      await log.append(s, change('m2', 2))
      await log.append(s, change('m1', 3))
      await log.forgetSession(s, 'm1')
      expect(await (await make({})).read(s)).toEqual([change('m2', 2)])
      await log.forgetSession(s, 'm2')
      await log.forgetSession(s, 'never')
      expect(await (await make({})).read(s)).toEqual([])
    })
  })
}
