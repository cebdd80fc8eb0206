// A real WebsocketProvider over a real socket to a minimal y-websocket peer that records what it gets:
// the stock provider echoes other people's presence back; wrapped, it sends only its own.
import type { AddressInfo } from 'node:net'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnPresenceOnly } from './ownPresenceOnly.ts'

const AWARENESS = 1
const SOMEONE = 424242

function presenceOf(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, clock)
  encoding.writeVarString(update, JSON.stringify(state))
  const message = encoding.createEncoder()
  encoding.writeVarUint(message, AWARENESS)
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update))
  return encoding.toUint8Array(message)
}

/** The client ids of the awareness entries in a frame (none for other messages). */
function presenceIds(frame: Uint8Array): number[] {
  const outer = decoding.createDecoder(frame)
  if (decoding.readVarUint(outer) !== AWARENESS) return []
  const d = decoding.createDecoder(decoding.readVarUint8Array(outer))
  return Array.from({ length: decoding.readVarUint(d) }, () => {
    const id = decoding.readVarUint(d)
    decoding.readVarUint(d)
    decoding.readVarString(d)
    return id
  })
}

const cleanup: Array<() => void> = []
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo()
})

interface Peer {
  url: string
  received: number[]
  /** Resolves once the presence ids received so far satisfy `check` (checked as each frame arrives). */
  receives(check: (ids: number[]) => boolean): Promise<void>
}

/** A peer that tells every client about SOMEONE's cursor, and records the presence ids each client sends. */
async function peer(): Promise<Peer> {
  const received: number[] = []
  const waiting: Array<{ check: (ids: number[]) => boolean; resolve: () => void }> = []
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => wss.once('listening', resolve))
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      received.push(...presenceIds(new Uint8Array(data as Buffer)))
      for (const w of waiting.filter((w) => w.check(received))) waiting.splice(waiting.indexOf(w), 1)[0]!.resolve()
    })
    ws.send(presenceOf(SOMEONE, 1, { cursor: { x: 1, y: 2 } }))
  })
  cleanup.push(() => wss.close())
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    received,
    receives: (check) => (check(received) ? Promise.resolve() : new Promise((resolve) => waiting.push({ check, resolve }))),
  }
}

async function tryProvider(wrap: boolean): Promise<{ received: number[]; own: number }> {
  const { url, received, receives } = await peer()
  const doc = new Y.Doc()
  const stock = new WebsocketProvider(url, 'room', doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true })
  const provider = wrap ? sendOwnPresenceOnly(stock) : stock
  cleanup.push(() => provider.destroy())
  // Barrier: the provider has applied SOMEONE's presence (and the stock one has answered it by now or never).
  if (!provider.awareness.getStates().has(SOMEONE)) await new Promise((resolve) => provider.awareness.once('change', resolve))
  expect(provider.awareness.getStates().has(SOMEONE)).toBe(true)
  provider.awareness.setLocalStateField('cursor', { x: 5, y: 5 })
  // Its own change reaches the peer after whatever it sent on applying SOMEONE's.
  const own = doc.clientID
  await receives((ids) => ids.filter((id) => id === own).length >= 2)
  return { received, own }
}

describe('sendOwnPresenceOnly', () => {
  it("keeps a provider from echoing other people's presence, while its own still goes out", async () => {
    const { received, own } = await tryProvider(true)
    expect(received).toContain(own)
    expect(received).not.toContain(SOMEONE)
  })

  it('is needed: the stock provider sends the presence it was told straight back', async () => {
    const { received } = await tryProvider(false)
    expect(received).toContain(SOMEONE)
  })

  it('still removes its handler when the provider is destroyed', async () => {
    const { url } = await peer()
    const provider = sendOwnPresenceOnly(
      new WebsocketProvider(url, 'room', new Y.Doc(), {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        connect: false,
      }),
    )
    const listeners = () => (provider.awareness as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size ?? 0
    const before = listeners()
    provider.destroy()
    expect(listeners()).toBe(before - 1)
  })
})
