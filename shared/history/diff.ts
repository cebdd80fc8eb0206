// The change that turns the board's records into a history point's: what to put (missing or different)
// and what to remove (not in the point). Equality is structural, so a record whose keys a client wrote
// in another order is not written again.
import type { BoardRecord } from '../board/boardDoc.ts'

export interface RecordsDiff {
  put: BoardRecord[]
  remove: string[]
}

export function diffRecords(current: readonly BoardRecord[], target: readonly BoardRecord[]): RecordsDiff {
  const now = new Map(current.map((r) => [r.id, r]))
  const wanted = new Set(target.map((r) => r.id))
  const put = target.filter((r) => {
    const there = now.get(r.id)
    return there === undefined || !sameValue(there, r)
  })
  const remove = current.filter((r) => !wanted.has(r.id)).map((r) => r.id)
  return { put, remove }
}

/** Deep equality of JSON values (records are plain JSON). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** What a history point shows of a board: its notes and its areas. */
export function countRecords(records: readonly BoardRecord[]): { notes: number; areas: number } {
  let notes = 0
  let areas = 0
  for (const r of records) {
    if (r.typeName !== 'shape') continue
    if (r.type === 'note') notes++
    else if (r.type === 'sb-area') areas++
  }
  return { notes, areas }
}
