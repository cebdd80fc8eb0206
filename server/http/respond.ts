// Small request and response helpers shared by the routes: JSON bodies, errors as { error } with a
// status, the bearer token and the language a request asks for.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pickLang, type Lang } from '../../shared/i18n/index.ts'

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message })
}

/** Answers `{ error }` with `status`; true, so a route can `return fail(...)` as "handled". */
export function fail(res: ServerResponse, status: number, message: string): true {
  sendError(res, status, message)
  return true
}

/** A service's outcome as the answer: 200 with everything but `ok`, or its refusal as `{ error }`. */
export function sendOutcome<T extends object>(res: ServerResponse, outcome: ({ ok: true } & T) | { ok: false; status: number; error: string }): void {
  if (!outcome.ok) return void fail(res, outcome.status, outcome.error)
  const { ok: _ok, ...body } = outcome
  sendJson(res, 200, body)
}

/** A refusal that carries its own headers (e.g. 429 with retry-after). */
export type HttpRefusal = { status: number; message: string; headers?: Record<string, string> }

export function refuse(res: ServerResponse, refusal: HttpRefusal): true {
  sendJson(res, refusal.status, { error: refusal.message }, refusal.headers)
  return true
}

/** 405 with the Allow header RFC 9110 asks for; `allow` lists the methods, comma-separated. */
export function methodNotAllowed(res: ServerResponse, allow: string): true {
  sendJson(res, 405, { error: `method not allowed; use ${allow}` }, { allow })
  return true
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  if (!header) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1]
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string }

/** Reads a JSON body up to `limit` bytes. Anything else is a value describing the error, never a throw. */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const type = req.headers['content-type'] ?? ''
    if (!/^application\/json\b/i.test(type)) {
      resolve({ ok: false, status: 415, message: 'expected Content-Type: application/json' })
      req.resume()
      return
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      resolve({ ok: false, status: 413, message: `body larger than ${limit} bytes` })
      req.resume()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > limit) {
        done = true
        resolve({ ok: false, status: 413, message: `body larger than ${limit} bytes` })
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (done) return
      done = true
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
      } catch {
        resolve({ ok: false, status: 400, message: 'body is not valid JSON' })
      }
    })
    req.on('error', () => {
      if (!done) resolve({ ok: false, status: 400, message: 'request body could not be read' })
      done = true
    })
  })
}

/** Labels come in the language asked for: ?lang=, else Accept-Language, else Dutch. */
export function requestLang(req: IncomingMessage, query: URLSearchParams): Lang {
  const accept = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter(Boolean)
  return pickLang({ query: query.get('lang'), preferred: accept })
}
