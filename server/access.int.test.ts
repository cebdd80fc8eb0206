// Integration: who may reach the server — page origins on the WebSocket, the create token, the
// session-creation rate, security headers — and that none of it leaks a token into the logs.
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logsCaughtUp } from './testing/logBarrier.ts'
import { upgradeOutcome as upgrade } from './testing/rawClients.ts'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'

const CREATE_TOKEN = 'toegang-gemeente-7f3a9c2e41d8b6'
let open: ServerProcess
let locked: ServerProcess
let throttled: ServerProcess

beforeAll(async () => {
  ;[open, locked, throttled] = await Promise.all([
    startServerProcess({ env: { ALLOWED_ORIGINS: 'https://intranet.gemeente.example/' } }),
    startServerProcess({ env: { CREATE_TOKEN } }),
    startServerProcess({ env: { SESSION_CREATES_PER_MINUTE: '3' } }),
  ])
})
afterAll(async () => {
  await Promise.all([open.stop(), locked.stop(), throttled.stop()])
})

/** POST /api/sessions from another local source address (Linux routes all of 127/8 to loopback). */
function postFrom(localAddress: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/sessions', method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify({ title: 'Andere wijk' }))
  })
}

function create(s: ServerProcess, headers: Record<string, string> = {}, body: unknown = { title: 'Stationsgebied' }) {
  return fetch(`${s.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

describe('WebSocket origin check', () => {
  it('lets programs (no Origin), our own pages and ALLOWED_ORIGINS connect; refuses other sites with 403', async () => {
    const created = await createSession(open.url)
    const url = `${open.wsUrl}/sync/${created.join}`
    expect(await upgrade(url)).toBe('open')
    expect(await upgrade(url, { origin: `http://127.0.0.1:${open.port}` })).toBe('open')
    expect(await upgrade(url, { origin: 'https://intranet.gemeente.example' })).toBe('open')
    // A host name is ours only when PUBLIC_URL says so (origin.int.test.ts): a forwarded host alone could be a rebound name.
    expect(await upgrade(url, { origin: 'https://bord.gemeente.example', 'x-forwarded-host': 'bord.gemeente.example' })).toBe(403)
    expect(await upgrade(url, { origin: 'https://evil.example' })).toBe(403)
    expect(await upgrade(url, { origin: `http://127.0.0.1:${open.port + 1}` })).toBe(403)
    expect(await upgrade(url, { origin: 'null' })).toBe(403)
  })

  it('refuses a foreign origin before looking at the token', async () => {
    expect(await upgrade(`${open.wsUrl}/sync/no-such-token-at-all`, { origin: 'https://evil.example' })).toBe(403)
    expect(await upgrade(`${open.wsUrl}/sync/no-such-token-at-all`)).toBe(404)
  })

  it("makes the same checks at the private notes' door (/silent/), which logs a refused origin too", async () => {
    const created = await createSession(open.url)
    expect(await upgrade(`${open.wsUrl}/silent/${created.join}`, { origin: 'https://evil-private.example' })).toBe(403)
    expect(await upgrade(`${open.wsUrl}/silent/no-such-token-at-all`, { origin: 'https://evil.example' })).toBe(403)
    expect(await upgrade(`${open.wsUrl}/silent/no-such-token-at-all`)).toBe(404)
    await logsCaughtUp(open)
    expect(open.logs.some((line) => line.includes('origin not allowed') && line.includes('https://evil-private.example'))).toBe(true)
  })
})

describe('security headers', () => {
  it('are on pages, assets, API answers and errors', async () => {
    const created = await createSession(open.url)
    for (const path of ['/', `/s/${created.join}`, '/api/config', '/healthz', '/api/nope', '/assets/missing.js']) {
      const res = await fetch(`${open.url}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("object-src 'none'")
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })
})

describe('CREATE_TOKEN', () => {
  it('is announced by /api/config', async () => {
    expect(await (await fetch(`${locked.url}/api/config`)).json()).toMatchObject({ createTokenRequired: true })
    expect(await (await fetch(`${open.url}/api/config`)).json()).toMatchObject({ createTokenRequired: false })
  })

  it('is required to start a session: 401 without, 403 wrong, 201 right', async () => {
    const without = await create(locked)
    expect(without.status).toBe(401)
    expect(((await without.json()) as { error: string }).error).toMatch(/CREATE_TOKEN/)
    expect((await create(locked, { authorization: 'Bearer wrong-token' })).status).toBe(403)
    const right = await create(locked, { authorization: `Bearer ${CREATE_TOKEN}` })
    expect(right.status).toBe(201)
    // Every line logged for these requests has arrived before the absence is checked.
    await logsCaughtUp(locked)
    expect(locked.logs.join('\n')).not.toContain(CREATE_TOKEN)
  })

  it('is not needed for a follow-up session: the previous facilitator token authorises it', async () => {
    const first = (await (await create(locked, { authorization: `Bearer ${CREATE_TOKEN}` })).json()) as { id: string; facilitator: string; join: string }
    const followUp = await create(locked, { authorization: `Bearer ${first.facilitator}` }, { title: 'Vervolg', from: first.id })
    expect(followUp.status).toBe(201)
    // The join token of a session is no key to new ones.
    expect((await create(locked, { authorization: `Bearer ${first.join}` })).status).toBe(403)
    expect((await create(locked, { authorization: `Bearer ${first.join}` }, { title: 'Vervolg', from: first.id })).status).toBe(403)
  })
})

describe('session creation rate', () => {
  it('refuses more than SESSION_CREATES_PER_MINUTE per address with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await create(throttled)).status).toBe(201)
    const res = await create(throttled)
    expect(res.status).toBe(429)
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(((await res.json()) as { error: string }).error).toMatch(/too many/)
    // Other addresses are not affected: the window is per address.
    expect(await postFrom('127.0.0.2', throttled.port)).toBe(201)
  })
})

describe('logs', () => {
  it('never contain a token, whatever path or header carried it', async () => {
    const created = await createSession(open.url)
    const tokens = [created.join, created.view, created.facilitator]
    for (const prefix of ['/s/', '/v/', '/f/', '/sync/', '/api/nope/']) await fetch(`${open.url}${prefix}${created.facilitator}`)
    await fetch(`${open.url}/api/session`, { headers: { authorization: `Bearer ${created.facilitator}` } })
    await fetch(`${open.url}/api/sessions/${created.id}/actions`, { headers: { authorization: `Bearer ${created.join}` } })
    expect(await upgrade(`${open.wsUrl}/sync/${created.view}`)).toBe('open')
    // A refused origin with a token in its path is logged too (and must not show the token).
    expect(await upgrade(`${open.wsUrl}/sync/${created.join}`, { origin: 'https://evil-logs.example' })).toBe(403)
    await logsCaughtUp(open)
    const all = open.logs.join('\n')
    for (const token of tokens) expect(all).not.toContain(token)
  })
})
