// One action across meetings: a note carried into a follow-up (meta.carriedFrom) is the same action as
// the note it came from, however many meetings it travels. Its history: how each meeting's board shows
// it, and the changes made from the actieoverzicht between meetings.
import { isOverdue } from '../actions/dates.ts'
import type { BoardAction, LadderPlacement } from './readBoard.ts'
import type { ActionFields, SeriesAction, SeriesChange, SeriesHistoryEntry, SeriesSession } from './types.ts'

/** One meeting's board as the series reads it (readBoard.ts). */
export interface MeetingBoard {
  session: SeriesSession
  /** When the session was made (ISO instant): on a meeting's own day, tells a change before it from one after. */
  createdAt?: string
  actions: readonly BoardAction[]
  ladder: readonly LadderPlacement[]
}

/** Where an action appears: the meeting's index in the series and the action on that board. */
export interface Appearance {
  index: number
  action: BoardAction
  /** The action's fields as they stood at that meeting (before later changes from the overview). */
  atMeeting: ActionFields
}

export interface LinkedAction {
  action: SeriesAction
  appearances: Appearance[]
}

const noteKey = (session: string, note: string) => `${session}\u0000${note}`

/** Each action's appearances, in the order they first appeared (meeting, then the board's own order). */
function chainActions(boards: readonly MeetingBoard[]): Map<string, Array<{ index: number; action: BoardAction }>> {
  const chains = new Map<string, Array<{ index: number; action: BoardAction }>>()
  const seriesOfNote = new Map<string, string>()
  boards.forEach((board, index) => {
    const claimed = new Set<string>()
    for (const action of board.actions) {
      let id = action.carriedFrom === null ? undefined : seriesOfNote.get(action.carriedFrom)
      // A carried note copied on its board is a second note claiming the same origin: a new action.
      if (id !== undefined && claimed.has(id)) id = undefined
      if (id === undefined) {
        id = chains.has(action.noteId) ? `${action.noteId}@${board.session.id}` : action.noteId
        chains.set(id, [])
      }
      claimed.add(id)
      seriesOfNote.set(action.noteId, id)
      chains.get(id)!.push({ index, action })
    }
  })
  return chains
}

const fieldsOf = (action: Pick<BoardAction, 'status' | 'owner' | 'due'>): ActionFields => ({ status: action.status, owner: action.owner, due: action.due })

/**
 * Every action of the series with its history, in order of first appearance. `changes`: the log of
 * changes between meetings (any order). A change made after its meeting's day means the board now
 * shows the changed action; the meeting's entry shows what it was before (the change's `before`).
 */
export function linkActions(boards: readonly MeetingBoard[], changes: readonly SeriesChange[], today: string): LinkedAction[] {
  const chains = chainActions(boards)
  const changesOf = new Map<string, SeriesChange[]>()
  for (const change of [...changes].sort((a, b) => cmp(a.at, b.at))) {
    const key = noteKey(change.session, change.note)
    const list = changesOf.get(key) ?? []
    list.push(change)
    changesOf.set(key, list)
  }
  const indexOf = new Map(boards.map((board, i) => [board.session.id, i]))
  const linked: LinkedAction[] = []
  for (const [id, chain] of chains) {
    const keyed: Array<{ key: number; order: number; at: string; entry: SeriesHistoryEntry }> = []
    const appearances: Appearance[] = []
    const ownChanges: SeriesChange[] = []
    for (const { index, action } of chain) {
      const session = boards[index]!.session
      const later = changesOf.get(noteKey(session.id, action.noteId)) ?? []
      const firstAfter = later.find((change) => change.day > session.date)
      const atMeeting = firstAfter ? firstAfter.before : fieldsOf(action)
      appearances.push({ index, action, atMeeting })
      keyed.push({ key: index, order: 0, at: session.date, entry: { kind: 'meeting', session: session.id, at: session.date, ...atMeeting } })
      for (const change of later) {
        ownChanges.push(change)
        // Between the meeting of its board (or a later one held before it) and the next.
        const own = indexOf.get(change.session) ?? index
        let key = own
        boards.forEach((board, i) => {
          if (i > key && heldBefore(board, change)) key = i
        })
        keyed.push({
          key,
          order: 1,
          at: change.at,
          entry: {
            kind: 'update',
            session: change.session,
            status: change.set.status ?? change.before.status,
            at: change.at,
            by: change.by,
            changed: (['status', 'owner', 'due'] as const).filter((field) => change.set[field] !== undefined),
          },
        })
      }
    }
    keyed.sort((a, b) => a.key - b.key || a.order - b.order || cmp(a.at, b.at))
    const last = chain[chain.length - 1]!
    const now = last.action
    const lastChange = ownChanges.reduce<SeriesChange | undefined>((latest, change) => (!latest || change.at > latest.at ? change : latest), undefined)
    const action: SeriesAction = {
      id,
      text: now.text,
      owner: now.owner,
      due: now.due,
      status: now.status,
      late: isOverdue(now, today),
      session: boards[last.index]!.session.id,
      note: now.noteId,
      first: boards[chain[0]!.index]!.session.id,
      history: keyed.map((k) => k.entry),
    }
    if (lastChange) action.updated = { by: lastChange.by, at: lastChange.at }
    linked.push({ action, appearances })
  }
  return linked
}

/** Whether a meeting came before a change: an earlier day, or the same day and the session already made. */
function heldBefore(board: MeetingBoard, change: SeriesChange): boolean {
  if (board.session.date !== change.day) return board.session.date < change.day
  return board.createdAt !== undefined && board.createdAt <= change.at
}

/** The linked action `id` names: its series id, or the id of any note it was on any board. */
export function findLinked(linked: readonly LinkedAction[], id: string): LinkedAction | undefined {
  return linked.find((l) => l.action.id === id) ?? linked.find((l) => l.appearances.some((a) => a.action.noteId === id))
}

function cmp(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1
}
