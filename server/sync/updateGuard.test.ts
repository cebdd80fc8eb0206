// The update guard on real Yjs updates: a "server" doc, a client doc synced from it, and the updates
// the client makes, analysed against the server doc before they are applied.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../../shared/board/boardDoc.ts'
import { analyseUpdate } from './updateGuard.ts'

function synced(server: Y.Doc): Y.Doc {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return client
}

/** The update `change` makes on `doc`. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const listener = (u: Uint8Array) => updates.push(u)
  doc.on('update', listener)
  change()
  doc.off('update', listener)
  return Y.mergeUpdates(updates)
}

const shape = (id: string, type: string, extra: Partial<BoardRecord> = {}): BoardRecord =>
  ({ id, typeName: 'shape', type, x: 0, y: 0, isLocked: false, props: {}, ...extra }) as BoardRecord

function serverBoard(): Y.Doc {
  const server = new Y.Doc()
  BoardDoc.of(server).apply({ put: [shape('shape:area', 'sb-area', { isLocked: true }), shape('shape:n1', 'note')] }, 'server')
  server.getMap('control').set('lock', { board: false, structure: true })
  return server
}

describe('analyseUpdate', () => {
  it('reports the records a client inserts and the live entries it deletes, with their types', () => {
    const server = serverBoard()
    const client = synced(server)
    const board = BoardDoc.of(client)
    const update = updateOf(client, () => board.apply({ put: [{ ...board.get('shape:area')!, x: 50 }, shape('shape:n2', 'note')] }))
    const a = analyseUpdate(server, update)
    expect([...a.roots]).toEqual(['records'])
    expect(a.unresolved).toBe(false)
    expect(a.inserted.map((t) => [t.key, t.typeName, t.type]).sort()).toEqual([
      ['shape:area', 'shape', 'sb-area'],
      ['shape:n2', 'shape', 'note'],
    ])
    expect(a.deleted.map((t) => [t.key, t.type])).toEqual([['shape:area', 'sb-area']])
    expect(a.deleted[0]!.val).toMatchObject({ x: 0, isLocked: true })
  })

  it('reports a removal as a deleted record only', () => {
    const server = serverBoard()
    const client = synced(server)
    const a = analyseUpdate(
      server,
      updateOf(client, () => BoardDoc.of(client).apply({ remove: ['shape:n1'] })),
    )
    expect(a.inserted).toEqual([])
    expect(a.deleted.map((t) => t.key)).toEqual(['shape:n1'])
  })

  it('sees writes and deletions in other roots, protected ones included', () => {
    const server = serverBoard()
    const rootsOf = (change: (client: Y.Doc) => void) => {
      const client = synced(server)
      return [
        ...analyseUpdate(
          server,
          updateOf(client, () => change(client)),
        ).roots,
      ]
    }
    expect(rootsOf((c) => c.getMap('control').set('lock', { board: true }))).toEqual(['control'])
    expect(rootsOf((c) => c.getMap('control').delete('lock'))).toEqual(['control'])
    expect(rootsOf((c) => c.getMap('votes').set('shape:n1', { me: 9 }))).toEqual(['votes'])
    expect(rootsOf((c) => c.getMap('meta').set('schema', {}))).toEqual(['meta'])
  })

  it('follows nested types up to their root, in the doc and within the same update', () => {
    const server = new Y.Doc()
    const nested = new Y.Map<unknown>()
    server.getMap('control').set('deep', nested)
    const client = synced(server)
    const inner = client.getMap('control').get('deep') as Y.Map<unknown>
    const write = updateOf(client, () => inner.set('x', 1))
    expect([...analyseUpdate(server, write).roots]).toEqual(['control'])
    Y.applyUpdate(server, write)

    // A type created and written in one update: the child's parent is an item of the same update.
    const fresh = updateOf(client, () => {
      const list = new Y.Array<number>()
      client.getMap('participants').set('list', list)
      list.push([1, 2, 3])
    })
    expect([...analyseUpdate(server, fresh).roots]).toEqual(['participants'])
  })

  it("resolves neighbours that come later in the same update (another client's items)", () => {
    const server = new Y.Doc()
    const a = new Y.Doc()
    const b = new Y.Doc()
    // Structs are encoded by descending client id: b's come first and point at a's, which come later.
    a.clientID = 1
    b.clientID = 2
    a.getArray('votes').insert(0, ['a1'])
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    b.getArray('votes').insert(1, ['b1'])
    a.getArray('votes').insert(0, ['a0'])
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    // b's whole state: items of both clients, some placed relative to the other's.
    const analysis = analyseUpdate(server, Y.encodeStateAsUpdate(b))
    expect([...analysis.roots]).toEqual(['votes'])
    expect(analysis.unresolved).toBe(false)
  })

  it('handles long chains of items without recursion', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const update = updateOf(client, () =>
      client.transact(() => {
        const list = client.getArray<number>('records')
        // Each insert at the front has the previous one as its right neighbour: a chain as long as the loop.
        for (let i = 0; i < 20_000; i++) list.insert(0, [i])
      }),
    )
    const started = performance.now()
    const analysis = analyseUpdate(server, update)
    expect(analysis.unresolved).toBe(false)
    expect([...analysis.roots]).toEqual(['records'])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it("reports what Yjs would keep pending as unresolved: a gap in a client's clocks, a deletion of the unknown", () => {
    const server = serverBoard()
    const client = synced(server)
    const board = BoardDoc.of(client)
    updateOf(client, () => board.apply({ put: [shape('shape:n2', 'note')] })) // never reaches the server
    const next = updateOf(client, () => board.apply({ put: [shape('shape:n3', 'note')] }))
    expect(analyseUpdate(server, next).unresolved).toBe(true)

    const other = synced(server)
    const made = updateOf(other, () => other.getMap('m').set('k', 1))
    const otherDeletes = updateOf(other, () => other.getMap('m').delete('k'))
    // Only the deletion arrives: the item it deletes is unknown to the server.
    const onlyDeletion = Y.diffUpdate(otherDeletes, Y.encodeStateVectorFromUpdate(Y.mergeUpdates([made, otherDeletes])))
    expect(analyseUpdate(server, onlyDeletion).unresolved).toBe(true)
    Y.applyUpdate(server, made)
    expect(analyseUpdate(server, onlyDeletion).unresolved).toBe(false)
    expect([...analyseUpdate(server, onlyDeletion).roots]).toEqual(['m'])
  })

  it('reports nothing for an update the server already has, and only the new part of one it half has', () => {
    const server = serverBoard()
    const client = synced(server)
    const board = BoardDoc.of(client)
    const first = updateOf(client, () => board.apply({ put: [shape('shape:n2', 'note')] }))
    const second = updateOf(client, () => board.apply({ put: [shape('shape:n3', 'note')] }))
    Y.applyUpdate(server, first)
    const again = analyseUpdate(server, first)
    expect([...again.roots]).toEqual([])
    expect(again.inserted).toEqual([])
    const both = analyseUpdate(server, Y.mergeUpdates([first, second]))
    expect(both.inserted.map((t) => t.key)).toEqual(['shape:n3'])
    expect(both.unresolved).toBe(false)
  })

  it('does not report deleting what is deleted already', () => {
    const server = serverBoard()
    const client = synced(server)
    const removal = updateOf(client, () => BoardDoc.of(client).apply({ remove: ['shape:n1'] }))
    Y.applyUpdate(server, removal)
    expect(analyseUpdate(server, removal).deleted).toEqual([])
  })

  it('reports everything in the records array that is not a plain { key, val } entry, and nothing else', () => {
    const server = serverBoard()
    const malformed = (change: (records: Y.Array<unknown>, client: Y.Doc) => void) => {
      const client = synced(server)
      const a = analyseUpdate(
        server,
        updateOf(client, () => change(client.getArray('records'), client)),
      )
      return { malformed: a.malformed, inserted: a.inserted.map((t) => t.key) }
    }
    expect(malformed((r) => r.push(['shape:x']))).toEqual({ malformed: ['an entry that is not a { key, val } object'], inserted: [] })
    expect(malformed((r) => r.push([{ key: 'shape:x', val: null }])).malformed).toEqual(['entry "shape:x" whose value is not an object'])
    expect(malformed((r) => r.push([{ key: 7, val: {} }])).malformed).toEqual(['an entry whose key is not a string'])
    expect(malformed((r) => r.push([{ key: 'k', val: {}, extra: 1 }])).malformed).toEqual(['an entry with other fields than key and val'])
    expect(malformed((r) => r.push([new Y.Map()])).malformed).toEqual(['type content in the records array'])
    expect(malformed((r) => r.push([new Uint8Array([1])])).malformed).toEqual(['binary content in the records array'])
    const text = malformed((r) => {
      const t = new Y.Text()
      r.push([t])
      t.insert(0, 'abc')
    })
    expect(text.malformed).toContain('type content in the records array')
    expect(text.malformed).toContain('a write inside a value nested in the records array')
    // A map-style write on the records root (a doc that holds it as a Y.Map makes one).
    const forger = new Y.Doc()
    const mapStyle = analyseUpdate(
      server,
      updateOf(forger, () => forger.getMap('records').set('x', 1)),
    )
    expect(mapStyle.malformed).toEqual(['a map-style write into the records array'])
    // An ordinary record write is not malformed.
    expect(malformed((_r, client) => BoardDoc.of(client).apply({ put: [shape('shape:ok', 'note')] }))).toEqual({ malformed: [], inserted: ['shape:ok'] })
  })

  it('reports writes inside a nested type that is already in the records array', () => {
    const server = serverBoard()
    server.getArray('records').push([new Y.Map()])
    const client = synced(server)
    const nested = client
      .getArray('records')
      .toArray()
      .find((v) => v instanceof Y.Map) as Y.Map<unknown>
    const a = analyseUpdate(
      server,
      updateOf(client, () => nested.set('a', 1)),
    )
    expect(a.malformed).toEqual(['a write inside a value nested in the records array'])
  })
})
