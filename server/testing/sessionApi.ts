// Calls to a running server's session API for integration tests: create a session with templates,
// call a session route with a token, read its areas.
import type { CreatedSession } from '../../shared/api/types.ts'

export interface AreaJson {
  id: string
  template: string
  instance: string
  kind: string
  label: string
  lane?: string
}

export function sessionApi(baseUrl: () => string) {
  async function create(templates: string[] = [], title = 'Werkgroep Centrum'): Promise<CreatedSession> {
    const res = await fetch(`${baseUrl()}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, templates }),
    })
    if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`)
    return (await res.json()) as CreatedSession
  }

  /** GET without a body, POST/PATCH with `body` as JSON. */
  function call(session: CreatedSession, path: string, token: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<Response> {
    return fetch(`${baseUrl()}/api/sessions/${session.id}/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  }

  async function json<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
    const r = await res
    const text = await r.text()
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`)
    return JSON.parse(text) as T
  }

  async function areas(session: CreatedSession): Promise<AreaJson[]> {
    return (await json<{ areas: AreaJson[] }>(call(session, 'areas', session.view))).areas
  }

  return { create, call, json, areas }
}
