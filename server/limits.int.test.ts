// Integration: each limit, on the real server with small values, refuses the one client that passes
// it with a clear code and message, and leaves every other client and session as it was.
import type { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeUpdate } from './sync/protocol.ts'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { connectClient, eventually, handled, whenSynced, type YClient } from './testing/yClient.ts'

let small: ServerProcess
let crowded: ServerProcess
let slow: ServerProcess
const clients: YClient[] = []
const sockets: WebSocket[] = []

beforeAll(async () => {
  ;[small, crowded, slow] = await Promise.all([
    startServerProcess({ env: { MAX_MESSAGE_BYTES: '4096', MAX_DOC_BYTES: '20000', MAX_CONNECTIONS_PER_SESSION: '3' } }),
    startServerProcess({ env: { MAX_CONNECTIONS_PER_ADDRESS: '3' } }),
    startServerProcess({ env: { MAX_SEND_BUFFER_BYTES: '65536', MAX_DOC_BYTES: String(256 << 20) } }),
  ])
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const ws of sockets) ws.terminate()
  await Promise.all([small.stop(), crowded.stop(), slow.stop()])
})

function client(s: ServerProcess, token: string): YClient {
  const c = connectClient(s.wsUrl, token)
  clients.push(c)
  return c
}

type Opened = { ws: WebSocket; closed: Promise<{ code: number; reason: string }> }

/** A raw WebSocket: resolves once open, or with the HTTP status its upgrade was refused with. */
function raw(s: ServerProcess, token: string, options: { localAddress?: string } = {}): Promise<Opened | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${s.wsUrl}/sync/${token}`, options)
    sockets.push(ws)
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.once('close', (code, reason) => r({ code, reason: reason.toString() })))
    ws.once('open', () => resolve({ ws, closed }))
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('error', reject)
  })
}

function opened(result: Opened | number): Opened {
  if (typeof result === 'number') throw new Error(`upgrade refused with ${result}`)
  return result
}

/** A Yjs update that sets scratch[key] = value, built on its own doc. */
function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  let update!: Uint8Array
  doc.on('update', (u: Uint8Array) => (update = u))
  doc.getMap('scratch').set(key, value)
  return update
}

describe('message size (MAX_MESSAGE_BYTES)', () => {
  it('closes only the sender of a larger message, with 1009', async () => {
    const created = await createSession(small.url)
    const bystander = client(small, created.join)
    await whenSynced(bystander)
    const sender = opened(await raw(small, created.join))
    sender.ws.send(new Uint8Array(5000))
    expect((await sender.closed).code).toBe(1009)
    expect(bystander.provider.wsconnected).toBe(true)
  })
})

describe('document size (MAX_DOC_BYTES)', () => {
  it('refuses an update that would grow the document past the limit with 4413, leaving it unchanged', async () => {
    const created = await createSession(small.url)
    const writer = opened(await raw(small, created.join))
    const bystander = client(small, created.join)
    await whenSynced(bystander)
    writer.ws.send(encodeUpdate(updateSetting('small', 'a'.repeat(2000))))
    await eventually(() => expect(bystander.doc.getMap('scratch').get('small')).toBeDefined())
    // Each frame is under MAX_MESSAGE_BYTES (4096): the document grows by many small updates.
    for (let i = 0; i < 10; i++) writer.ws.send(encodeUpdate(updateSetting(`part${i}`, 'b'.repeat(3500))))
    const closed = await writer.closed
    expect(closed).toEqual({ code: 4413, reason: 'document too large' })
    expect(small.logs.join('\n')).toContain('document too large')

    // Nothing past the limit got in; the other client stays connected and sees the same document.
    const fresh = client(small, created.view)
    await whenSynced(fresh)
    const encoded = Y.encodeStateAsUpdate(fresh.doc).byteLength
    expect(encoded).toBeLessThanOrEqual(20000)
    const keys = Array.from(fresh.doc.getMap('scratch').keys())
    expect(keys).toContain('small')
    expect(keys.length).toBeLessThan(11)
    expect(bystander.provider.wsconnected).toBe(true)
    expect(Array.from(bystander.doc.getMap('scratch').keys()).sort()).toEqual(keys.sort())
  })
})

describe('connections per session (MAX_CONNECTIONS_PER_SESSION)', () => {
  it('refuses one more than the limit with 503; other sessions still connect; a freed place is reusable', async () => {
    const full = await createSession(small.url)
    const other = await createSession(small.url)
    const three = [opened(await raw(small, full.join)), opened(await raw(small, full.view)), opened(await raw(small, full.join))]
    expect(await raw(small, full.join)).toBe(503)
    opened(await raw(small, other.join))
    three[0]!.ws.close()
    await three[0]!.closed
    // The server frees the place when its end of the socket has closed, a moment after ours: poll for
    // the place (a presence), each try a fresh upgrade.
    await eventually(async () => {
      opened(await raw(small, full.join))
    })
    expect(three[1]!.ws.readyState).toBe(WebSocket.OPEN)
  })
})

describe('connections per address (MAX_CONNECTIONS_PER_ADDRESS)', () => {
  it('refuses one more than the limit from the same address with 429; other addresses still connect', async () => {
    const created = await createSession(crowded.url)
    for (let i = 0; i < 3; i++) opened(await raw(crowded, created.join))
    expect(await raw(crowded, created.join)).toBe(429)
    // Linux routes all of 127/8 to loopback: another source address is another client.
    opened(await raw(crowded, created.join, { localAddress: '127.0.0.2' }))
  })
})

describe('slow readers (MAX_SEND_BUFFER_BYTES)', () => {
  it('disconnects a client that stops reading instead of buffering for it; the writer stays connected', async () => {
    const created = await createSession(slow.url)
    const stalled = opened(await raw(slow, created.view))
    ;(stalled.ws as unknown as { _socket: Socket })._socket.pause()
    const writer = client(slow, created.join)
    await whenSynced(writer)
    const blob = writer.doc.getMap<string>('scratch')
    // 40 × 512 KB: far more than the kernel's socket buffers hold, so the server's own queue grows.
    let written = 0
    for (; written < 40 && !slow.logs.some((l) => l.includes('client too slow')); written++) {
      blob.set('blob', String(written % 10).repeat(512 * 1024))
      // The server has handled this write (and queued it for the stalled reader) before the next.
      await handled(writer)
    }
    // Loopback socket buffers absorb a few MB; the server's queue passed 64 KB after ~9 writes here.
    expect(written).toBeLessThan(40)
    await eventually(() => expect(slow.logs.join('\n')).toContain('client too slow'), 10_000)
    expect(writer.provider.wsconnected).toBe(true)
    const reader = client(slow, created.view)
    await whenSynced(reader)
    expect(reader.doc.getMap<string>('scratch').get('blob')).toBe(blob.get('blob'))
  })
})
