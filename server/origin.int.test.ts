// Integration: the WebSocket origin check against DNS rebinding. A page at http://evil.example:<port>,
// whose name the attacker points at our address, sends Host and Origin that match each other; with
// PUBLIC_URL set only the configured origins (and loopback or IP-address pages) may connect, and
// without it a host name is never taken on the word of the Host header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upgradeOutcome as upgrade } from './testing/rawClients.ts'
import type { CreatedSession } from '../shared/api/types.ts'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'

let configured: ServerProcess
let plain: ServerProcess

beforeAll(async () => {
  ;[configured, plain] = await Promise.all([startServerProcess({ env: { PUBLIC_URL: 'https://bord.gemeente.example' } }), startServerProcess()])
})
afterAll(async () => {
  await Promise.all([configured.stop(), plain.stop()])
})

const syncUrl = (s: ServerProcess, session: CreatedSession) => `${s.wsUrl}/sync/${session.join}`

describe('WebSocket Origin with PUBLIC_URL set', () => {
  it('refuses a DNS-rebinding page with 403, whose Origin equals its Host', async () => {
    const url = syncUrl(configured, await createSession(configured.url))
    const evil = `evil.example:${configured.port}`
    expect(await upgrade(url, { host: evil, origin: `http://${evil}` })).toBe(403)
    // The same through a proxy that forwards the attacker's name.
    expect(await upgrade(url, { host: `127.0.0.1:${configured.port}`, 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' })).toBe(403)
  })

  it('lets pages at PUBLIC_URL connect, whatever Host the proxy sends, and loopback pages too', async () => {
    const url = syncUrl(configured, await createSession(configured.url))
    expect(await upgrade(url, { host: 'bord.gemeente.example', origin: 'https://bord.gemeente.example' })).toBe('open')
    expect(await upgrade(url, { host: `127.0.0.1:${configured.port}`, origin: 'https://bord.gemeente.example' })).toBe('open')
    expect(await upgrade(url, { host: `127.0.0.1:${configured.port}`, origin: `http://127.0.0.1:${configured.port}` })).toBe('open')
    expect(await upgrade(url, { host: 'bord.gemeente.example', origin: 'http://bord.gemeente.example' })).toBe(403)
  })
})

describe('WebSocket Origin without PUBLIC_URL or ALLOWED_ORIGINS', () => {
  it('refuses the DNS-rebinding page too: a host name is never ours by Host alone', async () => {
    const url = syncUrl(plain, await createSession(plain.url))
    const evil = `evil.example:${plain.port}`
    expect(await upgrade(url, { host: evil, origin: `http://${evil}` })).toBe(403)
    // Which is also why a deployment at a host name must set PUBLIC_URL.
    expect(await upgrade(url, { host: 'bord.gemeente.example', origin: 'https://bord.gemeente.example' })).toBe(403)
  })

  it("lets pages at a loopback name or an IP address connect: npm run dev behind Vite's proxy, e2e, a laptop on the LAN", async () => {
    const url = syncUrl(plain, await createSession(plain.url))
    for (const host of [`127.0.0.1:${plain.port}`, `localhost:${plain.port}`, 'localhost:5173', '192.168.1.20:8080', `[::1]:${plain.port}`]) {
      expect(await upgrade(url, { host, origin: `http://${host}` }), host).toBe('open')
    }
    expect(await upgrade(url, {})).toBe('open')
  })
})

describe('/api/config tells a page whether its address may open the board live', () => {
  /** GET /api/config as if the page were served at `host` (fetch cannot set Host; http.request can). */
  async function liveSyncAt(s: ServerProcess, host: string): Promise<unknown> {
    const { request } = await import('node:http')
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: s.port, path: '/api/config', headers: { host } }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve((JSON.parse(body) as { liveSync?: unknown }).liveSync))
      })
      req.on('error', reject)
      req.end()
    })
  }

  it('says no at a host name without PUBLIC_URL (so the page can name the fix) and yes where pages may connect', async () => {
    expect(await liveSyncAt(plain, 'bord.gemeente.example')).toBe(false)
    expect(await liveSyncAt(plain, `127.0.0.1:${plain.port}`)).toBe(true)
    expect(await liveSyncAt(plain, `localhost:${plain.port}`)).toBe(true)
    expect(await liveSyncAt(configured, 'bord.gemeente.example')).toBe(true)
  })
})
