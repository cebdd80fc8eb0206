// Changes from the actieoverzicht between meetings: who (a name, as on the board), what (owner, due,
// status, checked by the same rule as every action edit), kept as a bounded log per series.
import { validateActionPatch } from '../actions/edit.ts'
import { MAX_NAME_LENGTH } from '../api/participants.ts'
import { isPlainObject } from '../actions/meta.ts'
import type { ActionPatch } from '../actions/types.ts'
import { hasControlCharacters } from '../text/plainText.ts'
import type { SeriesChange } from './types.ts'

/** Changes kept per series; the oldest go first. A year of fortnightly meetings with 40 actions each fits. */
export const MAX_CHANGES = 1000
/** As long as a display name on the board. */
const MAX_BY_LENGTH = MAX_NAME_LENGTH

export interface SeriesPatch {
  patch: ActionPatch
  by: string
}

const BY_ERROR = `by must be your name, 1 to ${MAX_BY_LENGTH} characters on one line`

/** A PATCH body of …/series/actions/:id: owner, due and/or status as for any action, and `by`. */
export function validateSeriesPatch(input: unknown): { ok: true; value: SeriesPatch } | { ok: false; message: string } {
  if (!isPlainObject(input)) return { ok: false, message: 'expected an object with owner, due and/or status, and by (your name)' }
  const { by, ...rest } = input
  const name = typeof by === 'string' ? by.replace(/\s+/g, ' ').trim() : ''
  const byProblem = name.length < 1 || name.length > MAX_BY_LENGTH || hasControlCharacters(name) ? BY_ERROR : undefined
  const patch = validateActionPatch(rest)
  const problems = [...(patch.ok ? [] : [patch.message]), ...(byProblem ? [byProblem] : [])]
  if (problems.length > 0 || !patch.ok) return { ok: false, message: problems.join('; ') }
  return { ok: true, value: { patch: patch.patch, by: name } }
}

/** The log with `entry` added, at most `max` entries: the newest kept. */
export function keepLatest(log: readonly SeriesChange[], entry: SeriesChange, max = MAX_CHANGES): SeriesChange[] {
  const next = [...log, entry]
  return next.length > max ? next.slice(next.length - max) : next
}
