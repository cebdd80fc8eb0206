// The actieoverzicht's calls: the series of the session a link opens, and an update between meetings.
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { SeriesAction, SeriesView } from '../../../shared/series/types.ts'
import { errorFrom } from '../app/api.ts'

export async function fetchSeries(sessionId: string, token: string): Promise<SeriesView> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/series`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
  if (!res.ok) throw await errorFrom(res)
  return (await res.json()) as SeriesView
}

export async function updateSeriesAction(sessionId: string, token: string, actionId: string, patch: ActionPatch, by: string): Promise<SeriesAction> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/series/actions/${encodeURIComponent(actionId)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...patch, by }),
  })
  if (!res.ok) throw await errorFrom(res)
  return ((await res.json()) as { action: SeriesAction }).action
}
