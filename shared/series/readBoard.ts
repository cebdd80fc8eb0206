// What the series needs from one meeting's board: its actions with the note each was carried from,
// and who stands where on the participation ladder's "now" lane. Read, never stored.
import type { Action } from '../actions/types.ts'
import { isPlainObject } from '../actions/meta.ts'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import type { Outcomes } from '../outcomes/outcomes.ts'
import { RUNGS } from '../templates/layouts/participationLadder.ts'

/** An action on one board, and the note of the previous meeting it was carried from (meta.carriedFrom). */
export interface BoardAction extends Action {
  carriedFrom: string | null
}

/** An actor card on a "now" rung of a participation ladder. `rung`: the rung's key (informeren…). */
export interface LadderPlacement {
  name: string
  rung: string
}

/** The note's meta.carriedFrom when it is a note id (a follow-up wrote it, followUp.ts on the server). */
function carriedFromOf(record: BoardRecord | undefined): string | null {
  const meta = record?.meta
  if (!isPlainObject(meta)) return null
  const from = meta.carriedFrom
  return typeof from === 'string' && from.length > 0 && from.length <= 200 ? from : null
}

export function withOrigins(board: BoardDoc, actions: readonly Action[]): BoardAction[] {
  return actions.map((action) => ({ ...action, carriedFrom: carriedFromOf(board.get(action.noteId)) }))
}

/** Actor cards on the "now" lane of every participation ladder on the board, by rung. Nameless cards say nothing. */
export function ladderNow(outcomes: Outcomes): LadderPlacement[] {
  const out: LadderPlacement[] = []
  for (const template of outcomes.templates) {
    if (template.template !== 'participation-ladder') continue
    for (const area of template.areas) {
      if (area.kind !== 'rung' || area.lane !== 'now') continue
      const rung = area.key.replace(/-now$/, '')
      if (!(RUNGS as readonly string[]).includes(rung)) continue
      for (const item of area.items) if (item.type === 'actor' && item.name.trim()) out.push({ name: item.name.trim(), rung })
    }
  }
  return out
}
