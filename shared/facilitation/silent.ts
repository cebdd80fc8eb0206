// Silent brainstorm: while it is on, each participant's new notes in the chosen area (or anywhere when
// it has none) stay in that participant's private document, known to them and the server only, until
// the reveal merges them into the board. The browser-side hiding below is kept for notes that reach
// the board during a round anyway (a client from before private documents, a note the server wrote).
import type { BoardRecord } from '../board/boardDoc.ts'
import { recordProblem } from '../board/recordRules.ts'
import type { SilentState } from './types.ts'

/** Who made a note and when (server-independent: the creating client stamps meta.createdBy/At). */
export interface NoteOrigin {
  createdBy: string | null
  createdAt: number | null
}

export function noteOrigin(record: BoardRecord): NoteOrigin {
  const meta = (record.meta ?? {}) as Record<string, unknown>
  return {
    createdBy: typeof meta.createdBy === 'string' ? meta.createdBy : null,
    createdAt: typeof meta.createdAt === 'number' ? meta.createdAt : null,
  }
}

/**
 * Whether `viewer` (a browser's author id) should not see this note now. `areaIdOf` tells which area
 * the note sits in; notes of unknown age count as new, so nothing written during the round leaks.
 */
export function hiddenBySilence(
  record: BoardRecord,
  silent: SilentState,
  viewer: { authorId: string; isFacilitator: boolean },
  areaIdOf: (record: BoardRecord) => string | undefined,
): boolean {
  if (!silent.on || viewer.isFacilitator || record.type !== 'note') return false
  if (silent.areaId !== null && areaIdOf(record) !== silent.areaId) return false
  const { createdBy, createdAt } = noteOrigin(record)
  if (createdBy === viewer.authorId) return false
  return createdAt === null || createdAt >= silent.since
}

/** Whether the round covers a note in `areaId` (the round's own area, or any area when it has none). */
export function silentRoundCovers(silent: SilentState, areaId: string | undefined): boolean {
  return silent.on && (silent.areaId === null || areaId === silent.areaId)
}

/** Ids of notes a private document may hold: what tldraw and our note API make (`shape:` + nanoid). */
const PRIVATE_NOTE_ID = /^shape:[A-Za-z0-9_-]{1,64}$/

/**
 * Why an entry may not live in a participant's private document, or undefined when it may: a sticky
 * note stored under its own id. The server refuses anything else there, and checks it again (with the
 * board at hand) before the reveal merges it.
 */
export function privateNoteProblem(key: string, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `entry "${key.slice(0, 80)}" is not a record`
  const record = value as Record<string, unknown>
  if (record.typeName !== 'shape' || record.type !== 'note') return 'a private document holds sticky notes only'
  if (typeof record.id !== 'string' || !PRIVATE_NOTE_ID.test(record.id)) return 'a private note needs an id "shape:<1-64 of A-Z a-z 0-9 _ ->"'
  if (record.id !== key) return `entry "${key.slice(0, 80)}" holds record ${record.id}`
  if (typeof record.parentId !== 'string') return `note ${record.id} has no parent`
  // The same record rules as every write into the board: what is revealed must be a note the board can hold.
  return recordProblem(key, value)
}
