// The token lookup of a WebSocket upgrade takes time (a database): what the client does meanwhile.
// A real HTTP server and raw TCP clients; the lookup is held until the test lets it answer.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import type { Duplex } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { Counter } from '../limits/counter.ts'
import type { ResolvedToken } from '../storage/types.ts'
import { silentLog } from '../testing/silentLog.ts'
import { SocketPool } from './socketPool.ts'
import { type Admitted, checkUpgrade } from './upgradeCheck.ts'

const TOKEN = 'a'.repeat(21)
const RESOLVED = { session: { id: 's1' }, role: 'join' } as ResolvedToken

interface Lookup {
  token: string
  answer(result: ResolvedToken | undefined | Error): void
}

let server: http.Server
let port: number
let lookups: Array<(lookup: Lookup) => void>
let outcomes: Array<(admitted: Admitted | undefined) => void>
let messages: Array<(data: Buffer) => void>
/** The server's side of each upgrade, in order. */
let upgraded: Array<(socket: Duplex) => void>
const perAddress = new Counter()
let pool: SocketPool

/** Resolves with the next value handed to the first waiting callback of `queue`. */
const next = <T>(queue: Array<(value: T) => void>): Promise<T> => new Promise((resolve) => queue.push(resolve))

beforeEach(async () => {
  lookups = []
  outcomes = []
  messages = []
  upgraded = []
  pool = new SocketPool({ maxMessageBytes: 1 << 16 })
  server = http.createServer()
  server.on('upgrade', (req, socket, head) => {
    upgraded.shift()?.(socket)
    const resolveToken = (token: string) =>
      new Promise<ResolvedToken | undefined>((resolve, reject) =>
        lookups.shift()!({ token, answer: (result) => (result instanceof Error ? reject(result) : resolve(result)) }),
      )
    const opts = { log: silentLog, resolveToken, maxConnectionsPerAddress: 2, publicOrigins: [], allowedOrigins: [] }
    void checkUpgrade(req, socket, TOKEN, perAddress, opts).then((admitted) => {
      outcomes.shift()!(admitted)
      if (!admitted) return
      pool.upgrade(req, socket, head, [[perAddress, admitted.address]], (ws: WebSocket) => ws.on('message', (data: Buffer) => messages.shift()?.(data)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterEach(async () => {
  pool.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function connect(): Promise<net.Socket> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
    socket.on('error', () => undefined)
  })
}

const HANDSHAKE = [
  `GET /sync/${TOKEN} HTTP/1.1`,
  'Host: 127.0.0.1',
  'Upgrade: websocket',
  'Connection: Upgrade',
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
  'Sec-WebSocket-Version: 13',
  '',
  '',
].join('\r\n')

/** One masked binary frame, as a client sends it. */
function clientFrame(payload: Uint8Array): Buffer {
  const mask = [1, 2, 3, 4]
  return Buffer.from([0x82, 0x80 | payload.length, ...mask, ...payload.map((byte, i) => byte ^ mask[i % 4]!)])
}

function received(socket: net.Socket, pattern: RegExp): Promise<string> {
  let text = ''
  return new Promise((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1')
      if (pattern.test(text)) resolve(text)
    })
    socket.on('close', () => resolve(text))
  })
}

describe('checkUpgrade while the token lookup runs', () => {
  it('keeps the frames a client sends during the lookup, in order, for the WebSocket', async () => {
    const lookup = next(lookups)
    const socket = await connect()
    socket.write(HANDSHAKE)
    const { answer, token } = await lookup
    expect(token).toBe(TOKEN)
    socket.write(Buffer.concat([clientFrame(Uint8Array.of(1, 2)), clientFrame(Uint8Array.of(3))]))
    const first = next(messages)
    const second = next(messages)
    const switched = received(socket, /^HTTP\/1\.1 101/)
    answer(RESOLVED)
    expect(await next(outcomes)).toEqual({ address: '127.0.0.1', resolved: RESOLVED })
    await switched
    expect([...(await first)]).toEqual([1, 2])
    expect([...(await second)]).toEqual([3])
    socket.destroy()
  })

  it('answers nobody, counts nothing and does not fall over when the client goes during the lookup', async () => {
    const lookup = next(lookups)
    const serverSide = next(upgraded)
    const socket = await connect()
    socket.write(HANDSHAKE)
    const { answer } = await lookup
    const closed = new Promise((resolve) => serverSide.then((side) => side.once('close', resolve)))
    // A reset: the socket errors on the server's side while nobody but checkUpgrade listens to it.
    socket.resetAndDestroy()
    await closed
    const outcome = next(outcomes)
    answer(RESOLVED)
    expect(await outcome).toBeUndefined()
    expect(perAddress.get('127.0.0.1')).toBe(0)
  })

  it('answers 503 when the session store fails, and 404 for an unknown token', async () => {
    for (const [result, status] of [
      [new Error('database down'), 503],
      [undefined, 404],
    ] as const) {
      const lookup = next(lookups)
      const socket = await connect()
      const answered = received(socket, /\r\n\r\n/)
      socket.write(HANDSHAKE)
      ;(await lookup).answer(result)
      expect(await next(outcomes)).toBeUndefined()
      expect(await answered).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
    }
  })
})
