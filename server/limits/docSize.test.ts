import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocSize } from './docSize.ts'

describe('DocSize', () => {
  it('never estimates below the real encoded size, and refuses what would pass the limit', () => {
    const doc = new Y.Doc()
    const size = DocSize.of(doc, 10_000)
    doc.getMap('m').set('a', 'x'.repeat(4000))
    expect(size.bytes).toBeGreaterThanOrEqual(Y.encodeStateAsUpdate(doc).byteLength)
    expect(size.admits(4000)).toBe(true)
    expect(size.admits(7000)).toBe(false)
    expect(DocSize.of(doc, 10_000)).toBe(size)
  })

  it('re-measures before refusing, so deleted content frees room', () => {
    const doc = new Y.Doc()
    const size = DocSize.of(doc, 10_000)
    const map = doc.getMap('m')
    map.set('a', 'x'.repeat(6000))
    map.delete('a')
    // Estimate is ~12 KB of updates; the real document is a few bytes.
    expect(size.bytes).toBeGreaterThan(6000)
    expect(size.admits(6000)).toBe(true)
    expect(size.bytes).toBeLessThan(100)
  })
})
