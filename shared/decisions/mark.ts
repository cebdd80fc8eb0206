// Marking a note as a decision (besluit) by hand, as toggleActionMark marks an action: meta.decision =
// { marked }. Fields of meta.decision this version does not know are kept, for the versions that do.
import type { BoardRecord } from '../board/boardDoc.ts'
import { isPlainObject } from '../actions/meta.ts'
import { isMarkedDecision } from './readDecisions.ts'

/** Marks an unmarked note as a decision, or unmarks a marked one (one click); the rest of meta stays. */
export function toggleDecisionMark(record: BoardRecord): BoardRecord {
  const meta = isPlainObject(record.meta) ? record.meta : {}
  const decision = isPlainObject(meta.decision) ? meta.decision : {}
  return { ...record, meta: { ...meta, decision: { ...decision, marked: !isMarkedDecision(record) } } }
}
