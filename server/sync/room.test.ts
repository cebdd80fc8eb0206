// The room without a network: fake sockets and an in-memory storage that records what happened when.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { DocStorage, LoadedDoc } from '../storage/types.ts'
import { MESSAGE_SYNC, encodeUpdate } from './protocol.ts'
import { Room, type RoomSocket } from './room.ts'

const silent = { debug() {}, info() {}, warn() {}, error() {}, fatal() {}, child() { return silent } } as unknown as Logger

class MemoryStorage implements DocStorage {
  appended: Uint8Array[] = []
  failing = false
  constructor(private readonly events: string[]) {}
  load(): LoadedDoc {
    return { updates: [], problems: [] }
  }
  append(_id: string, update: Uint8Array): void {
    if (this.failing) throw new Error('ENOSPC: no space left on device')
    this.events.push('append')
    this.appended.push(update)
  }
  compact(): void {}
  logBytes(): number {
    return 0
  }
  release(): void {}
  remove(): void {}
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
  it('writes an accepted update to storage before broadcasting it, and not back to its sender', () => {
    const { events, storage, room } = setup()
    const a = new FakeSocket('a', events)
    const b = new FakeSocket('b', events)
    const connA = room.connect(a, 'join')
    room.connect(b, 'join')
    events.length = 0
    connA.receive(edit('hello'))
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

  it('keeps updates the disk refused and writes them, in order, once it works again', () => {
    const { storage, room } = setup()
    const conn = room.connect(new FakeSocket('a', []), 'join')
    storage.failing = true
    conn.receive(edit('one'))
    conn.receive(edit('two'))
    expect(room.hasUnsavedChanges).toBe(true)
    storage.failing = false
    conn.receive(edit('three'))
    expect(room.hasUnsavedChanges).toBe(false)
    const replay = new Y.Doc()
    for (const update of storage.appended) Y.applyUpdate(replay, update)
    expect(replay.getMap('m').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' })
  })

  it('answers a client sync step 1 with the whole stored state', () => {
    const { room } = setup()
    room.doc.getMap('m').set('stored', 'yes')
    const socket = new FakeSocket('late', [])
    const conn = room.connect(socket, 'view')
    const client = new Y.Doc()
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, client)
    conn.receive(encoding.toUint8Array(encoder))
    socket.applyTo(client)
    expect(client.getMap('m').get('stored')).toBe('yes')
  })
})
