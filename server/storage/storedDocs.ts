// Server-only Y.Docs, one per session, kept through a DocStorage of their own (the framed, checksummed log
// and snapshot the boards use, or another backend): the ballots (voting/ballotBox.ts) and the trash
// (history/trashStore.ts). Every operation on a session runs after the ones asked before it (sessionQueue.ts),
// so a check-then-write inside change() cannot interleave with another, though the write is awaited; and a
// read runs after the writes asked before it, so it sees only what is stored. A change is stored before
// change() resolves; when storage refuses, memory is dropped and read again on the next use, so it never
// runs ahead of what is stored. Least recently used sessions are dropped from memory (their files closed);
// compaction past `compactBytes` keeps the log short.
import * as Y from 'yjs'
import { SessionQueue } from './sessionQueue.ts'
import type { DocStorage } from './types.ts'

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
  private readonly queue = new SessionQueue()

  constructor(
    private readonly storage: DocStorage,
    private readonly opts: StoredDocsOptions,
    private readonly make: (updates: Uint8Array[]) => T,
  ) {}

  /** Runs `fn` on a session's document as stored (read from storage if it is not in memory); `fn` must not change it. */
  read<R>(sessionId: string, fn: (item: T) => R): Promise<R> {
    return this.queue.run(sessionId, async () => fn(await this.get(sessionId)))
  }

  /**
   * Runs `fn` in one transaction of the session's document; what it changed is stored before this
   * resolves. When `fn` throws, or storage refuses (StoredDocWriteError), memory is dropped.
   */
  change<R>(sessionId: string, fn: (item: T) => R): Promise<R> {
    return this.queue.run(sessionId, async () => {
      const item = await this.get(sessionId)
      const updates: Uint8Array[] = []
      const collect = (update: Uint8Array) => void updates.push(update)
      item.doc.on('update', collect)
      let result!: R
      try {
        item.doc.transact(() => {
          result = fn(item)
        })
      } catch (error) {
        this.drop(sessionId)
        throw error
      } finally {
        item.doc.off('update', collect)
      }
      if (updates.length === 0) return result
      try {
        // One record per update, as separate appends would leave them.
        await this.storage.append(sessionId, updates.length === 1 ? updates[0]! : updates)
      } catch (error) {
        this.drop(sessionId)
        throw new StoredDocWriteError(`cannot store the ${this.opts.name} of session ${sessionId}: ${(error as Error).message}`)
      }
      if (this.storage.logBytes(sessionId) > this.opts.compactBytes) {
        try {
          await this.storage.compact(sessionId, Y.encodeStateAsUpdate(item.doc))
        } catch (error) {
          // The log still holds every change; only the snapshot is stale.
          this.opts.log?.(`${this.opts.name} compaction failed; log kept`, { session: sessionId, err: (error as Error).message })
        }
      }
      return result
    })
  }

  /** Drops a session from memory and closes its files once what was asked before is done; read again on the next use. */
  release(sessionId: string): Promise<void> {
    return this.queue.run(sessionId, () => this.drop(sessionId))
  }

  /** A deleted session: memory and files. */
  remove(sessionId: string): Promise<void> {
    return this.queue.run(sessionId, () => {
      this.drop(sessionId)
      return this.storage.remove(sessionId)
    })
  }

  /** Only inside the session's queue. */
  private async get(sessionId: string): Promise<T> {
    let item = this.open.get(sessionId)
    if (item) {
      this.open.delete(sessionId)
      this.open.set(sessionId, item)
      return item
    }
    const loaded = await this.storage.load(sessionId)
    for (const problem of loaded.problems) this.opts.log?.(`${this.opts.name} storage problem on load`, { session: sessionId, problem })
    item = this.make(loaded.updates)
    this.open.set(sessionId, item)
    const limit = this.opts.cached ?? 200
    for (const oldest of this.open.keys()) {
      if (this.open.size <= limit) break
      const evicted = this.open.get(oldest)!
      this.open.delete(oldest)
      // Its files are closed at its own turn, after what that session has queued.
      this.queue
        .run(oldest, () => {
          evicted.doc.destroy()
          if (!this.open.has(oldest)) this.storage.release(oldest)
        })
        .catch((error: unknown) => this.opts.log?.(`${this.opts.name}: cannot close a session's files`, { session: oldest, err: (error as Error).message }))
    }
    return item
  }

  private drop(sessionId: string): void {
    this.open.get(sessionId)?.doc.destroy()
    this.open.delete(sessionId)
    this.storage.release(sessionId)
  }
}

/** A Y.Doc with the stored updates applied. */
export function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  if (updates.length > 0) Y.applyUpdate(doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
  return doc
}
