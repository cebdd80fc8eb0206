// Server-only Y.Docs, one per session, kept through a SyncDocStorage of their own (the framed, checksummed log
// and snapshot the boards use): the ballots (voting/ballotBox.ts) and the trash (history/trashStore.ts).
// A change is on disk before change() returns; when the disk refuses, memory is dropped and read again
// from the disk on the next use, so it never runs ahead of what is stored. Least recently used sessions
// are dropped from memory (their files closed); compaction past `compactBytes` keeps the log short.
import * as Y from 'yjs'
import type { SyncDocStorage } from './types.ts'

/** The disk refused a change: nothing of it is kept, in memory or on disk. */
export class StoredDocWriteError extends Error {}

export interface StoredDocsOptions {
  /** Compact a session's log into its snapshot past this many bytes. */
  compactBytes: number
  /** Sessions kept in memory (least recently used ones are dropped and their files closed). */
  cached?: number
  /** What the store holds, for log lines ("ballot", "trash"). */
  name: string
  log?: (msg: string, fields: object) => void
}

/** `T` wraps a session's Y.Doc with what its users need (made from the stored updates on first use). */
export class StoredDocs<T extends { readonly doc: Y.Doc }> {
  /** Insertion order is use order: the first is the least recently used. */
  private readonly open = new Map<string, T>()

  constructor(
    private readonly storage: SyncDocStorage,
    private readonly opts: StoredDocsOptions,
    private readonly make: (updates: Uint8Array[]) => T,
  ) {}

  /** A session's document, read from disk if it is not in memory. */
  get(sessionId: string): T {
    let item = this.open.get(sessionId)
    if (item) {
      this.open.delete(sessionId)
      this.open.set(sessionId, item)
      return item
    }
    const loaded = this.storage.load(sessionId)
    for (const problem of loaded.problems) this.opts.log?.(`${this.opts.name} storage problem on load`, { session: sessionId, problem })
    item = this.make(loaded.updates)
    this.open.set(sessionId, item)
    const limit = this.opts.cached ?? 200
    for (const oldest of this.open.keys()) {
      if (this.open.size <= limit) break
      this.release(oldest)
    }
    return item
  }

  /**
   * Runs `fn` in one transaction of the session's document; what it changed is on disk before this
   * returns. When `fn` throws, or the disk refuses (StoredDocWriteError), memory is dropped.
   */
  change<R>(sessionId: string, fn: (item: T) => R): R {
    const item = this.get(sessionId)
    const updates: Uint8Array[] = []
    const collect = (update: Uint8Array) => void updates.push(update)
    item.doc.on('update', collect)
    let result!: R
    try {
      item.doc.transact(() => {
        result = fn(item)
      })
    } catch (error) {
      this.release(sessionId)
      throw error
    } finally {
      item.doc.off('update', collect)
    }
    try {
      for (const update of updates) this.storage.append(sessionId, update)
    } catch (error) {
      this.release(sessionId)
      throw new StoredDocWriteError(`cannot store the ${this.opts.name} of session ${sessionId}: ${(error as Error).message}`)
    }
    if (updates.length > 0 && this.storage.logBytes(sessionId) > this.opts.compactBytes) {
      try {
        this.storage.compact(sessionId, Y.encodeStateAsUpdate(item.doc))
      } catch (error) {
        // The log still holds every change; only the snapshot is stale.
        this.opts.log?.(`${this.opts.name} compaction failed; log kept`, { session: sessionId, err: (error as Error).message })
      }
    }
    return result
  }

  /** Drops a session from memory and closes its files; read again on the next use. */
  release(sessionId: string): void {
    this.open.get(sessionId)?.doc.destroy()
    this.open.delete(sessionId)
    this.storage.release(sessionId)
  }

  /** A deleted session: memory and files. */
  remove(sessionId: string): void {
    this.release(sessionId)
    this.storage.remove(sessionId)
  }
}

/** A Y.Doc with the stored updates applied. */
export function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  if (updates.length > 0) Y.applyUpdate(doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
  return doc
}
