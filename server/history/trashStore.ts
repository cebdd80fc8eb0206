// The trash of each session (Prullenbak): every note, actor card and cluster a change took off the
// board, with who and when (shared/history/trash.ts). Server-only, beside the board and never in it:
// a Y.Doc per session whose 'items' map holds record id → TrashEntry, stored through a DocStorage of its
// own (<dataDir>/trash/<session>.*: the same framed log and snapshot as the boards, or another backend),
// compaction drops restored entries, and removal with the session is one call. Bounded: past maxItems
// the oldest deletions go first. Writes of a session are stored in the order they were asked for (the
// board's changes' order: storedDocs.ts), and a read waits for the writes asked before it.
import type * as Y from 'yjs'
import type { TrashEntry } from '../../shared/history/trash.ts'
import { docFrom, StoredDocs, StoredDocWriteError } from '../storage/storedDocs.ts'
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

interface Trash {
  readonly doc: Y.Doc
  readonly items: Y.Map<TrashEntry>
}

export class TrashStore {
  private readonly docs: StoredDocs<Trash>

  constructor(
    storage: DocStorage,
    private readonly opts: TrashStoreOptions,
  ) {
    this.docs = new StoredDocs(storage, { ...opts, name: 'trash' }, (updates) => {
      const doc = docFrom(updates)
      return { doc, items: doc.getMap<TrashEntry>('items') }
    })
  }

  /** Every item in a session's trash, by record id. */
  entries(sessionId: string): Promise<ReadonlyMap<string, TrashEntry>> {
    return this.docs.read(sessionId, (trash) => new Map(trash.items.entries()))
  }

  /** Puts items in (an item of a record already in the trash replaces it); resolves once stored (or refused and logged). */
  add(sessionId: string, entries: readonly TrashEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve()
    return this.change(sessionId, (items) => {
      for (const entry of entries) items.set(entry.id, entry)
      const over = items.size - this.opts.maxItems
      if (over <= 0) return
      const oldest = Array.from(items.entries())
        .sort(([, a], [, b]) => a.deletedAt - b.deletedAt)
        .slice(0, over)
      for (const [id] of oldest) items.delete(id)
    })
  }

  /** Takes the records out of the trash (ids not in it are passed over: nothing is written for them). */
  remove(sessionId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve()
    return this.change(sessionId, (items) => {
      for (const id of ids) if (items.has(id)) items.delete(id)
    })
  }

  /** Closes a session's trash files and drops it from memory (its room unloaded); read again on demand. */
  release(sessionId: string): Promise<void> {
    return this.docs.release(sessionId)
  }

  /** The trash of a deleted session, files included. */
  removeSession(sessionId: string): Promise<void> {
    return this.docs.remove(sessionId)
  }

  private async change(sessionId: string, fn: (items: Y.Map<TrashEntry>) => void): Promise<void> {
    try {
      await this.docs.change(sessionId, (trash) => fn(trash.items))
    } catch (error) {
      // The board's change stands either way; the store has dropped its memory so it cannot run ahead of the disk.
      if (!(error instanceof StoredDocWriteError)) throw error
      this.opts.log?.('cannot store the trash', { session: sessionId, err: error.message })
    }
  }
}
