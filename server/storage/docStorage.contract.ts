// What the rooms (server/sync/rooms.ts, commitQueue.ts) depend on from a DocStorage, as one suite every
// backend runs: fileDocStorage.contract.test.ts, server/postgres/pgDocStorage.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocStorage } from './types.ts'

export interface DocStorageHarness {
  /** A new instance on the same store: what another process, or this one after a restart, opens. */
  open(): DocStorage
  /** The names of everything the store keeps of a session (files, rows): none once it is removed. */
  kept(sessionId: string): Promise<string[]>
  close(): Promise<void>
}

/** Real Yjs updates: each set() changes one key of map 'm' and returns the update it made. */
function editor(doc = new Y.Doc()) {
  let last: Uint8Array | undefined
  doc.on('update', (u: Uint8Array) => {
    last = u
  })
  return {
    doc,
    set(key: string, value: unknown = key): Uint8Array {
      doc.getMap('m').set(key, value)
      return last!
    },
  }
}

function replay(updates: readonly Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const u of updates) Y.applyUpdate(doc, u)
  return doc.getMap('m').toJSON()
}

const hex = (updates: readonly Uint8Array[]) => updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex'))
const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)
const asMap = (names: readonly string[]) => Object.fromEntries(names.map((k) => [k, k]))

export interface ContractOptions {
  /**
   * Whether two instances may write one session at the same time (several processes). The file
   * backend may not (the data-directory lock keeps a second process out): it runs the tests of one
   * writer after the other only.
   */
  sharedWriters: boolean
}

export function describeDocStorageContract(name: string, make: () => Promise<DocStorageHarness>, options: ContractOptions): void {
  describe(`DocStorage contract: ${name}`, () => {
    let harness: DocStorageHarness
    let store: DocStorage
    beforeEach(async () => {
      harness = await make()
      store = harness.open()
    })
    afterEach(async () => {
      await harness.close()
    })

    it('loads an unknown session as empty', async () => {
      expect(await store.load('nobody')).toEqual({ updates: [], problems: [] })
      expect(store.logBytes('nobody')).toBe(0)
    })

    it('loads what was appended, in order, and counts the log bytes', async () => {
      const e = editor()
      const updates = [e.set('a'), e.set('b'), e.set('a', 'changed')]
      await store.load('s')
      let bytes = 0
      for (const u of updates) {
        await store.append('s', u)
        expect(store.logBytes('s')).toBeGreaterThan(bytes)
        bytes = store.logBytes('s')
      }
      const loaded = await harness.open().load('s')
      expect(hex(loaded.updates)).toEqual(hex(updates))
      expect(loaded.problems).toEqual([])
      expect(replay(loaded.updates)).toEqual({ a: 'changed', b: 'b' })
    })

    it('stores a group as one record per update, in order', async () => {
      const e = editor()
      const first = e.set('first')
      const group = [e.set('x'), e.set('y'), e.set('z')]
      await store.append('s', first)
      await store.append('s', group)
      expect(hex((await harness.open().load('s')).updates)).toEqual(hex([first, ...group]))
    })

    it('compaction keeps the state, empties the log, and takes appends after it', async () => {
      const e = editor()
      await store.load('s')
      for (const k of keys('k', 5)) await store.append('s', e.set(k))
      await store.compact('s', Y.encodeStateAsUpdate(e.doc))
      expect(store.logBytes('s')).toBe(0)
      const compacted = await harness.open().load('s')
      expect(compacted.updates).toHaveLength(1)
      expect(replay(compacted.updates)).toEqual(asMap(keys('k', 5)))
      await store.append('s', e.set('after'))
      expect(store.logBytes('s')).toBeGreaterThan(0)
      const loaded = await harness.open().load('s')
      expect(loaded.updates).toHaveLength(2)
      expect(replay(loaded.updates)).toEqual(asMap([...keys('k', 5), 'after']))
    })

    it('a second instance sees what the first stored, and goes on from there', async () => {
      const e = editor()
      await store.append('s', e.set('one'))
      await store.compact('s', Y.encodeStateAsUpdate(e.doc))
      await store.append('s', e.set('two'))
      store.release('s')
      const second = harness.open()
      const loaded = await second.load('s')
      expect(replay(loaded.updates)).toEqual(asMap(['one', 'two']))
      expect(second.logBytes('s')).toBeGreaterThan(0)
      const doc = new Y.Doc()
      for (const u of loaded.updates) Y.applyUpdate(doc, u)
      const e2 = editor(doc)
      await second.append('s', e2.set('three'))
      await second.compact('s', Y.encodeStateAsUpdate(doc))
      expect(replay((await harness.open().load('s')).updates)).toEqual(asMap(['one', 'two', 'three']))
    })

    it('keeps set-aside content under a name of its own, apart from the document', async () => {
      const e = editor()
      await store.append('s', e.set('a'))
      const first = await store.setAside('s', '{"entries":[1]}')
      const second = await store.setAside('s', '{"entries":[2]}')
      expect(first).not.toBe(second)
      const kept = await harness.kept('s')
      for (const name of [first, second]) expect(kept.some((k) => k.includes(name))).toBe(true)
      expect(replay((await harness.open().load('s')).updates)).toEqual({ a: 'a' })
    })

    it('remove takes everything of the session, and nothing of another', async () => {
      const a = editor()
      const b = editor()
      await store.append('gone', a.set('a1'))
      await store.compact('gone', Y.encodeStateAsUpdate(a.doc))
      await store.append('gone', a.set('a2'))
      await store.setAside('gone', '{}')
      await store.append('stays', b.set('b1'))
      expect((await harness.kept('gone')).length).toBeGreaterThan(0)
      await store.remove('gone')
      expect(await harness.kept('gone')).toEqual([])
      expect(await harness.open().load('gone')).toEqual({ updates: [], problems: [] })
      expect(replay((await harness.open().load('stays')).updates)).toEqual({ b1: 'b1' })
    })

    it('keeps sessions apart: compacting one leaves the other as it was', async () => {
      const a = editor()
      const b = editor()
      await store.append('a', a.set('a1'))
      await store.append('b', b.set('b1'))
      await store.append('b', b.set('b2'))
      await store.compact('a', Y.encodeStateAsUpdate(a.doc))
      const loadedB = await harness.open().load('b')
      expect(loadedB.updates).toHaveLength(2)
      expect(replay(loadedB.updates)).toEqual(asMap(['b1', 'b2']))
      expect(replay((await harness.open().load('a')).updates)).toEqual({ a1: 'a1' })
    })

    if (!options.sharedWriters) return
    /** Two instances ("processes") that loaded session 's', each with an editor of its own. */
    const twoWriters = async () => {
      const one = harness.open()
      const two = harness.open()
      await one.load('s')
      await two.load('s')
      return { one, two, e1: editor(), e2: editor() }
    }

    it('with several writers: what one compaction took from another writer survives the next', async () => {
      const { one, two, e1, e2 } = await twoWriters()
      await two.append('s', e2.set('theirs'))
      await one.append('s', e1.set('mine'))
      await one.compact('s', Y.encodeStateAsUpdate(e1.doc))
      await one.append('s', e1.set('mine again'))
      await one.compact('s', Y.encodeStateAsUpdate(e1.doc))
      expect(replay((await harness.open().load('s')).updates)).toEqual(asMap(['theirs', 'mine', 'mine again']))
    })

    it('with several writers: concurrent appends and a compaction by one of them keep every update', async () => {
      const { one, two, e1, e2 } = await twoWriters()
      // Each writer appends in order (as a room does), both at once; `one` compacts halfway with ITS
      // state, which lacks what `two` appended.
      const writeOne = (async () => {
        for (const k of keys('one', 20)) {
          await one.append('s', k === 'one3' ? [e1.set(k), e1.set(`${k}b`)] : e1.set(k))
          if (k === 'one10') await one.compact('s', Y.encodeStateAsUpdate(e1.doc))
        }
      })()
      const writeTwo = (async () => {
        for (const k of keys('two', 20)) await two.append('s', e2.set(k))
      })()
      await Promise.all([writeOne, writeTwo])
      // `two` compacts with its own state too: the snapshot `one` wrote holds what `two` never saw.
      await two.compact('s', Y.encodeStateAsUpdate(e2.doc))
      expect(replay((await harness.open().load('s')).updates)).toEqual(asMap([...keys('one', 20), 'one3b', ...keys('two', 20)]))
    })
  })
}
