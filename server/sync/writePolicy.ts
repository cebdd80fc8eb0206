// Which client updates the server applies. Runs on the analysis of an update (updateGuard.ts) before
// anything is applied, so a refused update leaves the document, the log and the other screens alone.
//
//   view link                                   → dropped (the view link only watches)
//   would grow the document past MAX_DOC_BYTES  → connection closed with 4413, nothing applied (the
//                                                 server's own writes meet the same rule: serverWrite.ts)
//   writes meta / participants / control / votes → connection closed with 4403: only the server
//                                                 writes them (the facilitator through the HTTP API)
//   writes into records what the board cannot hold (not a plain { key, val } entry, or a record the
//   record rules refuse: unknown type, invalid for tldraw, too large, key ≠ id)
//                                               → connection closed with 4422, whoever sent it
//   something Yjs could not integrate yet       → not applied; the client is asked to send its whole
//                                                 difference again (a self-contained update we can judge)
//   join link while the board is locked         → dropped
//   would leave a shape without its parent, a parent cycle, a binding without its shapes, or the board
//   without its document or last page          → dropped (two people's honest edits can cross like this)
//   join link changing or removing locked template structure while the structure is locked → dropped
//   join link creating a page, an asset or a media shape (image, video, bookmark, embed), or removing
//   a page                                      → dropped
//                                                 (shared/board/rolePolicy.ts; stock tldraw makes these,
//                                                 so like a lock it is a refusal, not an attack: closing
//                                                 would only make the client reconnect and resend it)
// The facilitator is never held back by the locks.
import type { BoardRecord } from '../../shared/board/boardDoc.ts'
import { PROTECTED_ROOTS } from '../../shared/board/boardDoc.ts'
import { recordProblem, structureProblem, type BoardAfter } from '../../shared/board/recordRules.ts'
import { creationRefused, removalRefused } from '../../shared/board/rolePolicy.ts'
import { isLockedStructure, structureChangeRefused, type StructureShapeLike } from '../../shared/facilitation/structureLock.ts'
import type { LockState } from '../../shared/facilitation/types.ts'
import type { Role } from '../storage/types.ts'
import { CloseCode } from './protocol.ts'
import type { UpdateAnalysis } from './updateGuard.ts'

export type Verdict = { do: 'apply' } | { do: 'drop'; why: string } | { do: 'resync'; why: string } | { do: 'close'; code: number; reason: string }

export interface PolicyContext {
  role: Role
  /** Read only when needed (join links): the lock as the document says now. */
  lock: () => LockState
  /** The record stored under a key now, before the update. */
  current: (key: string) => BoardRecord | undefined
  /** Every record on the board now, before the update; read only for updates that remove records. */
  all: () => Iterable<BoardRecord>
  /** Whether the document may grow by this many bytes and stay within MAX_DOC_BYTES (limits/docSize.ts). */
  fits: (bytes: number) => boolean
}

/** Why no write, a client's or the server's, may take the document past its size limit: the one rule. */
const TOO_LARGE_REASON = 'document too large'

/** The size rule every writer passes: an update that would grow the document past its limit, whole or not at all. */
export function outgrowsDocument(bytes: number, fits: (bytes: number) => boolean): boolean {
  return bytes > 0 && !fits(bytes)
}

const APPLY: Verdict = { do: 'apply' }

export function judgeUpdate(analysis: UpdateAnalysis, ctx: PolicyContext): Verdict {
  if (ctx.role === 'view') return { do: 'drop', why: 'view links cannot edit' }
  // Before anything else, as when the socket layer judged it: refused whole, the document unchanged.
  if (outgrowsDocument(analysis.bytes, ctx.fits)) return { do: 'close', code: CloseCode.tooLarge, reason: TOO_LARGE_REASON }
  for (const root of analysis.roots) {
    if (PROTECTED_ROOTS.has(root)) {
      return { do: 'close', code: CloseCode.forbidden, reason: `"${root}" is written by the server only` }
    }
  }
  if (analysis.malformed.length > 0) {
    return { do: 'close', code: CloseCode.invalidRecord, reason: `records: ${analysis.malformed[0]}` }
  }
  for (const touch of analysis.inserted) {
    const problem = recordProblem(touch.key, touch.val)
    if (problem) return { do: 'close', code: CloseCode.invalidRecord, reason: `invalid record ${problem}` }
  }
  const lock = ctx.role === 'join' ? ctx.lock() : undefined
  // Locked: everything from a join link is dropped, judged or not.
  if (lock?.board) return { do: 'drop', why: 'the board is locked by the facilitator' }
  if (analysis.unresolved) return { do: 'resync', why: 'update depends on changes the server does not have' }
  if (analysis.inserted.length === 0 && analysis.deleted.length === 0) return APPLY
  const change = recordChange(analysis, ctx.current)
  const notAllowed = refusedCreation(ctx.role, change, ctx.current)
  if (notAllowed) return { do: 'drop', why: notAllowed }
  const broken = structureProblem(change.written.values(), change.removed, boardAfter(change, ctx))
  if (broken) return { do: 'drop', why: `the board would break: ${broken}` }
  if (lock?.structure && changesLockedStructure(change, ctx.current)) {
    return { do: 'drop', why: 'the template structure is locked by the facilitator' }
  }
  return APPLY
}

/** What an update does to the board, by record id (= key: recordProblem made sure of that). */
interface RecordChange {
  /** Records the update writes; the last entry per id in the update wins, as YKeyValue's right-most. */
  written: Map<string, BoardRecord>
  /** Ids whose current record the update deletes without writing it again. */
  removed: Set<string>
}

function recordChange(analysis: UpdateAnalysis, current: (key: string) => BoardRecord | undefined): RecordChange {
  const written = new Map<string, BoardRecord>()
  for (const touch of analysis.inserted) written.set(touch.key, touch.val as BoardRecord)
  const removed = new Set<string>()
  for (const touch of analysis.deleted) {
    // Deleting a stale duplicate of a key changes nothing; only deleting the entry that is read counts.
    if (!written.has(touch.key) && touch.val !== undefined && touch.val === current(touch.key)) removed.add(touch.key)
  }
  return { written, removed }
}

function boardAfter(change: RecordChange, ctx: PolicyContext): BoardAfter {
  const { written, removed } = change
  return {
    get: (id) => written.get(id) ?? (removed.has(id) ? undefined : ctx.current(id)),
    *all() {
      for (const record of ctx.all()) if (!written.has(record.id) && !removed.has(record.id)) yield record
      yield* written.values()
    },
  }
}

/** Why the update creates a record the role may not create (a page, an asset, a media shape) or removes a page. */
function refusedCreation(role: Role, change: RecordChange, current: (key: string) => BoardRecord | undefined): string | undefined {
  for (const [id, next] of change.written) {
    const refused = creationRefused(role, next, current(id))
    if (refused) return `${refused}: ${id}`
  }
  for (const id of change.removed) {
    const before = current(id)
    const refused = before && removalRefused(role, before)
    if (refused) return `${refused}: ${id}`
  }
  return undefined
}

/**
 * Whether the update changes in any way, or removes, a locked area or label that is on the board.
 * New structure (a template a participant inserts) is fine; so is a cluster (an unlocked area). The
 * same rule as the participants' client applies (structureChangeRefused), so what a client lets
 * through, the server takes.
 */
function changesLockedStructure(change: RecordChange, current: (key: string) => BoardRecord | undefined): boolean {
  for (const id of change.removed) {
    const prev = current(id)
    if (prev?.typeName === 'shape' && isLockedStructure(prev as unknown as StructureShapeLike)) return true
  }
  for (const [id, next] of change.written) {
    const prev = current(id)
    if (prev?.typeName !== 'shape') continue
    const before = prev as unknown as StructureShapeLike
    if (!isLockedStructure(before)) continue
    if (next.typeName !== 'shape' || structureChangeRefused(before, next as unknown as StructureShapeLike)) return true
  }
  return false
}
