// The actieoverzicht's calls: the series of the session a link opens, and an update between meetings.
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { SeriesAction, SeriesView } from '../../../shared/series/types.ts'
import { sendJson, sessionApiPath } from '../app/api.ts'

export function fetchSeries(sessionId: string, token: string): Promise<SeriesView> {
  return sendJson<SeriesView>(token, 'GET', `${sessionApiPath(sessionId)}/series`)
}

export async function updateSeriesAction(sessionId: string, token: string, actionId: string, patch: ActionPatch, by: string): Promise<SeriesAction> {
  const url = `${sessionApiPath(sessionId)}/series/actions/${encodeURIComponent(actionId)}`
  return (await sendJson<{ action: SeriesAction }>(token, 'PATCH', url, { ...patch, by })).action
}
