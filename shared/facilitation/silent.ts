// Silent brainstorm: while it is on, a participant sees in the chosen area only the notes that were
// there before it started and their own; the facilitator sees everything, and "reveal" ends it.
import type { BoardRecord } from '../board/boardDoc.ts'
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
