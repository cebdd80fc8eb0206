// The room without a network: fake sockets and an in-memory storage that records what happened when.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { writeControl } from '../../shared/facilitation/controlDoc.ts'
import type { DocStorage, LoadedDoc } from '../storage/types.ts'
import { MESSAGE_AWARENESS, MESSAGE_SYNC, encodeUpdate } from './protocol.ts'
import { Room, type RoomSocket } from './room.ts'
import { silentLog as silent } from '../testing/silentLog.ts'

class MemoryStorage implements DocStorage {
  appended: Uint8Array[] = []
  failing = false
  constructor(private readonly events: string[]) {}
  async load(): Promise<LoadedDoc> {
    return { updates: [], problems: [] }
  }
  async append(_id: string, update: Uint8Array | readonly Uint8Array[]): Promise<void> {
    if (this.failing) throw new Error('ENOSPC: no space left on device')
    this.events.push('append')
    this.appended.push(...(update instanceof Uint8Array ? [update] : update))
  }
  compacted: Uint8Array[] = []
  async compact(_id: string, state: Uint8Array): Promise<void> {
    this.compacted.push(state)
  }
  logBytes(): number {
    return 0
  }
  release(): void {}
  async setAside(): Promise<string> {
    return 'set-aside.json'
  }
  async remove(): Promise<void> {}
}

class FakeSocket implements RoomSocket {
  sent: Uint8Array[] = []
  closed: { code: number; reason: string } | undefined
  constructor(
    private readonly name: string,
    private readonly events: string[],
  ) {}
  send(data: Uint8Array): void {
    this.events.push(`send:${this.name}`)
    this.sent.push(data)
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason }
  }
  /** Applies every document message the server sent to a client-side doc. */
  applyTo(doc: Y.Doc): void {
    for (const message of this.sent) {
      const decoder = decoding.createDecoder(message)
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) continue
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server')
    }
  }
}

/** Lets the asynchronous appends (and what waits on them) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

function setup() {
  const events: string[] = []
  const storage = new MemoryStorage(events)
  const room = new Room({ id: 's1', doc: new Y.Doc(), storage, log: silent, compactBytes: 1 << 20, onEmpty: () => {} })
  return { events, storage, room }
}

function edit(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(text, text)
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

describe('Room', () => {
  it('writes an accepted update to storage before broadcasting it, and not back to its sender', async () => {
    const { events, storage, room } = setup()
    const a = new FakeSocket('a', events)
    const b = new FakeSocket('b', events)
    const connA = room.connect(a, 'join')
    room.connect(b, 'join')
    events.length = 0
    connA.receive(edit('hello'))
    expect(events).toEqual([])
    await settle()
    expect(events).toEqual(['append', 'send:b'])
    expect(storage.appended).toHaveLength(1)
    const seenByB = new Y.Doc()
    b.applyTo(seenByB)
    expect(seenByB.getMap('m').get('hello')).toBe('hello')
  })

  it('drops updates from view connections whatever they carry', () => {
    const { events, storage, room } = setup()
    const viewer = new FakeSocket('viewer', events)
    const other = new FakeSocket('other', events)
    const conn = room.connect(viewer, 'view')
    room.connect(other, 'join')
    events.length = 0
    conn.receive(edit('sneaky'))
    expect(storage.appended).toHaveLength(0)
    expect(events).toEqual([])
    expect(room.doc.getMap('m').size).toBe(0)
    expect(viewer.closed).toBeUndefined()
  })

  it('closes only the connection that sent a malformed message', () => {
    const { events, room } = setup()
    const bad = new FakeSocket('bad', events)
    const good = new FakeSocket('good', events)
    const badConn = room.connect(bad, 'join')
    const goodConn = room.connect(good, 'join')
    for (const garbage of [new Uint8Array([9]), new Uint8Array([0, 2, 50, 1]), new Uint8Array([0, 0, 1, 1, 7])]) {
      bad.closed = undefined
      const conn = room.connect(bad, 'join')
      conn.receive(garbage)
      expect((bad.closed as FakeSocket['closed'])?.code).toBe(4400)
      expect(room.connections.has(conn)).toBe(false)
    }
    expect(room.connections.has(badConn)).toBe(true)
    goodConn.receive(edit('still fine'))
    expect(room.doc.getMap('m').get('still fine')).toBe('still fine')
    expect(good.closed).toBeUndefined()
  })

  it('takes no edits while the disk refuses them, relays none, and takes the whole difference once it works', async () => {
    const { storage, room } = setup()
    const a = new FakeSocket('a', [])
    const b = new FakeSocket('b', [])
    const conn = room.connect(a, 'join')
    room.connect(b, 'join')
    const client = new Y.Doc()
    storage.failing = true
    a.sent.length = 0
    b.sent.length = 0
    // The first edit is applied in memory before its append fails: it is held, shown to nobody.
    conn.receive(encodeUpdate(updateOf(client, () => client.getMap('m').set('one', 'one'))))
    await settle()
    expect(room.storage).toBe('failing')
    // Once the room knows the disk fails, it takes no edits.
    conn.receive(encodeUpdate(updateOf(client, () => client.getMap('m').set('two', 'two'))))
    await settle()
    expect(room.doc.getMap('m').toJSON()).toEqual({ one: 'one' })
    expect(storage.appended).toHaveLength(0)
    expect(syncMessages(b)).toEqual([])
    storage.failing = false
    // The next edit (it needs 'two', which we lack) gets the client asked for everything we lack...
    conn.receive(encodeUpdate(updateOf(client, () => client.getMap('m').set('three', 'three'))))
    await settle()
    const asked = syncMessages(a).map((m) => m[1])
    expect(asked.length).toBeGreaterThan(0)
    expect(new Set(asked)).toEqual(new Set([syncProtocol.messageYjsSyncStep1]))
    expect(room.doc.getMap('m').toJSON()).toEqual({ one: 'one' })
    // ...its answer finds the room still failing: not applied, but the disk is tried (asynchronously)
    // and, working, stores what was held and asks again...
    conn.receive(step2(client, room.doc))
    await settle()
    expect(room.storage).toBe('ok')
    expect(room.doc.getMap('m').toJSON()).toEqual({ one: 'one' })
    // ...and the answer to that brings the rest, stored before anyone receives it.
    conn.receive(step2(client, room.doc))
    expect(room.doc.getMap('m').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' })
    await settle()
    const seenByB = new Y.Doc()
    b.applyTo(seenByB)
    expect(seenByB.getMap('m').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' })
    const replay = new Y.Doc()
    for (const update of storage.appended) Y.applyUpdate(replay, update)
    expect(replay.getMap('m').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' })
  })

  it("holds a change of the server's own that the disk refused: nobody receives it, not even a newcomer, until it is stored", async () => {
    const { storage, room } = setup()
    const a = new FakeSocket('a', [])
    room.connect(a, 'join')
    a.sent.length = 0
    storage.failing = true
    room.doc.transact(() => room.doc.getMap('m').set('server', 'note'), 'server')
    await settle()
    expect(room.hasUnsavedChanges).toBe(true)
    expect(await room.canCommit()).toBe(false)
    const late = new FakeSocket('late', [])
    const lateConn = room.connect(late, 'join')
    late.sent.length = 0
    lateConn.receive(step1(new Y.Doc()))
    expect(syncMessages(a)).toEqual([])
    expect(syncMessages(late)).toEqual([])
    storage.failing = false
    expect(await room.canCommit()).toBe(true)
    expect(room.hasUnsavedChanges).toBe(false)
    for (const socket of [a, late]) {
      const doc = new Y.Doc()
      socket.applyTo(doc)
      expect(doc.getMap('m').get('server')).toBe('note')
    }
    const replay = new Y.Doc()
    for (const update of storage.appended) Y.applyUpdate(replay, update)
    expect(replay.getMap('m').get('server')).toBe('note')
  })

  it('compacts away an update it could not apply, and closes its sender', async () => {
    const { storage, room } = setup()
    const compacted = storage.compacted
    room.doc.getMap('m').observe(() => {
      throw new Error('cannot integrate')
    })
    const socket = new FakeSocket('a', [])
    room.connect(socket, 'join').receive(edit('poison'))
    expect(socket.closed?.code).toBe(4400)
    await settle()
    expect(compacted).toHaveLength(1)
    const replay = new Y.Doc()
    Y.applyUpdate(replay, compacted[0]!)
    expect(replay.getMap('m').toJSON()).toEqual(room.doc.getMap('m').toJSON())
  })

  it('tells every client while the disk fails, and again when it works', async () => {
    const { storage, room } = setup()
    const socket = new FakeSocket('a', [])
    const conn = room.connect(socket, 'join')
    const seen = () => {
      const client = new awarenessProtocol.Awareness(new Y.Doc())
      for (const message of socket.sent) {
        const decoder = decoding.createDecoder(message)
        if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) continue
        awarenessProtocol.applyAwarenessUpdate(client, decoding.readVarUint8Array(decoder), 'server')
      }
      return client.getStates().get(room.doc.clientID) ?? null
    }
    storage.failing = true
    conn.receive(edit('one'))
    await settle()
    expect(room.storage).toBe('failing')
    expect(seen()).toEqual({ server: { storage: 'failing' } })
    storage.failing = false
    conn.receive(edit('two'))
    await settle()
    expect(room.storage).toBe('ok')
    expect(seen()).toBeNull()
  })

  it('answers a client sync step 1 with the whole stored state, once it is stored', async () => {
    const { room } = setup()
    room.doc.getMap('m').set('stored', 'yes')
    const socket = new FakeSocket('late', [])
    const conn = room.connect(socket, 'view')
    const client = new Y.Doc()
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, client)
    conn.receive(encoding.toUint8Array(encoder))
    await settle()
    socket.applyTo(client)
    expect(client.getMap('m').get('stored')).toBe('yes')
  })

  it('serves a newcomer while edits keep arriving faster than the store commits them, with nothing unstored in its sync', async () => {
    // Appends resolve only when the test says so: one is always in flight while edits keep coming.
    const events: string[] = []
    const storage = new MemoryStorage(events)
    const gates: Array<() => void> = []
    const slowAppend = storage.append.bind(storage)
    storage.append = async (id, update) => {
      await new Promise<void>((resolve) => gates.push(resolve))
      return slowAppend(id, update)
    }
    const room = new Room({ id: 's1', doc: new Y.Doc(), storage, log: silent, compactBytes: 1 << 20, onEmpty: () => {} })
    const writer = room.connect(new FakeSocket('writer', events), 'join')
    const newcomer = new FakeSocket('newcomer', events)
    writer.receive(edit('first'))
    const conn = room.connect(newcomer, 'view')
    const client = new Y.Doc()
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, client)
    conn.receive(encoding.toUint8Array(encoder))
    // More edits while the first append is in flight, and after each later one starts.
    writer.receive(edit('second'))
    for (let round = 0; round < 3; round++) {
      while (gates.length === 0) await settle()
      gates.shift()!()
      await settle()
      writer.receive(edit(`more${round}`))
    }
    // Its sync step 2 came while edits still wait for the store.
    const step2 = newcomer.sent.filter((message) => {
      const decoder = decoding.createDecoder(message)
      return decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
    })
    expect(step2).toHaveLength(1)
    expect(gates.length).toBeGreaterThan(0)
    newcomer.applyTo(client)
    expect(client.getMap('m').get('first')).toBe('first')
    // Whatever the newcomer received was stored first.
    const stored = new Y.Doc()
    for (const update of storage.appended) Y.applyUpdate(stored, update)
    for (const key of client.getMap('m').keys()) expect(stored.getMap('m').has(key)).toBe(true)
    // The held-back edits go on afterwards: stored and applied.
    while (gates.length > 0 || !room.doc.getMap('m').has('more2')) {
      gates.shift()?.()
      await settle()
    }
    expect(room.doc.getMap('m').get('more2')).toBe('more2')
  })

  it('closes a connection that writes a protected root with 4403, the document unchanged', () => {
    const { storage, room } = setup()
    writeControl(room.doc, { lock: { board: false, structure: true } }, 'server')
    const before = Y.encodeStateAsUpdate(room.doc)
    const appended = storage.appended.length
    for (const role of ['join', 'facilitator'] as const) {
      const socket = new FakeSocket(role, [])
      const conn = room.connect(socket, role)
      const client = new Y.Doc()
      Y.applyUpdate(client, before)
      const update = updateOf(client, () => client.getMap('votes').set('shape:x', { me: 20 }))
      conn.receive(encodeUpdate(update))
      expect(socket.closed?.code).toBe(4403)
      expect(room.connections.has(conn)).toBe(false)
    }
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before)
    expect(storage.appended).toHaveLength(appended)
  })

  it("drops a join connection's edits while the board is locked, not the facilitator's", () => {
    const { storage, room } = setup()
    writeControl(room.doc, { lock: { board: true, structure: true } }, 'server')
    const appended = storage.appended.length
    const join = room.connect(new FakeSocket('join', []), 'join')
    join.receive(edit('locked out'))
    expect(room.doc.getMap('m').size).toBe(0)
    expect(storage.appended).toHaveLength(appended)
    room.connect(new FakeSocket('f', []), 'facilitator').receive(edit('facilitator'))
    expect(room.doc.getMap('m').get('facilitator')).toBe('facilitator')
  })

  it('does not apply an update with a gap; asks once for the whole difference, and applies that', () => {
    const { room } = setup()
    const socket = new FakeSocket('gappy', [])
    const conn = room.connect(socket, 'join')
    const client = new Y.Doc()
    updateOf(client, () => client.getMap('m').set('first', 1)) // lost on the way
    const second = updateOf(client, () => client.getMap('m').set('second', 2))
    socket.sent.length = 0
    conn.receive(encodeUpdate(second))
    conn.receive(encodeUpdate(second))
    expect(room.doc.getMap('m').size).toBe(0)
    expect(socket.sent).toHaveLength(1) // sync step 1: the client answers with everything we lack
    expect(Array.from(socket.sent[0]!.slice(0, 2))).toEqual([MESSAGE_SYNC, syncProtocol.messageYjsSyncStep1])
    expect(room.doc.store.pendingStructs).toBeNull()
    conn.receive(step2(client, room.doc))
    expect(room.doc.getMap('m').toJSON()).toEqual({ first: 1, second: 2 })
    conn.receive(edit('later'))
    expect(room.doc.getMap('m').get('later')).toBe('later')
  })

  it('applies nothing from a client whose edit was refused until its whole difference passes', () => {
    const { room } = setup()
    BoardDoc.of(room.doc).apply({ put: [{ id: 'shape:n', typeName: 'shape', type: 'note' }] }, 'server')
    const conn = room.connect(new FakeSocket('p', []), 'join')
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
    writeControl(room.doc, { lock: { board: true, structure: true } }, 'server')
    conn.receive(encodeUpdate(updateOf(client, () => client.getMap('m').set('locked', 1))))
    writeControl(room.doc, { lock: { board: false, structure: true } }, 'server')
    // A deletion of a live record, resolvable on its own, is still held back: it may rest on the refused edit.
    conn.receive(encodeUpdate(updateOf(client, () => BoardDoc.of(client).apply({ remove: ['shape:n'] }))))
    expect(BoardDoc.of(room.doc).get('shape:n')).toBeDefined()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
    conn.receive(step2(client, room.doc))
    expect(BoardDoc.of(room.doc).get('shape:n')).toBeUndefined()
    expect(room.doc.getMap('m').get('locked')).toBe(1)
  })

  it('records participants from awareness with their author id', () => {
    const { room } = setup()
    const conn = room.connect(new FakeSocket('p', []), 'join')
    const peer = new awarenessProtocol.Awareness(new Y.Doc())
    peer.setLocalState({ user: { name: 'Anna', color: '#f00', role: 'facilitator', author: 'browser_123-x' } })
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(peer, [peer.clientID]))
    conn.receive(encoding.toUint8Array(encoder))
    // The role is the link's, never what the client claims.
    expect(BoardDoc.of(room.doc).participants()).toMatchObject([{ name: 'Anna', role: 'join', authorId: 'browser_123-x' }])
  })
})

/** Sync messages a socket received, as [MESSAGE_SYNC, sync type, ...]. */
function syncMessages(socket: FakeSocket): Uint8Array[] {
  return socket.sent.filter((m) => m[0] === MESSAGE_SYNC)
}

function step1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** A client's sync step 2 against the room's state: everything the room lacks. */
function step2(client: Y.Doc, server: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep2(encoder, client, Y.encodeStateVector(server))
  return encoding.toUint8Array(encoder)
}

function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined
  const listener = (u: Uint8Array) => (update = u)
  doc.on('update', listener)
  change()
  doc.off('update', listener)
  return update!
}
