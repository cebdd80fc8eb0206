import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testRedis } from '../testing/backends.ts'
import { eventually } from '../testing/yClient.ts'
import { HttpForwarder } from './httpForward.ts'
import { connectRedis, type RedisLink } from './redisConnection.ts'

const { url, prefix } = testRedis()
const links: RedisLink[] = []
const servers: http.Server[] = []
const forwarders: HttpForwarder[] = []

async function listen(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

/** A forwarder as one process has it, with Redis connections of its own. */
async function forwarder(processId: string, port: () => number, timeoutMs?: number, ttlMs?: number): Promise<HttpForwarder> {
  const link = await connectRedis(url, prefix)
  links.push(link)
  const f = new HttpForwarder({ link, prefix, processId, local: () => ({ host: '127.0.0.1', port: port() }), timeoutMs, ttlMs })
  forwarders.push(f)
  return f
}

let frontPort = 0
let owner: HttpForwarder
let impatient: HttpForwarder

beforeAll(async () => {
  // The owner's own handler: says what it received, and whether it knows it as its own replay.
  let ownerPort = 0
  owner = await forwarder('owner', () => ownerPort)
  ownerPort = await listen((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      res.writeHead(req.url === '/missing' ? 404 : 201, { 'content-type': 'application/json', 'x-extra': 'yes' })
      res.end(
        JSON.stringify({
          method: req.method,
          url: req.url,
          body: Buffer.concat(chunks).toString('base64'),
          replay: owner.isReplay(req),
          address: owner.clientAddress(req),
          auth: req.headers.authorization ?? null,
        }),
      )
    })
  })
  await owner.start()
  const relay = await forwarder('relay', () => frontPort)
  await relay.start()
  frontPort = await listen((req, res) => void relay.forward(req, res, req.url === '/nobody' ? 'gone' : 'owner'))
  impatient = await forwarder('impatient', () => 1, 300)
})

afterAll(async () => {
  await Promise.all(forwarders.map((f) => f.close()))
  for (const s of servers) s.close()
  await Promise.all(links.map((link) => link.close()))
})

describe('HttpForwarder', () => {
  it('answers a request through the owning process: method, path, headers and binary body there, status, headers and body back', async () => {
    const body = Buffer.from([0, 1, 2, 250, 255, 10])
    const res = await fetch(`http://127.0.0.1:${frontPort}/api/sessions/abc/notes?x=1`, { method: 'POST', body, headers: { authorization: 'Bearer t0k' } })
    expect(res.status).toBe(201)
    expect(res.headers.get('x-extra')).toBe('yes')
    const seen = (await res.json()) as Record<string, unknown>
    expect(seen).toMatchObject({ method: 'POST', url: '/api/sessions/abc/notes?x=1', replay: true, auth: 'Bearer t0k', address: '127.0.0.1' })
    expect(Buffer.from(seen.body as string, 'base64').equals(body)).toBe(true)
  })

  it('passes error statuses through as they are', async () => {
    const res = await fetch(`http://127.0.0.1:${frontPort}/missing`)
    expect(res.status).toBe(404)
  })

  it('a forged replay marker is not trusted: the address is the socket’s', async () => {
    let port = 0
    const f = await forwarder('forged', () => port)
    port = await listen((req, res) => res.end(JSON.stringify({ replay: f.isReplay(req), address: f.clientAddress(req) })))
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-samenbord-peer': 'guess', 'x-samenbord-address': '6.6.6.6' } })
    expect(await res.json()).toEqual({ replay: false, address: '127.0.0.1' })
  })

  it('keeps answering many requests at once, each with its own answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => fetch(`http://127.0.0.1:${frontPort}/n/${i}`, { method: 'PUT', body: String(i) }).then((r) => r.json())),
    )
    answers.forEach((seen, i) => {
      expect((seen as { url: string }).url).toBe(`/n/${i}`)
      expect(Buffer.from((seen as { body: string }).body, 'base64').toString()).toBe(String(i))
    })
  })

  it('answers 504 when the owning process does not answer in time', async () => {
    // A process that lives (its stream is there) but does not read it: stalled.
    await links[0]!.command.xadd(`${prefix}rpc:stalled`, '*', 'marker', '1')
    const port = await listen((req, res) => void impatient.forward(req, res, 'stalled'))
    const res = await fetch(`http://127.0.0.1:${port}/x`)
    expect(res.status).toBe(504)
    expect(((await res.json()) as { error: string }).error).toMatch(/did not answer/)
  })

  it('answers 503 at once for a process that is gone, and makes no stream for it', async () => {
    const port = await listen((req, res) => void impatient.forward(req, res, 'gone'))
    const res = await fetch(`http://127.0.0.1:${port}/x`, { method: 'POST', body: 'x'.repeat(1000) })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('2')
    expect(((await res.json()) as { error: string }).error).toMatch(/is gone/)
    expect(await links[0]!.command.exists(`${prefix}rpc:gone`)).toBe(0)
  })

  it('trims what a process has read from its streams, and they go with it', async () => {
    let port = 0
    const f = await forwarder('brief', () => port, undefined, 600)
    port = await listen((req, res) => req.on('data', () => {}).on('end', () => res.end('ok')))
    await f.start()
    const asker = await forwarder('asker', () => 1)
    await asker.start()
    const via = await listen((req, res) => void asker.forward(req, res, 'brief'))
    for (let i = 0; i < 4; i++)
      expect(await (await fetch(`http://127.0.0.1:${via}/big/${i}`, { method: 'PUT', body: Buffer.alloc(200_000) })).text()).toBe('ok')
    // Read and trimmed at the next renewal (every 100 ms here): only the last request read stays.
    await eventually(async () => expect(await links[0]!.command.xlen(`${prefix}rpc:brief`)).toBe(1))
    expect(await links[0]!.command.pttl(`${prefix}rpc:brief`)).toBeGreaterThan(0)
    await f.close()
    expect(await links[0]!.command.exists(`${prefix}rpc:brief`, `${prefix}rpcr:brief`)).toBe(0)
  })
})
