import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { cannotBeRebound, originAllowed, type OriginPolicy } from './origin.ts'

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage
const NONE: OriginPolicy = { publicOrigins: [], allowedOrigins: [] }
const PUBLIC: OriginPolicy = { publicOrigins: ['https://bord.gemeente.example'], allowedOrigins: ['https://intranet.gemeente.example/'] }

describe('originAllowed', () => {
  it('lets programs without Origin through', () => {
    expect(originAllowed(req({ host: 'bord.gemeente.example' }), NONE)).toBe(true)
  })

  it('recognises our own page by Host only at a loopback name or an IP address', () => {
    for (const host of ['127.0.0.1:8080', 'localhost:5173', 'app.localhost:8080', '192.168.1.20:8080', '[::1]:8080', 'localhost']) {
      expect(originAllowed(req({ host, origin: `http://${host}` }), NONE), host).toBe(true)
      expect(originAllowed(req({ host, origin: `https://${host}` }), PUBLIC), host).toBe(true)
    }
    expect(originAllowed(req({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8081' }), NONE)).toBe(false)
  })

  it("refuses a DNS-rebinding page, whose Origin matches Host (or X-Forwarded-Host) at the attacker's name", () => {
    const rebinding = req({ host: 'evil.example:8080', origin: 'http://evil.example:8080' })
    expect(originAllowed(rebinding, NONE)).toBe(false)
    expect(originAllowed(rebinding, PUBLIC)).toBe(false)
    const proxied = req({ host: '127.0.0.1:8080', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' })
    expect(originAllowed(proxied, PUBLIC)).toBe(false)
    // A name that only looks local is still a name.
    expect(originAllowed(req({ host: 'localhost.evil.example', origin: 'http://localhost.evil.example' }), NONE)).toBe(false)
  })

  it('lets pages at PUBLIC_URL and ALLOWED_ORIGINS connect, whatever Host says', () => {
    expect(originAllowed(req({ host: '127.0.0.1:8080', origin: 'https://bord.gemeente.example' }), PUBLIC)).toBe(true)
    expect(originAllowed(req({ host: 'bord.gemeente.example', origin: 'https://BORD.gemeente.example/' }), PUBLIC)).toBe(true)
    expect(originAllowed(req({ host: 'bord.gemeente.example', origin: 'https://intranet.gemeente.example' }), PUBLIC)).toBe(true)
    expect(originAllowed(req({ host: 'bord.gemeente.example', origin: 'http://bord.gemeente.example' }), PUBLIC)).toBe(false)
    expect(originAllowed(req({ host: 'bord.gemeente.example', origin: 'null' }), PUBLIC)).toBe(false)
  })
})

describe('cannotBeRebound', () => {
  it('is true for IP addresses and loopback names, false for other names', () => {
    for (const host of ['10.0.0.5', '10.0.0.5:80', '[fe80::1]:8080', 'localhost:1', 'x.localhost', 'localhost.']) expect(cannotBeRebound(host), host).toBe(true)
    for (const host of ['evil.example', 'localhost.evil.example', '10.0.0.5.nip.io', '[not-ip]:80', 'bordserver'])
      expect(cannotBeRebound(host), host).toBe(false)
  })
})
