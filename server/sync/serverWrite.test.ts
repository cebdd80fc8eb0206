// The server's own writes under the size limit: refused whole (the document byte for byte as it was),
// written once when they fit, on a copy first whenever they might not.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocTooLargeError, writeWithinLimit } from './serverWrite.ts'

const LIMIT = 8000

function docOf(bytes: number): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('scratch').set('fill', 'x'.repeat(bytes))
  return doc
}

const encoded = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc)

describe('writeWithinLimit', () => {
  it('refuses a write that would pass the limit and leaves the document as it was', () => {
    const doc = docOf(7000)
    const before = encoded(doc)
    let updates = 0
    doc.on('update', () => updates++)
    expect(() => writeWithinLimit(doc, LIMIT, (d) => d.getMap('scratch').set('big', 'y'.repeat(2000)))).toThrow(DocTooLargeError)
    expect(encoded(doc)).toEqual(before)
    expect(updates).toBe(0)
  })

  it('writes what fits near the limit once, as the server, with the value fn returned', () => {
    const doc = docOf(7000)
    const origins: unknown[] = []
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin))
    const result = writeWithinLimit(doc, LIMIT, (d) => {
      d.getMap('scratch').set('small', 'z'.repeat(100))
      return 'done'
    })
    expect(result).toBe('done')
    expect(doc.getMap('scratch').get('small')).toBe('z'.repeat(100))
    expect(origins).toEqual(['server'])
  })

  it('tries a large write on a copy even far from the limit', () => {
    const doc = docOf(10)
    const before = encoded(doc)
    expect(() => writeWithinLimit(doc, LIMIT, (d) => d.getMap('scratch').set('import', 'w'.repeat(9000)), { large: true })).toThrow(DocTooLargeError)
    expect(encoded(doc)).toEqual(before)
  })

  it('uses one client id for every trial write of a document, so refused ones leave no gap behind', () => {
    const doc = docOf(7000)
    const write = (key: string, n: number) => writeWithinLimit(doc, LIMIT, (d) => d.getMap('scratch').set(key, 'v'.repeat(n)))
    expect(() => write('a', 2000)).toThrow(DocTooLargeError)
    write('b', 10)
    write('c', 10)
    const writers = new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys())
    expect(writers.size).toBe(2)
    // A peer that has everything the server sent integrates all of it: no clock is missing.
    const peer = new Y.Doc()
    Y.applyUpdate(peer, encoded(doc))
    expect(peer.store.pendingStructs).toBeNull()
    expect(peer.getMap('scratch').get('c')).toBe('v'.repeat(10))
  })

  it('writes directly when far from the limit, and reports a direct write that grew past the headroom', () => {
    const doc = docOf(10)
    const grown: number[] = []
    writeWithinLimit(doc, LIMIT, (d) => d.getMap('scratch').set('unexpected', 'u'.repeat(3000)), { onOversized: (g) => grown.push(g) })
    expect(doc.getMap('scratch').get('unexpected')).toBe('u'.repeat(3000))
    expect(grown.length).toBe(1)
    expect(grown[0]).toBeGreaterThan(LIMIT / 8)
  })
})
