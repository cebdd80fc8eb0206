// The actieoverzicht's filters: which actions a status filter and an owner filter keep.
import { ownerMatches } from '../actions/ownerFilter.ts'
import type { SeriesAction } from './types.ts'

export const SERIES_FILTERS = ['all', 'open', 'late', 'done', 'dropped'] as const
export type SeriesFilter = (typeof SERIES_FILTERS)[number]

/** `owner`: undefined for everyone, null for actions without one, else a name (letter case ignored). */
export function filterActions(actions: readonly SeriesAction[], status: SeriesFilter, owner?: string | null): SeriesAction[] {
  return actions.filter((action) => statusMatches(action, status) && ownerMatches(action, owner))
}

function statusMatches(action: SeriesAction, filter: SeriesFilter): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'open':
      return action.status === 'open' || action.status === 'doing'
    case 'late':
      return action.late
    default:
      return action.status === filter
  }
}
