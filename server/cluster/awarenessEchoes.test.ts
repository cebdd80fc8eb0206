// A relay keeps back exactly the awareness frames the owner would ignore: echoes of what it broadcast.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { encodeAwarenessMessage } from '../sync/protocol.ts'
import { awarenessUpdate } from '../testing/forge.ts'
import { AwarenessClocks } from './awarenessEchoes.ts'

const frame = (...entries: Array<[number, number, unknown]>) => encodeAwarenessMessage(awarenessUpdate(entries))

describe('AwarenessClocks', () => {
  it("keeps back a client's echo of a state the owner sent, and lets newer states, removals and strangers through", () => {
    const clocks = new AwarenessClocks()
    clocks.noteSent(frame([7, 4, { cursor: { x: 1 } }]))
    expect(clocks.isEcho(frame([7, 4, { cursor: { x: 1 } }]))).toBe(true)
    expect(clocks.isEcho(frame([7, 3, { cursor: { x: 0 } }]))).toBe(true)
    expect(clocks.isEcho(frame([7, 5, { cursor: { x: 2 } }]))).toBe(false)
    // A removal at the same clock still changes the owner's state (y-protocols applies it).
    expect(clocks.isEcho(frame([7, 4, null]))).toBe(false)
    expect(clocks.isEcho(frame([8, 1, {}]))).toBe(false)
    // One new entry among echoes: the whole frame goes on.
    expect(clocks.isEcho(frame([7, 4, {}], [8, 1, {}]))).toBe(false)
  })

  it('passes on whatever it cannot read, and every frame that is not awareness', () => {
    const clocks = new AwarenessClocks()
    clocks.noteSent(frame([7, 4, {}]))
    expect(clocks.isEcho(Uint8Array.of(1, 9, 1))).toBe(false)
    expect(clocks.isEcho(Uint8Array.of(0, 2, 0))).toBe(false)
    expect(clocks.isEcho(frame())).toBe(false)
    // A garbled frame from the owner's side notes nothing.
    clocks.noteSent(Uint8Array.of(1, 200))
    expect(clocks.isEcho(frame([7, 4, {}]))).toBe(true)
  })

  it("recognises the echo a stock y-websocket client sends: its awareness update handler re-sends others' states", () => {
    const clocks = new AwarenessClocks()
    const someone = new awarenessProtocol.Awareness(new Y.Doc())
    someone.setLocalState({ cursor: { x: 10, y: 20 } })
    const broadcast = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(someone, [someone.clientID]))
    clocks.noteSent(broadcast)
    // What WebsocketProvider does on applying it: encode the changed clients and send them back.
    const listener = new awarenessProtocol.Awareness(new Y.Doc())
    let echo: Uint8Array | undefined
    listener.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      echo = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(listener, [...added, ...updated, ...removed]))
    })
    awarenessProtocol.applyAwarenessUpdate(listener, awarenessProtocol.encodeAwarenessUpdate(someone, [someone.clientID]), 'server')
    expect(echo).toBeDefined()
    expect(clocks.isEcho(echo!)).toBe(true)
    // The listener's own cursor is news.
    listener.setLocalState({ cursor: { x: 1, y: 1 } })
    expect(clocks.isEcho(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(listener, [listener.clientID])))).toBe(false)
  })
})
