// The facilitator's trash and history routes (shared/api/history.ts) as calls from the browser. Errors
// come back as ApiError with the server's message, for the panel to show.
import type { DeletedListJson, HistoryJson, RestoreDeletedJson, RestoreResultJson } from '../../../shared/api/history.ts'
import { errorFrom } from '../app/api.ts'
import type { ControlTarget } from '../facilitation/controlApi.ts'

async function call<T>(target: ControlTarget, method: 'GET' | 'POST', resource: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(target.sessionId)}/${resource}`, {
    method,
    headers: { authorization: `Bearer ${target.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  })
  if (!res.ok) throw await errorFrom(res)
  return (await res.json()) as T
}

export const historyApi = {
  deleted: (t: ControlTarget, lang: string) => call<DeletedListJson>(t, 'GET', `deleted?lang=${encodeURIComponent(lang)}`),
  restoreDeleted: (t: ControlTarget, ids: readonly string[]) => call<RestoreDeletedJson>(t, 'POST', 'deleted/restore', { ids }),
  points: (t: ControlTarget) => call<HistoryJson>(t, 'GET', 'history'),
  restorePoint: (t: ControlTarget, at: string) => call<RestoreResultJson>(t, 'POST', 'restore', { at }),
}
