// What a silent brainstorm hides, for a whole board at once: the ids a participant's canvas leaves
// out, and the new notes the facilitator sees counted. Built on hiddenBySilence (one note at a time),
// with the note's area computed the way outcomes and the server compute it.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { areaOf, listAreas, type AreaInfo } from '../areas/index.ts'
import { hiddenBySilence, noteOrigin } from '../facilitation/silent.ts'
import type { SilentState } from '../facilitation/types.ts'

export interface SilenceViewer {
  /** The browser's author id (meta.createdBy of the notes made there). */
  authorId: string
  isFacilitator: boolean
}

/** The area id of a record, given the board's areas (listAreas order). */
export function areaIdLookup(board: BoardDoc, areas: readonly AreaInfo[] = listAreas(board, 'nl')): (record: BoardRecord) => string | undefined {
  const byId = (id: string) => board.get(id)
  return (record) => areaOf(record, areas, byId)?.id
}

/** The notes this viewer should not see now (empty when silence is off or for the facilitator). */
export function silentHiddenIds(board: BoardDoc, silent: SilentState, viewer: SilenceViewer): Set<string> {
  const hidden = new Set<string>()
  if (!silent.on || viewer.isFacilitator) return hidden
  const areaIdOf = areaIdLookup(board)
  for (const record of board.all()) {
    if (hiddenBySilence(record, silent, viewer, areaIdOf)) hidden.add(record.id)
  }
  return hidden
}

/**
 * The notes written during the round in its area (anyone's, the facilitator's own too): what the
 * facilitator sees counted while participants see only their own.
 */
export function silentRoundNotes(board: BoardDoc, silent: SilentState): BoardRecord[] {
  if (!silent.on) return []
  const areaIdOf = areaIdLookup(board)
  return board.all().filter((record) => {
    if (record.typeName !== 'shape' || record.type !== 'note') return false
    if (silent.areaId !== null && areaIdOf(record) !== silent.areaId) return false
    const { createdAt } = noteOrigin(record)
    return createdAt === null || createdAt >= silent.since
  })
}

/** How many different people wrote the round's notes (notes of unknown authorship count as one each). */
export function silentAuthors(notes: readonly BoardRecord[]): number {
  const authors = new Set<string>()
  notes.forEach((note, i) => authors.add(noteOrigin(note).createdBy ?? `?${i}`))
  return authors.size
}
