// The actions on a board, as data: one pure function over the document, shared by the actions panel,
// the exports and the API so that they all list the same actions in the same order.
import type { AreaInfo } from '../areas/areas.ts'
import { listAreas } from '../areas/areas.ts'
import { shapePageBounds, type ById } from '../areas/geometry.ts'
import { areaOf } from '../areas/membership.ts'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import type { Lang } from '../i18n/translate.ts'
import { voteCount } from '../outcomes/votes.ts'
import { boardKnownNames, type KnownNames } from './knownNames.ts'
import { actionMeta, rawActionMeta } from './meta.ts'
import { parseQuickSyntax } from './parse.ts'
import { laneStatus } from '../review/lanes.ts'
import type { Action } from './types.ts'

export function isNote(record: BoardRecord): boolean {
  return record.typeName === 'shape' && record.type === 'note'
}

/**
 * Whether a note is an action: it sits in an `actions` area or a Terugblik status lane (`review`), or
 * someone marked it. Membership is where the note is now, so dragging it out of the Acties column
 * makes it an idea again, unless marked.
 */
function isActionNote(record: BoardRecord, area: Pick<AreaInfo, 'kind'> | undefined): boolean {
  return isNote(record) && (area?.kind === 'actions' || area?.kind === 'review' || actionMeta(record).marked === true)
}

/**
 * The action a note stands for, or undefined when it is none. Fields set by hand (meta.action) win
 * over the quick syntax in the text, an explicit null included. An empty note in the Acties column is
 * someone about to type, not an action, unless meta.action shows someone has worked on it.
 */
export function noteAction(record: BoardRecord, area: AreaInfo | undefined, reference: Date, votes = 0, known?: KnownNames): Action | undefined {
  if (!isActionNote(record, area)) return undefined
  const raw = noteText(record)
  if (raw.trim() === '' && Object.keys(rawActionMeta(record)).length === 0) return undefined
  const meta = actionMeta(record)
  // The owner and date set by hand also decide which words of the text they replace, so it is clean.
  const parsed = parseQuickSyntax(raw, reference, { known, owner: meta.owner, due: meta.due })
  return {
    id: record.id,
    noteId: record.id,
    text: parsed.text,
    owner: meta.owner !== undefined ? meta.owner : parsed.owner,
    due: meta.due !== undefined ? meta.due : parsed.due,
    // In a Terugblik lane the lane is the status, over meta.action.status (shared/review/lanes.ts).
    status: laneStatus(area) ?? meta.status ?? 'open',
    area: area?.id ?? null,
    areaLabel: area ? area.label || null : null,
    votes,
  }
}

interface Placed {
  action: Action
  /** Position of the note's area in listAreas order; Infinity for no area (listed last). */
  rank: number
  y: number
  x: number
}

function compare(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1
}

/** By area, then reading order (top to bottom, left to right), then id so equal spots stay stable. */
function byPlace(a: Placed, b: Placed): number {
  return compare(a.rank, b.rank) || compare(a.y, b.y) || compare(a.x, b.x) || (a.action.id < b.action.id ? -1 : a.action.id > b.action.id ? 1 : 0)
}

/**
 * Every action on the board: notes in `actions` areas and marked notes anywhere. Ordered by area
 * (areas in listAreas order, actions in no area last), then reading order. `reference` is the
 * workshop's date, the day relative to which dates on notes are read; `lang` translates area labels;
 * `knownNames` adds names to the board's own (participants, owners set by hand), e.g. the series' owners.
 */
export function readActions(board: BoardDoc, opts: { reference: Date; lang: Lang; knownNames?: readonly string[] }): Action[] {
  const areas = listAreas(board, opts.lang)
  const known = boardKnownNames(board, opts.knownNames)
  const rank = new Map(areas.map((area, i) => [area.id, i]))
  const byId: ById = (id) => board.get(id)
  const placed: Placed[] = []
  for (const record of board.all()) {
    if (!isNote(record)) continue
    // Every note needs its area: it decides both whether the note is an action and its label.
    const area = areaOf(record, areas, byId)
    const action = noteAction(record, area, opts.reference, voteCount(board, record), known)
    if (!action) continue
    // A note whose parent chain is broken has no place on the page: last, like an area-less one.
    const box = shapePageBounds(record, byId)
    placed.push({
      action,
      rank: area ? rank.get(area.id)! : Infinity,
      y: box?.y ?? Infinity,
      x: box?.x ?? Infinity,
    })
  }
  return placed.sort(byPlace).map((p) => p.action)
}
