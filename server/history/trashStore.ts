// The trash of each session (Prullenbak): every note, actor card and cluster a change took off the
// board, with who and when (shared/history/trash.ts). Server-only, beside the board and never in it:
// a Y.Doc per session whose 'items' map holds record id → TrashEntry, stored through a SyncDocStorage of
// its own (<dataDir>/trash/<session>.*: the same framed log and snapshot as the boards), so an entry is
// on disk when the change that deleted it is, compaction drops restored entries, and removal with the
// session is one call. Bounded: past maxItems the oldest deletions go first.
import type * as Y from 'yjs'
import type { TrashEntry } from '../../shared/history/trash.ts'
import { docFrom, StoredDocs, StoredDocWriteError } from '../storage/storedDocs.ts'
import type { SyncDocStorage } from '../storage/types.ts'

export interface TrashStoreOptions {
  /** Items one session's trash holds at most (the oldest deletions make room). */
  maxItems: number
  /** Compact a session's log into its snapshot past this many bytes. */
  compactBytes: number
  /** Sessions whose trash stays in memory (least recently used ones are dropped). */
  cached?: number
  log?: (msg: string, fields: object) => void
}

interface Trash {
  readonly doc: Y.Doc
  readonly items: Y.Map<TrashEntry>
}

export class TrashStore {
  private readonly docs: StoredDocs<Trash>

  constructor(
    storage: SyncDocStorage,
    private readonly opts: TrashStoreOptions,
  ) {
    this.docs = new StoredDocs(storage, { ...opts, name: 'trash' }, (updates) => {
      const doc = docFrom(updates)
      return { doc, items: doc.getMap<TrashEntry>('items') }
    })
  }

  /** Every item in a session's trash, by record id. */
  entries(sessionId: string): ReadonlyMap<string, TrashEntry> {
    return new Map(this.docs.get(sessionId).items.entries())
  }

  has(sessionId: string, id: string): boolean {
    return this.docs.get(sessionId).items.has(id)
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
    const items = this.docs.get(sessionId).items
    const present = ids.filter((id) => items.has(id))
    if (present.length === 0) return
    this.change(sessionId, (map) => {
      for (const id of present) map.delete(id)
    })
  }

  /** Closes a session's trash files and drops it from memory (its room unloaded); read again on demand. */
  release(sessionId: string): void {
    this.docs.release(sessionId)
  }

  /** The trash of a deleted session, files included. */
  removeSession(sessionId: string): void {
    this.docs.remove(sessionId)
  }

  private change(sessionId: string, fn: (items: Y.Map<TrashEntry>) => void): void {
    try {
      this.docs.change(sessionId, (trash) => fn(trash.items))
    } catch (error) {
      // The board's change stands either way; the store has dropped its memory so it cannot run ahead of the disk.
      if (!(error instanceof StoredDocWriteError)) throw error
      this.opts.log?.('cannot store the trash', { session: sessionId, err: error.message })
    }
  }
}
