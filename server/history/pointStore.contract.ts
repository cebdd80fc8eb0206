// What every PointStore does, whatever keeps the points (filePointStore.ts, postgres/pgPointStore.ts).
// `make` returns a new instance on the same backing store each call (a reopened store, another process).
// `shared`: instances may run at once (several processes on one database); the file store's one process
// per DATA_DIR writes concurrently through one instance instead.
import { describe, expect, it } from 'vitest'
import { HOUR, MINUTE, type ThinningLimits } from '../../shared/history/thinning.ts'
import { note } from '../testing/board.ts'
import type { PointStore } from './pointStore.ts'

export type MakePointStore = (limits: ThinningLimits) => PointStore | Promise<PointStore>

const roomy: ThinningLimits = { maxPoints: 100, maxBytes: 1 << 30 }
let n = 0
const session = () => `pts${Date.now().toString(36)}${n++}`

export function describePointStoreContract(name: string, make: MakePointStore, opts: { shared: boolean }): void {
  describe(`PointStore contract: ${name}`, () => {
    it('thins old points, lists and reads them in a second instance, and removes them with the session', async () => {
      const id = session()
      const store = await make(roomy)
      const start = Date.UTC(2026, 10, 1, 9, 0, 0)
      // A point every 5 minutes for three hours: the first two hours thin to one per 10 minutes.
      for (let m = 0; m <= 180; m += 5) await store.write(id, [note(`shape:n${m}`, `idee ${m}`)], start + m * MINUTE)
      const listed = await store.list(id)
      expect(listed.filter((p) => p.at < start + 2 * HOUR)).toHaveLength(12)
      expect(listed.filter((p) => p.at >= start + 2 * HOUR)).toHaveLength(13)

      const other = await make(roomy)
      expect(await other.list(id)).toEqual(listed)
      expect(await other.read(id, listed.at(-1)!.at)).toEqual([note('shape:n180', 'idee 180')])
      expect(listed.at(-1)).toMatchObject({ notes: 1, areas: 0 })
      expect(await other.read(id, 12345)).toBeUndefined()

      await other.removeSession(id)
      expect(await other.list(id)).toEqual([])
      expect(await (await make(roomy)).list(id)).toEqual([])
    })

    it('two points in the same millisecond get distinct times, also from two instances', async () => {
      const id = session()
      const a = await (await make(roomy)).write(id, [], 1000)
      const b = await (await make(roomy)).write(id, [], 1000)
      expect(b.at).toBeGreaterThan(a.at)
    })

    it('concurrent writes of one session get distinct times and all stay listed', async () => {
      const id = session()
      const a = await make(roomy)
      const b = opts.shared ? await make(roomy) : a
      const written = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).write(id, [note(`shape:c${i}`, 'c')], 2000)))
      const times = written.map((p) => p.at).sort((x, y) => x - y)
      expect(new Set(times).size).toBe(10)
      expect((await a.list(id)).map((p) => p.at)).toEqual(times)
    })

    it('keeps within the byte budget, counting the stored size, and always keeps the newest', async () => {
      const id = session()
      const store = await make(roomy)
      const probe = await store.write(id, [note('shape:x', 'x'.repeat(2000))], 1)
      await store.removeSession(id)
      const tight = await make({ maxPoints: 100, maxBytes: probe.bytes * 3 + probe.bytes / 2 })
      const now = Date.UTC(2026, 10, 1, 9, 0, 0)
      for (let i = 0; i < 8; i++) await tight.write(id, [note('shape:x', 'x'.repeat(2000))], now + i)
      const points = await tight.list(id)
      expect(points).toHaveLength(3)
      expect(points.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThanOrEqual(probe.bytes * 3.5)
      expect(points.at(-1)!.at).toBe(now + 7)

      const huge = await make({ maxPoints: 100, maxBytes: 1 })
      const last = await huge.write(id, [note('shape:y', 'y')], now + 100)
      expect(await huge.list(id)).toEqual([last])
    })

    it('sessions do not see each other', async () => {
      const [a, b] = [session(), session()]
      const store = await make(roomy)
      await store.write(a, [note('shape:a', 'a')], 5)
      expect(await store.list(b)).toEqual([])
      await store.removeSession(b)
      expect(await store.list(a)).toHaveLength(1)
    })
  })
}
