// Which of last time's actions a follow-up session carries. Open and in-progress ones always. With a
// Terugblik on the new board, the closed ones (done, dropped) come too, in their lanes, so the room
// confirms them, except those that were already closed when they arrived last time and still are:
// otherwise every finished action would come back to every meeting of the working group for ever.
import { isActionStatus, isPlainObject } from '../actions/meta.ts'
import type { Action, ActionStatus } from '../actions/types.ts'
import type { BoardRecord } from '../board/boardDoc.ts'

const CLOSED: readonly ActionStatus[] = ['done', 'dropped']

export function isClosed(status: ActionStatus): boolean {
  return CLOSED.includes(status)
}

/** The status an action had when it was carried onto this board (meta.carriedStatus), if it was. */
function carriedStatus(record: BoardRecord | undefined): ActionStatus | undefined {
  const meta = record?.meta
  if (!isPlainObject(meta)) return undefined
  return isActionStatus(meta.carriedStatus) ? meta.carriedStatus : undefined
}

/** Last time's actions still worth a look: everything but what was closed before last time and stayed so. */
export function actionsToCarry(actions: readonly Action[], recordOf: (id: string) => BoardRecord | undefined): Action[] {
  return actions.filter((action) => {
    if (!isClosed(action.status)) return true
    const arrived = carriedStatus(recordOf(action.noteId))
    return arrived === undefined || !isClosed(arrived)
  })
}
