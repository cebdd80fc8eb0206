// What history and the trash watch of one loaded room: every accepted change to the board's records
// (from any writer: sockets, REST, templates, imports, restores), as the records map reports it after
// the change was applied. A change that removed notes, actor cards or clusters puts them in the trash
// with the writer's name; any change marks the room as changed, so the timer takes a point. The trash
// writes are asked for here, as the change is applied, and stored in that order (trashStore.ts).
import { MAX_SHOWN_NAME_LENGTH } from '../../shared/api/participants.ts'
import { BoardDoc, type BoardRecord } from '../../shared/board/boardDoc.ts'
import type { KeyValueChange } from '../../shared/board/keyValueArray.ts'
import { diffRecords } from '../../shared/history/diff.ts'
import { extractDeleted, type TrashEntry } from '../../shared/history/trash.ts'
import type { Logger } from '../log.ts'
import { Connection, type Room } from '../sync/room.ts'
import type { PointStore } from './pointStore.ts'
import type { TrashStore } from './trashStore.ts'

export interface RoomHistoryDeps {
  trash: TrashStore
  points: PointStore
  log: Logger
  /** How often a changed board gets a point. */
  intervalMs: number
  now: () => number
  newId: () => string
}

export class RoomHistory {
  /** The records changed since the last point. */
  private changed: boolean
  private readonly timer: NodeJS.Timeout
  private readonly board: BoardDoc

  constructor(
    private readonly room: Room,
    private readonly deps: RoomHistoryDeps,
  ) {
    this.board = BoardDoc.of(room.doc)
    this.board.records.on('change', this.onChange)
    // A board that differs from its newest point (a session older than history, a crash before the
    // unload point) has a point straight away: there is always one to go back to.
    const newest = deps.points.list(room.id).at(-1)
    const stored = newest ? deps.points.read(room.id, newest.at) : undefined
    this.changed = !stored || !isEmpty(diffRecords(this.board.all(), stored))
    if (this.changed) this.takePoint()
    this.timer = setInterval(() => this.takePoint(), deps.intervalMs)
    this.timer.unref()
  }

  /** A point of the board as it stands, if it changed since the last one. */
  takePoint(): void {
    if (!this.changed) return
    try {
      this.deps.points.write(this.room.id, this.board.all(), this.deps.now())
      this.changed = false
    } catch (error) {
      this.deps.log.error({ session: this.room.id, err: (error as Error).message }, 'cannot store a history point')
    }
  }

  /** Stops watching; `last` takes a final point first (an unload, not a deletion). */
  stop(last: boolean): void {
    clearInterval(this.timer)
    this.board.records.off('change', this.onChange)
    if (last) this.takePoint()
  }

  private onChange = (changes: Map<string, KeyValueChange<BoardRecord>>, tr: { origin: unknown }): void => {
    this.changed = true
    const removed = new Map<string, BoardRecord>()
    const back: string[] = []
    for (const [id, change] of changes) {
      if (change.action === 'delete') removed.set(id, change.oldValue)
      // A record back on the board (restored, undone by its author) is no longer in the trash.
      else if (change.action === 'add') back.push(id)
    }
    const failed = (error: unknown) =>
      // The change stands; only its trace in the trash is lost.
      this.deps.log.error({ session: this.room.id, err: (error as Error).message }, 'cannot record deleted items')
    try {
      if (back.length > 0) this.deps.trash.remove(this.room.id, back).catch(failed)
      if (removed.size > 0) this.trashRemoved(removed, tr.origin)?.catch(failed)
    } catch (error) {
      failed(error)
    }
  }

  private trashRemoved(removed: Map<string, BoardRecord>, origin: unknown): Promise<void> | undefined {
    const items = extractDeleted(removed, this.board)
    if (items.length === 0) return undefined
    const by = this.writer(origin)
    const deletion = this.deps.newId()
    const deletedAt = this.deps.now()
    const entries: TrashEntry[] = items.map((item) => ({ ...item, deletion, deletedBy: by.name, deletedByRole: by.role, deletedAt }))
    return this.deps.trash.add(this.room.id, entries)
  }

  /** A connection's announced name (its awareness `user.name`); the server writes for the facilitator. */
  private writer(origin: unknown): { name: string | null; role: 'join' | 'facilitator' } {
    if (!(origin instanceof Connection)) return { name: null, role: 'facilitator' }
    const role = origin.role === 'join' ? 'join' : 'facilitator'
    const states = this.room.awareness.getStates()
    for (const id of origin.awarenessIds) {
      const name = (states.get(id) as { user?: { name?: unknown } } | undefined)?.user?.name
      if (typeof name === 'string' && name.trim() !== '') return { name: name.trim().slice(0, MAX_SHOWN_NAME_LENGTH), role }
    }
    return { name: null, role }
  }
}

function isEmpty(diff: { put: readonly unknown[]; remove: readonly unknown[] }): boolean {
  return diff.put.length === 0 && diff.remove.length === 0
}
