import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { RouteTable, type RouteCall } from './routeTable.ts'

/** A response that records what was written. */
function recorder() {
  const sent: { status?: number; headers?: Record<string, unknown>; body?: string } = {}
  const res = {
    headersSent: false,
    writeHead(status: number, headers: Record<string, unknown>) {
      sent.status = status
      sent.headers = headers
    },
    end(body?: string) {
      sent.body = body
    },
  } as unknown as ServerResponse
  return { res, sent }
}

const req = (method: string) => ({ method, headers: {} }) as unknown as IncomingMessage

describe('RouteTable', () => {
  const calls: string[] = []
  const record = (name: string) => (call: RouteCall<null>) => void calls.push(`${name} ${JSON.stringify(call.params)}`)
  const table = new RouteTable<null>(
    { 'POST /api/sessions/import': record('import') },
    { 'DELETE /api/sessions/:id': record('delete'), 'PATCH /api/sessions/:id': record('patch') },
    { 'PATCH /api/sessions/:id/actions/:sub': record('action'), 'GET /api/sessions/:id/series/?': record('series') },
  )
  const dispatch = async (method: string, path: string) => {
    const { res, sent } = recorder()
    calls.length = 0
    const handled = await table.dispatch(req(method), res, path, new URLSearchParams(), null)
    return { handled, sent, calls: [...calls] }
  }

  it('runs the handler of the first matching path with its named parameters, percent-decoded', async () => {
    expect((await dispatch('PATCH', '/api/sessions/abc_-1/actions/a%20b')).calls).toEqual(['action {"id":"abc_-1","sub":"a b"}'])
    expect((await dispatch('DELETE', '/api/sessions/abc')).calls).toEqual(['delete {"id":"abc"}'])
    // A literal path listed first is not taken for an :id.
    expect((await dispatch('POST', '/api/sessions/import')).calls).toEqual(['import {}'])
  })

  it('answers 405 with Allow in the order the methods were listed', async () => {
    const { handled, sent, calls } = await dispatch('GET', '/api/sessions/abc')
    expect(handled).toBe(true)
    expect(calls).toEqual([])
    expect(sent.status).toBe(405)
    expect(sent.headers?.allow).toBe('DELETE, PATCH')
    expect(JSON.parse(sent.body!)).toEqual({ error: 'method not allowed; use DELETE, PATCH' })
    expect((await dispatch('PATCH', '/api/sessions/import')).sent.headers?.allow).toBe('POST')
  })

  it('takes a trailing slash only where the path says /?', async () => {
    expect((await dispatch('GET', '/api/sessions/abc/series/')).calls).toEqual(['series {"id":"abc"}'])
    expect((await dispatch('DELETE', '/api/sessions/abc/')).handled).toBe(false)
  })

  it('does not match session ids outside [A-Za-z0-9_-]{1,64}, nor segments over 200 characters', async () => {
    expect((await dispatch('DELETE', `/api/sessions/${'a'.repeat(65)}`)).handled).toBe(false)
    expect((await dispatch('DELETE', '/api/sessions/a.b')).handled).toBe(false)
    expect((await dispatch('PATCH', `/api/sessions/abc/actions/${'x'.repeat(201)}`)).handled).toBe(false)
  })

  it('answers 400 for a malformed percent-escape, without running the handler', async () => {
    const { sent, calls } = await dispatch('PATCH', '/api/sessions/abc/actions/%E0%A4%A')
    expect(sent.status).toBe(400)
    expect(calls).toEqual([])
  })

  it('refuses the same method and path twice', () => {
    expect(() => new RouteTable<null>({ 'GET /a': () => {} }, { 'GET /a': () => {} })).toThrow(/twice/)
  })
})
