// What history and the trash watch of one loaded room: every accepted change to the board's records
// (from any writer: sockets, REST, templates, imports, restores), as the records map reports it after
// the change was applied. A change that removed notes, actor cards or clusters puts them in the trash
// with the writer's name; any change marks the room as changed, so the timer takes a point. The trash
// writes are asked for here, as the change is applied, and stored in that order (trashStore.ts). Points
// are taken (the records read) when asked, and written one after another in the background (the store
// is asynchronous); `stop` resolves once the last is written.
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
  /** The records changed since the last point (until the newest stored point says otherwise). */
  private changed = true
  /** Comparing the board with its newest stored point, and no point asked for meanwhile. */
  private checking = true
  private readonly timer: NodeJS.Timeout
  private readonly board: BoardDoc
  private stopped = false
  /** The point writes, one after another. */
  private writing: Promise<void>

  constructor(
    private readonly room: Room,
    private readonly deps: RoomHistoryDeps,
    /** Point writes of this session still under way (its previous load's last). */
    after?: Promise<void>,
  ) {
    this.board = BoardDoc.of(room.doc)
    this.board.records.on('change', this.onChange)
    this.writing = this.compareWithNewest(after)
    // A board that differs from it (a session older than history, a crash before the unload point)
    // has a point straight away: there is always one to go back to.
    void this.writing.then(() => (this.stopped ? undefined : this.takePoint()))
    this.timer = setInterval(() => void this.takePoint(), deps.intervalMs)
    this.timer.unref()
  }

  /**
   * A point of the board as it stands now (read at once, written in turn), if it changed since the last
   * one; resolves once it is written or its failure logged.
   */
  takePoint(): Promise<void> {
    this.checking = false
    if (!this.changed) return this.writing
    const records = this.board.all()
    const now = this.deps.now()
    this.changed = false
    this.writing = this.writing.then(() => this.store(records, now))
    return this.writing
  }

  /** Stops watching; `last` takes a final point first (an unload, not a deletion). Resolves once written. */
  stop(last: boolean): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    this.board.records.off('change', this.onChange)
    return last ? this.takePoint() : this.writing
  }

  /** Unchanged when the board is its newest stored point (and nothing asked for a point meanwhile). */
  private async compareWithNewest(after: Promise<void> | undefined): Promise<void> {
    try {
      await after
      const newest = (await this.deps.points.list(this.room.id)).at(-1)
      const stored = newest ? await this.deps.points.read(this.room.id, newest.at) : undefined
      if (this.checking && stored && isEmpty(diffRecords(this.board.all(), stored))) this.changed = false
    } catch (error) {
      this.deps.log.error({ session: this.room.id, err: (error as Error).message }, 'cannot read the newest history point')
    }
    this.checking = false
  }

  /** Writes a point; on failure the board counts as changed, so the next tick tries again. */
  private async store(records: BoardRecord[], now: number): Promise<void> {
    try {
      await this.deps.points.write(this.room.id, records, now)
    } catch (error) {
      this.changed = true
      this.deps.log.error({ session: this.room.id, err: (error as Error).message }, 'cannot store a history point')
    }
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
