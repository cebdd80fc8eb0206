// Which client updates the server applies. Runs on the analysis of an update (updateGuard.ts) before
// anything is applied, so a refused update leaves the document, the log and the other screens alone.
//
//   view link                                   → dropped (the view link only watches)
//   writes participants / control / votes       → connection closed with 4403: only the server
//                                                 writes them (the facilitator through the HTTP API)
//   something Yjs could not integrate yet       → not applied; the client is asked to send its whole
//                                                 difference again (a self-contained update we can judge)
//   join link while the board is locked         → dropped
//   join link changing or removing locked template structure while the structure is locked → dropped
// The facilitator is never held back by the locks.
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { PROTECTED_ROOTS } from '../../shared/board/boardDoc.ts'
import { isLockedStructure, structureChangeRefused, type StructureShapeLike } from '../../shared/facilitation/structureLock.ts'
import type { LockState } from '../../shared/facilitation/types.ts'
import type { Role } from '../storage/types.ts'
import { CloseCode } from './protocol.ts'
import type { RecordTouch, UpdateAnalysis } from './updateGuard.ts'

export type Verdict =
  | { do: 'apply' }
  | { do: 'drop'; why: string }
  | { do: 'resync'; why: string }
  | { do: 'close'; code: number; reason: string }

export interface PolicyContext {
  role: Role
  /** Read only when needed (join links): the lock as the document says now. */
  lock: () => LockState
  /** The record stored under a key now, before the update. */
  current: (key: string) => BoardRecord | undefined
}

const APPLY: Verdict = { do: 'apply' }

export function judgeUpdate(analysis: UpdateAnalysis, ctx: PolicyContext): Verdict {
  if (ctx.role === 'view') return { do: 'drop', why: 'view links cannot edit' }
  for (const root of analysis.roots) {
    if (PROTECTED_ROOTS.has(root)) {
      return { do: 'close', code: CloseCode.forbidden, reason: `"${root}" is written by the server only` }
    }
  }
  const lock = ctx.role === 'join' ? ctx.lock() : undefined
  // Locked: everything from a join link is dropped, judged or not.
  if (lock?.board) return { do: 'drop', why: 'the board is locked by the facilitator' }
  if (analysis.unresolved) return { do: 'resync', why: 'update depends on changes the server does not have' }
  if (lock?.structure && changesLockedStructure(analysis, ctx.current)) {
    return { do: 'drop', why: 'the template structure is locked by the facilitator' }
  }
  return APPLY
}

function asLockedStructure(val: Record<string, unknown> | undefined): StructureShapeLike | undefined {
  if (!val || val.typeName !== 'shape') return undefined
  const shape = val as unknown as StructureShapeLike
  return isLockedStructure(shape) ? shape : undefined
}

/**
 * Whether the update moves, changes, unlocks or removes a locked area or label that is on the board.
 * New structure (a template a participant inserts) is fine; so is a cluster (an unlocked area). The
 * same rule as the participants' client applies (structureChangeRefused), so what a client lets
 * through, the server takes.
 */
function changesLockedStructure(analysis: UpdateAnalysis, current: (key: string) => BoardRecord | undefined): boolean {
  if (analysis.inserted.length === 0 && analysis.deleted.length === 0) return false
  const next = new Map<string, RecordTouch>()
  for (const touch of analysis.inserted) next.set(touch.key, touch)
  const before = new Map<string, StructureShapeLike>()
  for (const touch of analysis.deleted) {
    const locked = asLockedStructure(touch.val)
    if (locked) before.set(touch.key, locked)
  }
  // An entry added for a key without taking the old one away (YKeyValue keeps the right-most): judged
  // against what is stored now.
  for (const key of next.keys()) {
    if (before.has(key)) continue
    const stored = current(key)
    const locked = stored && asLockedStructure(stored)
    if (locked) before.set(key, locked)
  }
  for (const [key, prev] of before) {
    const after = next.get(key)?.val
    if (!after || after.typeName !== 'shape') return true
    if (structureChangeRefused(prev, after as unknown as StructureShapeLike)) return true
  }
  return false
}
