// What a silent brainstorm means for a whole board: the notes a browser puts in its private document
// instead of the board, and the ids a participant's canvas still leaves out (notes that reached the
// board during a round anyway). The note's area is computed the way outcomes and the server compute it.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { areaOf, listAreas, type AreaInfo } from '../areas/index.ts'
import { readControl } from '../facilitation/controlDoc.ts'
import { hiddenBySilence, silentRoundCovers } from '../facilitation/silent.ts'
import type { SilentState } from '../facilitation/types.ts'

export interface SilenceViewer {
  /** The browser's author id (meta.createdBy of the notes made there). */
  authorId: string
  isFacilitator: boolean
}

/** The area id of a record, given the board's areas (listAreas order). */
function areaIdLookup(board: BoardDoc, areas: readonly AreaInfo[] = listAreas(board, 'nl')): (record: BoardRecord) => string | undefined {
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
 * Whether a note made now goes to its author's private document rather than the board: a silent
 * round is on and covers where the note is. The browser asks this for every note it creates; the
 * facilitator's and participants' notes alike.
 */
export function goesPrivate(board: BoardDoc, record: BoardRecord): boolean {
  if (record.typeName !== 'shape' || record.type !== 'note') return false
  const silent = readControl(board.doc).silent
  if (!silent.on) return false
  return silentRoundCovers(silent, silent.areaId === null ? undefined : areaIdLookup(board)(record))
}
