// The facilitator's trash and history (routes: server/http/historyRoutes.ts, contract:
// shared/api/history.ts). Watches every loaded room (RoomHistory, through the rooms' lifecycle hooks);
// restores are server writes through the room, committed before anyone sees them, like any API write.
import { nanoid } from 'nanoid'
import type { DeletedItemJson, HistoryPointJson, RestoreResultJson } from '../../shared/api/history.ts'
import { BoardDoc } from '../../shared/board/boardDoc.ts'
import { diffRecords } from '../../shared/history/diff.ts'
import { firstPageId, itemAreaLabel, itemText, itemsToRestore, restoreRecords } from '../../shared/history/trash.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { Logger } from '../log.ts'
import type { Room } from '../sync/room.ts'
import type { RoomHooks, Rooms } from '../sync/rooms.ts'
import type { PointStore } from './pointStore.ts'
import { RoomHistory } from './roomHistory.ts'
import type { TrashStore } from './trashStore.ts'

export type Refused = { ok: false; status: 400; error: string }

export interface HistoryServiceDeps {
  trash: TrashStore
  points: PointStore
  log: Logger
  intervalMs: number
  now?: () => number
}

export class HistoryService implements RoomHooks {
  private readonly watched = new Map<string, RoomHistory>()
  /** Unloaded rooms' last point writes still under way (awaited by remove and settled). */
  private readonly stopping = new Map<string, Promise<void>>()
  private rooms: Rooms | undefined
  private readonly now: () => number

  constructor(private readonly deps: HistoryServiceDeps) {
    this.now = deps.now ?? Date.now
  }

  /** The rooms to restore through (they are made with this service as their hooks). */
  attach(rooms: Rooms): void {
    this.rooms = rooms
  }

  loaded(room: Room): void {
    try {
      // A reload right after an unload compares with the point that unload is still writing.
      const after = this.stopping.get(room.id)
      this.watched.set(room.id, new RoomHistory(room, { ...this.deps, now: this.now, newId: () => nanoid(10) }, after))
    } catch (error) {
      this.deps.log.error({ session: room.id, err: (error as Error).message }, 'history not watching this room')
    }
  }

  unloading(room: Room, evicted: boolean): void {
    const watched = this.watched.get(room.id)
    if (watched) {
      const stopped = watched.stop(!evicted).finally(() => {
        if (this.stopping.get(room.id) === stopped) this.stopping.delete(room.id)
      })
      this.stopping.set(room.id, stopped)
    }
    this.watched.delete(room.id)
    // After the trash writes the room's last changes asked for.
    this.deps.trash.release(room.id).catch((error: unknown) => {
      this.deps.log.error({ session: room.id, err: (error as Error).message }, 'cannot close the trash files')
    })
  }

  /** The trash, newest deletion first. */
  async deleted(sessionId: string, lang: Lang): Promise<DeletedItemJson[]> {
    const entries = [...(await this.deps.trash.entries(sessionId)).values()]
    entries.sort((a, b) => b.deletedAt - a.deletedAt || (a.deletion < b.deletion ? -1 : a.deletion > b.deletion ? 1 : 0) || (a.id < b.id ? -1 : 1))
    return entries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      text: itemText(entry, lang),
      area: itemAreaLabel(entry, lang),
      areaId: entry.area?.id ?? null,
      deletedBy: entry.deletedBy,
      deletedByRole: entry.deletedByRole,
      deletedAt: new Date(entry.deletedAt).toISOString(),
      deletion: entry.deletion,
      parent: entry.parent,
    }))
  }

  /** Puts trash items back (a cluster with what was deleted inside it); nothing when an id is unknown. */
  async restoreDeleted(sessionId: string, ids: readonly string[]): Promise<{ ok: true; restored: number } | Refused> {
    const trash = await this.deps.trash.entries(sessionId)
    const unknown = ids.filter((id) => !trash.has(id))
    if (unknown.length > 0) return { ok: false, status: 400, error: `not in the trash: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}` }
    const items = itemsToRestore(ids, trash)!
    const restored = await this.roomsOrThrow().change(
      sessionId,
      (doc) => {
        const board = BoardDoc.of(doc)
        // One on the board already (put back another way meanwhile) is not overwritten by its old self.
        const missing = items.filter((item) => board.get(item.id) === undefined)
        const records = restoreRecords(missing, board, firstPageId(board.all()), trash)
        board.apply({ put: records }, 'server')
        return records.length
      },
      { large: true },
    )
    await this.deps.trash.remove(
      sessionId,
      items.map((item) => item.id),
    )
    return { ok: true, restored }
  }

  /** The history points, oldest first. */
  async points(sessionId: string): Promise<HistoryPointJson[]> {
    return (await this.deps.points.list(sessionId)).map((p) => ({ at: new Date(p.at).toISOString(), notes: p.notes, areas: p.areas }))
  }

  /**
   * Makes the board's records those of the point at `at`, as one change everyone sees; a point of the
   * board right before is taken first, so the restore can be undone by restoring that one. Control
   * state and votes are not part of a point and stay as they are.
   */
  async restorePoint(sessionId: string, at: string): Promise<({ ok: true } & RestoreResultJson) | Refused> {
    const ms = Date.parse(at)
    const point = Number.isFinite(ms) ? (await this.deps.points.list(sessionId)).find((p) => p.at === ms) : undefined
    const records = point ? await this.deps.points.read(sessionId, point.at) : undefined
    if (!point || !records) return { ok: false, status: 400, error: `no history point at "${at}": see GET /api/sessions/${sessionId}/history` }
    let before: Promise<void> | undefined
    const result = await this.roomsOrThrow().change(
      sessionId,
      (doc) => {
        const board = BoardDoc.of(doc)
        before = this.watched.get(sessionId)?.takePoint()
        const diff = diffRecords(board.all(), records)
        board.apply(diff, 'server')
        return { put: diff.put.length, removed: diff.remove.length }
      },
      { large: true },
    )
    // Listed by the time the answer arrives.
    await before
    return { ok: true, at: new Date(point.at).toISOString(), ...result }
  }

  /** A deleted session's trash and points (its room is evicted already). */
  async remove(sessionId: string): Promise<void> {
    await this.deps.trash.removeSession(sessionId)
    // A point write of the evicted room still under way would land after the removal.
    await this.stopping.get(sessionId)
    await this.deps.points.removeSession(sessionId)
  }

  /** Resolves once the unloaded rooms' last points are written (before a process stops). */
  async settled(): Promise<void> {
    await Promise.all(this.stopping.values())
  }

  private roomsOrThrow(): Rooms {
    if (!this.rooms) throw new Error('HistoryService used before attach(rooms)')
    return this.rooms
  }
}
