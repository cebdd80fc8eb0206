// The actieoverzicht's filters: which actions a status filter and an owner filter keep.
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

function ownerMatches(action: SeriesAction, owner: string | null | undefined): boolean {
  if (owner === undefined) return true
  if (owner === null) return action.owner === null
  return action.owner !== null && action.owner.toLocaleLowerCase('nl') === owner.toLocaleLowerCase('nl')
}

/** Every owner once (first spelling seen), sorted as the language sorts names. */
export function ownersOf(actions: readonly SeriesAction[], collator: Intl.Collator): string[] {
  const names = new Map<string, string>()
  for (const action of actions) if (action.owner && !names.has(action.owner.toLocaleLowerCase('nl'))) names.set(action.owner.toLocaleLowerCase('nl'), action.owner)
  return [...names.values()].sort(collator.compare)
}
