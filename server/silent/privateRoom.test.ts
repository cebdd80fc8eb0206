import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { note } from '../../shared/areas/testFixtures.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import type { Logger } from '../log.ts'
import type { DocStorage } from '../storage/types.ts'
import { encodeUpdate } from '../sync/protocol.ts'
import { PrivateRoom } from './privateRoom.ts'

const log = { warn() {}, error() {}, info() {}, debug() {} } as unknown as Logger

/** A storage whose appends resolve only when the test says so (`release`), failing while `failing.now`. */
function storage(failing: { now: boolean }, appended: Uint8Array[], gate: { release: () => void }): DocStorage {
  return {
    load: async () => ({ updates: [], problems: [] }),
    append: async (_id, update) => {
      await new Promise<void>((resolve) => (gate.release = resolve))
      if (failing.now) throw new Error('ENOSPC')
      appended.push(...(update instanceof Uint8Array ? [update] : update))
    },
    compact: async () => {},
    logBytes: () => 0,
    release() {},
    remove: async () => {},
    setAside: async () => 'set-aside.json',
  }
}

function socket() {
  const sent: Uint8Array[] = []
  const closed: number[] = []
  return { sent, closed, send: (d: Uint8Array) => void sent.push(d), close: (code: number) => void closed.push(code) }
}

/** An update adding one note, as a client would send it. */
function noteUpdate(id: string): Uint8Array {
  const doc = new Y.Doc()
  new BoardDoc(doc).apply({ put: [note({ id })] })
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

describe('PrivateRoom', () => {
  it('stores an update before applying it and passing it to the other tab, one at a time; when the disk refuses, nothing is applied and the tab is closed with 4503', async () => {
    const failing = { now: false }
    const appended: Uint8Array[] = []
    const gate = { release: () => {} }
    const room = new PrivateRoom({
      sessionId: 's1',
      participant: 'p_aaaaaaaaaaaaaaaa',
      doc: new Y.Doc(),
      storage: storage(failing, appended, gate),
      log,
      compactBytes: 1 << 20,
      maxDocBytes: 1 << 20,
      onChange() {},
      onEmpty() {},
    })
    const tab = socket()
    const other = socket()
    const conn = room.connect(tab)
    room.connect(other)
    other.sent.length = 0
    /** Lets the append in flight finish, then waits for the room's turn. */
    const stored = async (turn: Promise<unknown>) => {
      await new Promise((resolve) => setImmediate(resolve))
      gate.release()
      return turn
    }

    const one = room.receive(conn, noteUpdate('one'))
    const two = room.receive(conn, noteUpdate('two'))
    await new Promise((resolve) => setImmediate(resolve))
    // Nobody sees it, nor is it applied, before the append resolved; the second waits its turn.
    expect(room.records()).toEqual([])
    expect(other.sent).toHaveLength(0)
    await stored(one)
    expect(appended).toHaveLength(1)
    expect(room.records().map((r) => r.id)).toEqual(['shape:one'])
    expect(other.sent).toHaveLength(1)

    failing.now = true
    await stored(two)
    expect(room.records().map((r) => r.id)).toEqual(['shape:one'])
    expect(other.sent).toHaveLength(1)
    expect(tab.closed).toEqual([4503])
    expect(room.connections.size).toBe(1)

    // A server change is refused the same way, and changes nothing.
    expect(await stored(room.change((board) => board.apply({ remove: ['shape:one'] })))).toBe(false)
    expect(room.records()).toHaveLength(1)
    failing.now = false
    expect(await stored(room.change((board) => board.apply({ remove: ['shape:one'] })))).toBe(true)
    expect(room.records()).toHaveLength(0)
  })
})
