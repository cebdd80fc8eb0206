// Decisions (besluiten): notes the room agreed on. A note is a decision when it sits in a 'decisions'
// area or someone marked it (meta.decision.marked), as a note becomes an action. Read, never stored.
import { listAreas, type AreaInfo } from '../areas/areas.ts'
import { shapePageBounds, type ById } from '../areas/geometry.ts'
import { areaOf } from '../areas/membership.ts'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import type { Lang } from '../i18n/translate.ts'
import { isPlainObject } from '../actions/meta.ts'
import { isNote } from '../actions/readActions.ts'

export interface Decision {
  /** The note's id. */
  id: string
  text: string
  /** Id and label of the area the note sits in, or null. */
  area: string | null
  areaLabel: string | null
}

/** Whether someone marked the note as a decision (meta.decision.marked === true). */
export function isMarkedDecision(record: BoardRecord): boolean {
  const meta = record.meta
  return isPlainObject(meta) && isPlainObject(meta.decision) && meta.decision.marked === true
}

function isDecisionNote(record: BoardRecord, area: Pick<AreaInfo, 'kind'> | undefined): boolean {
  return isNote(record) && (area?.kind === 'decisions' || isMarkedDecision(record))
}

/** Every decision on the board, by area (listAreas order, none last), then reading order. Empty notes are left out. */
export function readDecisions(board: BoardDoc, lang: Lang): Decision[] {
  const areas = listAreas(board, lang)
  const rank = new Map(areas.map((area, i) => [area.id, i]))
  const byId: ById = (id) => board.get(id)
  const found: Array<{ decision: Decision; rank: number; y: number; x: number }> = []
  for (const record of board.all()) {
    if (!isNote(record)) continue
    const area = areaOf(record, areas, byId)
    if (!isDecisionNote(record, area)) continue
    const text = noteText(record).trim()
    if (text === '') continue
    const box = shapePageBounds(record, byId)
    found.push({
      decision: { id: record.id, text, area: area?.id ?? null, areaLabel: area ? area.label || null : null },
      rank: area ? rank.get(area.id)! : Infinity,
      y: box?.y ?? Infinity,
      x: box?.x ?? Infinity,
    })
  }
  const cmp = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1)
  found.sort((a, b) => cmp(a.rank, b.rank) || cmp(a.y, b.y) || cmp(a.x, b.x) || (a.decision.id < b.decision.id ? -1 : 1))
  return found.map((f) => f.decision)
}
