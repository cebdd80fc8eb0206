// The Terugblik's rule: a status lane (an area of kind 'review') is keyed by an action status, and an
// action note in it HAS that status. Where the note sits wins over meta.action.status, so moving a note
// to another lane changes its status for everyone, live, through the ordinary board sync; a status
// chosen in the actions panel moves the note to that lane instead (moveToLane.ts), so the two never
// disagree. Outside a lane (dragged out onto the board) meta.action.status applies again.
import { isActionStatus } from '../actions/meta.ts'
import type { ActionStatus } from '../actions/types.ts'

export const REVIEW_KIND = 'review'

/** The status a review lane stands for; undefined for any other area, or a lane with an unknown key. */
export function laneStatus(area: { kind: string; key: string } | undefined): ActionStatus | undefined {
  if (area?.kind !== REVIEW_KIND) return undefined
  return isActionStatus(area.key) ? area.key : undefined
}
