// The facilitator's trash and history routes (shared/api/history.ts) as calls from the browser. Errors
// come back as ApiError with the server's message, for the panel to show.
import type { DeletedListJson, HistoryJson, RestoreDeletedJson, RestoreResultJson } from '../../../shared/api/history.ts'
import { callSession } from '../app/api.ts'
import type { ControlTarget } from '../facilitation/controlApi.ts'

const call = callSession

export const historyApi = {
  deleted: (t: ControlTarget, lang: string) => call<DeletedListJson>(t, 'GET', `deleted?lang=${encodeURIComponent(lang)}`),
  restoreDeleted: (t: ControlTarget, ids: readonly string[]) => call<RestoreDeletedJson>(t, 'POST', 'deleted/restore', { ids }),
  points: (t: ControlTarget) => call<HistoryJson>(t, 'GET', 'history'),
  restorePoint: (t: ControlTarget, at: string) => call<RestoreResultJson>(t, 'POST', 'restore', { at }),
}
