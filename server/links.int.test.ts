// Integration: the links people carry. Short join codes cannot be guessed at speed (unknown codes are
// rate-limited per address), and pages whose address holds a token are never stored by a cache.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'

// The token pages need a built client to answer with; a stub index.html is enough here.
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-client-'))
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Samenbord</title>')

const LIMIT = 5
let s: ServerProcess
const api = sessionApi(() => s.url)

beforeAll(async () => {
  s = await startServerProcess({ env: { CLIENT_DIR: clientDir, JOIN_LOOKUPS_PER_MINUTE: String(LIMIT) } })
})
afterAll(async () => {
  await s.stop()
})

async function joinCodeOf(session: CreatedSession): Promise<string> {
  return (await api.json<{ joinCode: string }>(fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${session.view}` } }))).joinCode
}

/** GET /j/<code> from a given local source address (Linux routes all of 127/8 to loopback). */
function lookup(code: string, localAddress = '127.0.0.1'): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: s.port, path: `/j/${code}`, localAddress }, (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] })
      })
      .on('error', reject)
  })
}

describe('/j/<code> guessing', () => {
  it('answers 429 with Retry-After once an address has looked up JOIN_LOOKUPS_PER_MINUTE unknown codes, a right guess included', async () => {
    const session = await api.create()
    const code = await joinCodeOf(session)
    // Right codes never count: a whole room behind one address opens the link from the projector.
    for (let i = 0; i < LIMIT * 3; i++) expect((await lookup(code, '127.0.0.2')).status).toBe(302)

    for (let i = 0; i < LIMIT; i++) expect((await lookup(`ZZZZZZZ${i}`, '127.0.0.2')).status).toBe(404)
    const refused = await lookup('ZZZZZZZX', '127.0.0.2')
    expect(refused.status).toBe(429)
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60)
    // While over the limit a right guess is refused too, or the limit would still tell which code exists.
    expect((await lookup(code, '127.0.0.2')).status).toBe(429)
    // Other addresses are not affected.
    expect((await lookup(code, '127.0.0.3')).status).toBe(302)
    expect((await lookup('ZZZZZZZZ', '127.0.0.3')).status).toBe(404)
  })
})

describe('token pages', () => {
  it('answer Cache-Control: no-store (/s/, /v/, /f/, and the 404 page of an unknown token or code)', async () => {
    const session = await api.create()
    for (const page of [`/s/${session.join}`, `/v/${session.view}`, `/f/${session.facilitator}`, '/s/unknown-token-0123456789']) {
      const res = await fetch(`${s.url}${page}`, { headers: { accept: 'text/html' } })
      expect(res.status, page).toBe(page.includes('unknown') ? 404 : 200)
      expect(res.headers.get('cache-control'), page).toBe('no-store')
    }
    const unknownCode = await fetch(`${s.url}/j/QQQQQQQQ`, { headers: { accept: 'text/html' } })
    expect(unknownCode.status).toBe(404)
    expect(unknownCode.headers.get('cache-control')).toBe('no-store')
    // The home page holds no token: it may be revalidated as before.
    expect((await fetch(`${s.url}/`)).headers.get('cache-control')).toBe('no-cache')
  })
})
