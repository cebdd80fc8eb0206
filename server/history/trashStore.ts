// The trash of each session (Prullenbak): every note, actor card and cluster a change took off the
// board, with who and when (shared/history/trash.ts). Server-only, beside the board and never in it:
// a Y.Doc per session whose 'items' map holds record id → TrashEntry, stored through a DocStorage of
// its own (<dataDir>/trash/<session>.*: the same framed log and snapshot as the boards), so an entry is
// on disk when the change that deleted it is, compaction drops restored entries, and removal with the
// session is one call. Bounded: past maxItems the oldest deletions go first.
import * as Y from 'yjs'
import type { TrashEntry } from '../../shared/history/trash.ts'
import type { DocStorage } from '../storage/types.ts'

export interface TrashStoreOptions {
  /** Items one session's trash holds at most (the oldest deletions make room). */
  maxItems: number
  /** Compact a session's log into its snapshot past this many bytes. */
  compactBytes: number
  /** Sessions whose trash stays in memory (least recently used ones are dropped). */
  cached?: number
  log?: (msg: string, fields: object) => void
}

export class TrashStore {
  /** Insertion order is use order: the first is the least recently used. */
  private readonly docs = new Map<string, Y.Doc>()

  constructor(
    private readonly storage: DocStorage,
    private readonly opts: TrashStoreOptions,
  ) {}

  /** Every item in a session's trash, by record id. */
  entries(sessionId: string): ReadonlyMap<string, TrashEntry> {
    const out = new Map<string, TrashEntry>()
    this.items(sessionId).forEach((entry, id) => out.set(id, entry))
    return out
  }

  has(sessionId: string, id: string): boolean {
    return this.items(sessionId).has(id)
  }

  /** Puts items in (an item of a record already in the trash replaces it). */
  add(sessionId: string, entries: readonly TrashEntry[]): void {
    if (entries.length === 0) return
    this.change(sessionId, (items) => {
      for (const entry of entries) items.set(entry.id, entry)
      const over = items.size - this.opts.maxItems
      if (over <= 0) return
      const oldest = Array.from(items.entries())
        .sort(([, a], [, b]) => a.deletedAt - b.deletedAt)
        .slice(0, over)
      for (const [id] of oldest) items.delete(id)
    })
  }

  remove(sessionId: string, ids: readonly string[]): void {
    const items = this.items(sessionId)
    const present = ids.filter((id) => items.has(id))
    if (present.length === 0) return
    this.change(sessionId, (map) => present.forEach((id) => map.delete(id)))
  }

  /** Closes a session's trash files and drops it from memory (its room unloaded); read again on demand. */
  release(sessionId: string): void {
    this.forget(sessionId)
  }

  /** The trash of a deleted session, files included. */
  removeSession(sessionId: string): void {
    this.forget(sessionId)
    this.storage.remove(sessionId)
  }

  private change(sessionId: string, fn: (items: Y.Map<TrashEntry>) => void): void {
    const doc = this.open(sessionId)
    const updates: Uint8Array[] = []
    const collect = (update: Uint8Array) => void updates.push(update)
    doc.on('update', collect)
    try {
      doc.transact(() => fn(doc.getMap<TrashEntry>('items')))
    } finally {
      doc.off('update', collect)
    }
    try {
      for (const update of updates) this.storage.append(sessionId, update)
    } catch (error) {
      // The board's change stands either way; the trash in memory must not run ahead of the disk.
      this.forget(sessionId)
      this.opts.log?.('cannot store the trash', { session: sessionId, err: (error as Error).message })
      return
    }
    if (updates.length > 0 && this.storage.logBytes(sessionId) > this.opts.compactBytes) {
      try {
        this.storage.compact(sessionId, Y.encodeStateAsUpdate(doc))
      } catch (error) {
        this.opts.log?.('trash compaction failed; log kept', { session: sessionId, err: (error as Error).message })
      }
    }
  }

  private items(sessionId: string): Y.Map<TrashEntry> {
    return this.open(sessionId).getMap<TrashEntry>('items')
  }

  private open(sessionId: string): Y.Doc {
    let doc = this.docs.get(sessionId)
    if (doc) {
      this.docs.delete(sessionId)
      this.docs.set(sessionId, doc)
      return doc
    }
    const loaded = this.storage.load(sessionId)
    for (const problem of loaded.problems) this.opts.log?.('trash storage problem on load', { session: sessionId, problem })
    doc = new Y.Doc({ gc: true })
    if (loaded.updates.length > 0) Y.applyUpdate(doc, loaded.updates.length === 1 ? loaded.updates[0]! : Y.mergeUpdates(loaded.updates))
    this.docs.set(sessionId, doc)
    const limit = this.opts.cached ?? 200
    for (const oldest of this.docs.keys()) {
      if (this.docs.size <= limit) break
      this.forget(oldest)
    }
    return doc
  }

  private forget(sessionId: string): void {
    this.docs.get(sessionId)?.destroy()
    this.docs.delete(sessionId)
    this.storage.release(sessionId)
  }
}
