// Calls to a running server's session API for integration tests: create a session with templates or as
// a follow-up, call a session route with a token, read its areas and actions, post notes into an area.
import type { CreatedSession } from '../../shared/api/types.ts'

export interface AreaJson {
  id: string
  template: string
  instance: string
  kind: string
  label: string
  lane?: string
}

/** One action as GET …/actions answers it. */
export interface ActionJson {
  id: string
  text: string
  owner: string | null
  due: string | null
  status: string
  area: string | null
  noteId: string
}

export function sessionApi(baseUrl: () => string) {
  /** POST /api/sessions with this body, authorised by `token` when given (a create token, or a facilitator's for `from`). */
  function post(body: Record<string, unknown>, token?: string): Promise<Response> {
    return fetch(`${baseUrl()}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
  }

  async function created(res: Promise<Response>): Promise<CreatedSession> {
    const r = await res
    if (r.status !== 201) throw new Error(`create session: ${r.status} ${await r.text()}`)
    return (await r.json()) as CreatedSession
  }

  function create(templates: string[] = [], title = 'Werkgroep Centrum'): Promise<CreatedSession> {
    return created(post({ title, templates }))
  }

  /** A follow-up of `previous`, authorised by its facilitator token (templates: none but what the server adds). */
  function followUp(
    previous: CreatedSession,
    { title = 'Werkgroep, vervolg', templates }: { title?: string; templates?: string[] } = {},
  ): Promise<CreatedSession> {
    return created(post({ title, from: previous.id, ...(templates ? { templates } : {}) }, previous.facilitator))
  }

  /** GET without a body, POST/PATCH with `body` as JSON. */
  function call(
    session: Pick<CreatedSession, 'id'>,
    path: string,
    token: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ): Promise<Response> {
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

  /** The id of the session's first area of this kind (e.g. 'actions', 'ideas'). */
  async function areaOf(session: CreatedSession, kind: string): Promise<string> {
    const area = (await areas(session)).find((a) => a.kind === kind)
    if (!area) throw new Error(`no ${kind} area in session ${session.id}`)
    return area.id
  }

  async function actions(session: CreatedSession, token = session.view): Promise<ActionJson[]> {
    return (await json<{ actions: ActionJson[] }>(call(session, 'actions', token))).actions
  }

  /** Posts each text as a note into `area`, one after the other; the new notes' ids, in order. */
  async function postNotes(session: CreatedSession, area: string, texts: readonly string[], token = session.join): Promise<string[]> {
    const ids: string[] = []
    for (const text of texts) ids.push((await json<{ id: string }>(call(session, 'notes', token, { text, area }), 201)).id)
    return ids
  }

  return { post, create, followUp, call, json, areas, areaOf, actions, postNotes }
}
