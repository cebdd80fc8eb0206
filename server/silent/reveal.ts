// The reveal's plan: which private notes go onto the board, checked against the board as it is now.
// Pure: reads the board, writes nothing (the caller writes `put` in one server transaction).
import type { BoardDoc, BoardRecord } from '../../shared/board/boardDoc.ts'
import { privateNoteProblem } from '../../shared/facilitation/silent.ts'
import type { CollectedNotes } from './privateDocs.ts'

export interface RevealPlan {
  /** Notes to write onto the board. */
  put: BoardRecord[]
  /** Per participant: the ids merged, and those dropped for good (not a note the board can hold). */
  settled: Map<string, { merged: string[]; dropped: string[] }>
  /** What was dropped and why (for the log; never the texts). */
  problems: Array<{ participant: string; id: string; problem: string }>
  /** Notes left in their private document because the board would outgrow MAX_DOC_BYTES. */
  deferred: number
}

/**
 * Why this private note cannot go onto the board now, or undefined: the board's record rules
 * (privateNoteProblem → recordProblem), and a place on this board.
 */
export function revealProblem(record: BoardRecord, board: BoardDoc): string | undefined {
  const basic = privateNoteProblem(record.id, record)
  if (basic) return basic
  const existing = board.get(record.id)
  // Its author's note already revealed (a copy that came back later) is replaced; anything else is not.
  if (existing && (existing.typeName !== 'shape' || existing.type !== 'note'))
    return `${record.id} is taken on the board by a ${String(existing.type ?? existing.typeName)}`
  if (!board.get(record.parentId as string)) return `the parent ${String(record.parentId).slice(0, 80)} of ${record.id} is not on the board`
  return undefined
}

/** `fits(bytes)`: whether the board may grow by this much more (MAX_DOC_BYTES). */
export function planReveal(board: BoardDoc, collected: readonly CollectedNotes[], fits: (bytes: number) => boolean): RevealPlan {
  const plan: RevealPlan = { put: [], settled: new Map(), problems: [], deferred: 0 }
  let bytes = 0
  const taken = new Set<string>()
  for (const { participant, records } of collected) {
    const settled = { merged: [] as string[], dropped: [] as string[] }
    plan.settled.set(participant, settled)
    for (const record of records) {
      const problem = taken.has(record.id) ? `${record.id} is another participant's note` : revealProblem(record, board)
      if (problem) {
        settled.dropped.push(record.id)
        plan.problems.push({ participant, id: record.id, problem })
        continue
      }
      const size = JSON.stringify(record).length
      if (!fits(bytes + size)) {
        plan.deferred++
        continue
      }
      bytes += size
      taken.add(record.id)
      plan.put.push(record)
      settled.merged.push(record.id)
    }
  }
  return plan
}
