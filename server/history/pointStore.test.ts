import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { note } from '../testing/board.ts'
import { HOUR, MINUTE } from '../../shared/history/thinning.ts'
import { PointStore } from './pointStore.ts'

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-points-'))

describe('PointStore', () => {
  it('writes points a reopened store lists and reads, thins old ones on disk, and removes them with the session', () => {
    const root = dir()
    const store = new PointStore(root, { maxPoints: 100, maxBytes: 1 << 30 })
    const start = Date.UTC(2026, 10, 1, 9, 0, 0)
    // A point a minute for three hours: the first two hours thin to one per 10 minutes.
    for (let m = 0; m <= 180; m++) store.write('s1', [note(`shape:n${m}`, `idee ${m}`)], start + m * MINUTE)
    const listed = store.list('s1')
    expect(listed.length).toBeLessThan(100)
    expect(listed.filter((p) => p.at >= start + 2 * HOUR)).toHaveLength(61)
    expect(fs.readdirSync(path.join(root, 's1'))).toHaveLength(listed.length)

    const reopened = new PointStore(root, { maxPoints: 100, maxBytes: 1 << 30 })
    expect(reopened.list('s1')).toEqual(listed)
    expect(reopened.read('s1', listed.at(-1)!.at)).toEqual([note('shape:n180', 'idee 180')])
    expect(reopened.list('s1').at(-1)).toMatchObject({ notes: 1, areas: 0 })
    expect(reopened.read('s1', 12345)).toBeUndefined()

    reopened.removeSession('s1')
    expect(fs.existsSync(path.join(root, 's1'))).toBe(false)
    expect(reopened.list('s1')).toEqual([])
  })

  it('two points in the same millisecond get distinct times', () => {
    const store = new PointStore(dir(), { maxPoints: 10, maxBytes: 1 << 30 })
    const a = store.write('s2', [], 1000)
    const b = store.write('s2', [], 1000)
    expect(b.at).toBeGreaterThan(a.at)
  })
})
