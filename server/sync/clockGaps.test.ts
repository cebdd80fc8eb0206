import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fillClockGaps } from './clockGaps.ts'

function history(build: (a: Y.Doc, b: Y.Doc) => void): Uint8Array[] {
  const a = new Y.Doc()
  const b = new Y.Doc()
  const updates: Uint8Array[] = []
  a.on('update', (u: Uint8Array) => {
    updates.push(u)
    Y.applyUpdate(b, u, 'peer')
  })
  b.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') {
      updates.push(u)
      Y.applyUpdate(a, u, 'peer')
    }
  })
  build(a, b)
  return updates
}

describe('fillClockGaps', () => {
  it('lets every update after a lost one integrate: 100 of 101 notes of one browser', () => {
    const updates = history((a) => {
      for (let i = 0; i < 101; i++) a.getMap('records').set(`note${i}`, { text: `idee ${i}` })
    })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates([...updates.slice(0, 20), ...updates.slice(21)]))
    expect(doc.getMap('records').size).toBe(20)
    expect(fillClockGaps(doc)).toBe(1)
    expect(doc.getMap('records').size).toBe(100)
    expect(doc.getMap('records').has('note20')).toBe(false)
    expect(doc.store.pendingStructs).toBeNull()
  })

  it('keeps the notes after a lost one in a key-value array, in their order, as the board stores them', () => {
    const updates = history((a) => {
      for (let i = 0; i < 101; i++) a.getArray('board').push([{ key: `note${i}`, val: { text: `idee ${i}` } }])
    })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates([...updates.slice(0, 20), ...updates.slice(21)]))
    expect(doc.getArray('board').length).toBe(20)
    fillClockGaps(doc)
    const keys = (doc.getArray('board').toJSON() as Array<{ key: string }>).map((e) => e.key)
    expect(keys).toEqual(Array.from({ length: 101 }, (_, i) => `note${i}`).filter((k) => k !== 'note20'))
    expect(doc.store.pendingStructs).toBeNull()
  })

  it('fills a lost last update another browser built on, and loses only what was built on it', () => {
    const updates = history((a, b) => {
      a.getMap('records').set('x', 'from a')
      a.getArray('list').insert(0, ['a1'])
      b.getArray('list').insert(1, ['b1']) // its origin is a's item
      b.getMap('records').set('y', 'from b')
    })
    const doc = new Y.Doc()
    for (const [i, u] of updates.entries()) if (i !== 1) Y.applyUpdate(doc, u)
    expect(doc.getMap('records').toJSON()).toEqual({ x: 'from a' })
    expect(fillClockGaps(doc)).toBeGreaterThan(0)
    expect(doc.getMap('records').toJSON()).toEqual({ x: 'from a', y: 'from b' })
    expect(doc.getArray('list').toJSON()).toEqual([])
    expect(doc.store.pendingStructs).toBeNull()
  })

  it('does nothing to a whole history', () => {
    const updates = history((a) => a.getMap('records').set('x', 1))
    const doc = new Y.Doc()
    for (const u of updates) Y.applyUpdate(doc, u)
    expect(fillClockGaps(doc)).toBe(0)
  })
})
