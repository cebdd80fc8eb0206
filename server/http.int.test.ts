// Integration: the HTTP interface other programs rely on, against the real server.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, startServerProcess, type ServerProcess } from './testing/serverProcess.ts'

let s: ServerProcess

beforeAll(async () => {
  s = await startServerProcess({ env: { TLDRAW_LICENSE_KEY: 'test-license-key' } })
})
afterAll(async () => {
  await s.stop()
})

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(`${s.url}/api/sessions`, { method: 'POST', headers, body })
}

describe('HTTP API', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${s.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('creates a session with three distinct unguessable tokens', async () => {
    const res = await post(JSON.stringify({ title: '  Centrummanagement Oosterhout ' }))
    expect(res.status).toBe(201)
    const body = (await res.json()) as Record<string, string>
    expect(Object.keys(body).sort()).toEqual(['facilitator', 'id', 'join', 'title', 'view'])
    expect(body.title).toBe('Centrummanagement Oosterhout')
    const tokens = [body.join!, body.view!, body.facilitator!]
    expect(new Set(tokens).size).toBe(3)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{21,}$/)
  })

  it('rejects bad input with 400 and a message, creating nothing', async () => {
    const before = fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')
    for (const body of ['{nope', '{}', JSON.stringify({ title: '' }), JSON.stringify({ title: 'x'.repeat(201) }), JSON.stringify({ title: 42 }), '[]']) {
      const res = await post(body)
      expect(res.status, body).toBe(400)
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(3)
    }
    expect((await post('{"title":"x"}', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await post(JSON.stringify({ title: 'x', pad: 'y'.repeat(100_000) }))).status).toBe(413)
    expect(fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')).toBe(before)
  })

  it('answers every wrong method with 405 and the Allow header, from the one route table', async () => {
    const created = await createSession(s.url)
    const cases: [string, string, string][] = [
      ['GET', '/api/sessions', 'POST'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['GET', `/api/sessions/${created.id}`, 'DELETE, PATCH'],
      ['GET', `/api/sessions/${created.id}/notes`, 'POST'],
      ['DELETE', `/api/sessions/${created.id}/areas`, 'GET'],
      ['GET', `/api/sessions/${created.id}/actions/x`, 'PATCH'],
      ['POST', `/api/sessions/${created.id}/series`, 'GET'],
      ['PATCH', '/api/sessions/import', 'POST'],
    ]
    for (const [method, route, allow] of cases) {
      const res = await fetch(`${s.url}${route}`, { method, headers: { authorization: `Bearer ${created.facilitator}` } })
      expect(res.status, `${method} ${route}`).toBe(405)
      expect(res.headers.get('allow'), `${method} ${route}`).toBe(allow)
      expect(await res.json()).toEqual({ error: `method not allowed; use ${allow}` })
    }
    // A resource that takes no sub-path is no route with one.
    expect((await fetch(`${s.url}/api/sessions/${created.id}/areas/x`)).status).toBe(404)
  })

  it('tells each token its role; the facilitator token is stored only as a hash', async () => {
    const created = await createSession(s.url, 'Veilig Ondernemen')
    const who = async (token: string) => {
      const res = await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })
      return { status: res.status, body: (await res.json()) as Record<string, unknown> }
    }
    expect((await who(created.join)).body).toMatchObject({ id: created.id, role: 'join', title: 'Veilig Ondernemen' })
    expect((await who(created.view)).body).toMatchObject({ role: 'view' })
    expect((await who(created.view)).body.links).toBeUndefined()
    expect((await who(created.facilitator)).body).toMatchObject({
      role: 'facilitator',
      links: { join: created.join, view: created.view },
    })
    expect((await who('unknown-token-unknown-token')).status).toBe(404)
    expect((await fetch(`${s.url}/api/session`)).status).toBe(404)
    const stored = fs.readFileSync(path.join(s.dataDir, 'sessions.json'), 'utf8')
    expect(stored).toContain(created.join)
    expect(stored).not.toContain(created.facilitator)
  })

  it('hands the tldraw license key to the client at run time', async () => {
    const res = await fetch(`${s.url}/api/config`)
    expect(await res.json()).toEqual({ licenseKey: 'test-license-key', createTokenRequired: false, accessibilityContact: null, liveSync: true })
  })

  it('never leaks tokens into the logs', async () => {
    const created = await createSession(s.url)
    await fetch(`${s.url}/f/${created.facilitator}`)
    await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${created.facilitator}` } })
    const all = s.logs.join('\n')
    for (const token of [created.join, created.view, created.facilitator]) expect(all).not.toContain(token)
  })

  it('keeps path tricks inside the client folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/a%00b']) {
      const res = await fetch(`${s.url}${p}`)
      expect([400, 404]).toContain(res.status)
      expect(await res.text()).not.toContain('"samenbord"')
    }
  })
})
