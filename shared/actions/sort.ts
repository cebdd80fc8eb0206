// The order of a list of actions: one rule for the action panel beside the board and every export
// (Word, PDF, Markdown, CSV, ics, JSON), so a list on screen and the plan sent round can be compared
// line by line.
import type { Lang } from '../i18n/translate.ts'
import { isIsoDate } from './dates.ts'
import { ACTION_STATUSES, type Action } from './types.ts'

/** What a list is ordered by first; the rest follows as the chains below say. */
export const ACTION_SORTS = ['due', 'owner', 'status'] as const
export type ActionSort = (typeof ACTION_SORTS)[number]

type Compare = (a: Action, b: Action) => number

/** Values that are missing (no date, no owner) come after those that are there: they still need one. */
function missingLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1
  return b === null ? -1 : compare(a, b)
}

/** A due date that is no calendar day counts as none. */
const dueOf = (action: Action): string | null => (isIsoDate(action.due) ? action.due : null)

/**
 * The actions in the order `sort` names, ties in board order (the order readActions gives):
 * by due date (undated last), then owner (unowned last), or by owner then due date, or by status
 * (open, doing, done, dropped) then due date and owner. Owners compare as the language sorts names.
 */
export function sortActions(actions: readonly Action[], lang: Lang, sort: ActionSort = 'due'): Action[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  const due: Compare = (a, b) => missingLast(dueOf(a), dueOf(b), (x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const owner: Compare = (a, b) => missingLast(a.owner || null, b.owner || null, collator.compare)
  const status: Compare = (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status)
  const chain: Record<ActionSort, Compare[]> = { due: [due, owner], owner: [owner, due], status: [status, due, owner] }
  return actions
    .map((action, index) => ({ action, index }))
    .sort((x, y) => {
      for (const compare of chain[sort]) {
        const result = compare(x.action, y.action)
        if (result !== 0) return result
      }
      return x.index - y.index
    })
    .map(({ action }) => action)
}
