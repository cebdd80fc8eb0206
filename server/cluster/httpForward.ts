// A request about a session another process serves is answered by that process: forwarded through
// Redis streams (processes need no route to each other, only the Redis they share) and replayed there
// against its own HTTP handler on loopback, so every route, check and answer is the same code as when
// the request had landed there. One judge per session (the dot budget, the locks) holds for the API too.
//
//   relay:  XADD <prefix>rpc:<owner>   { id, from, method, url, headers, address, body }
//   owner:  XREAD its rpc stream → http.request to itself (marked with its own secret) → XADD <prefix>rpcr:<from>
//   relay:  XREAD its rpcr stream → the waiting response is written out
//
// A forwarded request is never forwarded again: the owner recognises its own secret (peerSecret) and
// answers whatever the lease says by then (a session that moved meanwhile answers 503, retry).
//
// Both streams live as long as their process, as its tunnel inbox does (ownStreams.ts). Requests and
// replies are written with NOMKSTREAM: a request for a process that is gone answers 503 at once instead
// of waiting for the timeout, and no stream of a dead process is made anew to lie in Redis for ever.
import { randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { nanoid } from 'nanoid'
import type { RedisLink } from './redisConnection.ts'
import { OwnStreams } from './ownStreams.ts'

/** Hop-by-hop headers (RFC 9110 §7.6.1) and those recomputed for the new hop. */
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'proxy-connection', 'te', 'trailer'])
const PEER_HEADER = 'x-samenbord-peer'
const ADDRESS_HEADER = 'x-samenbord-address'
/** Transport, not a log: a few thousand entries are plenty for requests in flight. */
const STREAM_MAXLEN = '2000'

export interface HttpForwarderOptions {
  /** The Redis connections this process has (commands; blocking reads through StreamReader). */
  link: RedisLink
  prefix: string
  processId: string
  /** Where this process's own HTTP server listens (the owner replays forwarded requests there). */
  local: () => { host: string; port: number }
  /** A forwarded request with no answer after this long gets 504 (default 30 s). */
  timeoutMs?: number
  /** Largest request body forwarded (default 64 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** How long this process's streams outlive it (default 60 s). */
  ttlMs?: number
  onError?: (message: string, fields: object) => void
}

interface Waiting {
  res: ServerResponse
  timer: NodeJS.Timeout
}

export class HttpForwarder {
  /** Marks a request this process replays to itself: never forwarded again, its address header trusted. */
  readonly peerSecret = randomBytes(18).toString('base64url')
  private readonly waiting = new Map<string, Waiting>()
  private streams: OwnStreams | undefined
  private readonly requests: string
  private readonly replies: string

  constructor(private readonly opts: HttpForwarderOptions) {
    this.requests = `${opts.prefix}rpc:${opts.processId}`
    this.replies = `${opts.prefix}rpcr:${opts.processId}`
  }

  /** Starts answering requests forwarded to this process and receiving replies to its own. */
  async start(): Promise<void> {
    this.streams = await OwnStreams.open(
      this.opts.link,
      'http-forward',
      [this.requests, this.replies],
      (key, { fields }) => (key === this.requests ? void this.replay(fields) : this.deliver(fields)),
      {
        ttlMs: this.opts.ttlMs,
        onError: (error) => this.opts.onError?.('forwarding: a reply could not be delivered', { err: error.message }),
      },
    )
  }

  /** Whether `req` is a request this process forwarded to itself (so: answer it here, whoever owns what). */
  isReplay(req: IncomingMessage): boolean {
    return req.headers[PEER_HEADER] === this.peerSecret
  }

  /** The client's address: the original one for a replayed request, else the socket's. */
  clientAddress(req: IncomingMessage): string {
    const forwarded = this.isReplay(req) ? req.headers[ADDRESS_HEADER] : undefined
    return (typeof forwarded === 'string' && forwarded) || req.socket.remoteAddress || 'unknown'
  }

  /** Sends `req` to process `owner` and writes its answer to `res`. */
  async forward(req: IncomingMessage, res: ServerResponse, owner: string): Promise<void> {
    let body: Buffer
    try {
      body = await readBody(req, this.opts.maxBodyBytes ?? 64 * 1024 * 1024)
    } catch {
      return answer(res, 413, { error: 'request body too large' })
    }
    const id = nanoid()
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || NOT_FORWARDED.has(name) || name === PEER_HEADER || name === ADDRESS_HEADER) continue
      headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const timer = setTimeout(() => {
      if (!this.waiting.delete(id)) return
      answer(res, 504, { error: 'the server process holding this session did not answer; try again' })
    }, this.opts.timeoutMs ?? 30_000)
    this.waiting.set(id, { res, timer })
    res.on('close', () => {
      const waiting = this.waiting.get(id)
      if (waiting?.res === res && !res.writableFinished) {
        clearTimeout(waiting.timer)
        this.waiting.delete(id)
      }
    })
    const fields = {
      id,
      from: this.opts.processId,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: JSON.stringify(headers),
      address: req.socket.remoteAddress ?? 'unknown',
    }
    const refuse = (message: string) => {
      clearTimeout(timer)
      this.waiting.delete(id)
      answer(res, 503, { error: message }, { 'retry-after': '2' })
    }
    try {
      const added = await this.opts.link.command.xadd(
        `${this.opts.prefix}rpc:${owner}`,
        'NOMKSTREAM',
        'MAXLEN',
        '~',
        STREAM_MAXLEN,
        '*',
        ...Object.entries(fields).flat(),
        'body',
        body,
      )
      // Its stream is gone: the process is too (its lease lapses, and the next try goes elsewhere).
      if (added === null) refuse('the server process holding this session is gone; try again')
    } catch (error) {
      refuse(`cannot reach the other server processes: ${(error as Error).message}`)
    }
  }

  async close(): Promise<void> {
    await this.streams?.close()
    for (const { res, timer } of this.waiting.values()) {
      clearTimeout(timer)
      answer(res, 503, { error: 'server shutting down' }, { 'retry-after': '2' })
    }
    this.waiting.clear()
  }

  /** Owner side: answers a forwarded request through this process's own HTTP handler. */
  private async replay(fields: Map<string, Buffer>): Promise<void> {
    const text = (name: string) => fields.get(name)?.toString() ?? ''
    const id = text('id')
    const from = text('from')
    // An entry no forwarder wrote: nobody to answer.
    if (!id || !from) return
    const body = fields.get('body') ?? Buffer.alloc(0)
    let reply: { status: number; headers: Record<string, string | string[]>; body: Buffer }
    try {
      const headers = { ...(JSON.parse(text('headers')) as Record<string, string>), [PEER_HEADER]: this.peerSecret, [ADDRESS_HEADER]: text('address') }
      reply = await loopback(this.opts.local(), text('method'), text('url'), headers, body)
    } catch (error) {
      this.opts.onError?.('forwarding: replaying a request failed', { err: (error as Error).message })
      reply = {
        status: 502,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ error: 'the server process holding this session failed to answer' })),
      }
    }
    try {
      // NOMKSTREAM: a requester that is gone gets nothing, and no stream is made for it.
      await this.opts.link.command.xadd(
        `${this.opts.prefix}rpcr:${from}`,
        'NOMKSTREAM',
        'MAXLEN',
        '~',
        STREAM_MAXLEN,
        '*',
        'id',
        id,
        'status',
        String(reply.status),
        'headers',
        JSON.stringify(reply.headers),
        'body',
        reply.body,
      )
    } catch (error) {
      this.opts.onError?.('forwarding: cannot send a reply', { err: (error as Error).message })
    }
  }

  /** Relay side: a reply arrived; the request waiting for it is answered. */
  private deliver(fields: Map<string, Buffer>): void {
    const id = fields.get('id')?.toString() ?? ''
    const waiting = this.waiting.get(id)
    if (!waiting) return
    clearTimeout(waiting.timer)
    this.waiting.delete(id)
    const headers = JSON.parse(fields.get('headers')?.toString() ?? '{}') as Record<string, string | string[]>
    const body = fields.get('body') ?? Buffer.alloc(0)
    if (waiting.res.headersSent) return
    waiting.res.writeHead(Number(fields.get('status')?.toString() ?? 502), { ...headers, 'content-length': String(body.byteLength) })
    waiting.res.end(body)
  }
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > max) {
        req.destroy()
        return reject(new Error('too large'))
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function loopback(
  at: { host: string; port: number },
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: at.host, port: at.port, method, path: url, headers: { ...headers, 'content-length': String(body.byteLength) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const out: Record<string, string | string[]> = {}
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined && !NOT_FORWARDED.has(name)) out[name] = value
        resolve({ status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

function answer(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  if (res.headersSent) return
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers })
  res.end(text)
}
