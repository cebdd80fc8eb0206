// Commit before broadcast, also while the disk refuses: what any client receives from the room is in
// the session's log first.
//
// Asynchronous storage (issue 16): every update is applied in memory first and then committed through
// here; it is published only once its append resolved. One append is in flight per room; updates that
// arrive meanwhile wait in `pending` and go together as ONE append (group commit, a merged update) when
// it resolves (one write, one record per update: damage to one record still costs that update only),
// then are published one by one, in order, with their own origins. While anything is
// pending or held the room serves no sync (it would carry unstored state): see Room.serveSync.
//
// (Before issue 16) Two ways in. A client's update is written AHEAD of being applied (writeAhead): it is self-contained
// once the write policy found it resolvable, so a refused write simply means "not applied" and the
// client keeps it (the room asks for its whole difference once the disk works again). A change the
// server makes itself (API writes, participants) is applied first and then committed (commit): when
// the disk refuses it, it is HELD, unpublished, in order, until it can be written; meanwhile the room
// serves no sync to newcomers (they would receive it) and takes no further writes.
//
// While failing, a timer retries every RETRY_MS: it writes the held updates, or an empty update as a
// probe when none are held, so an idle room also finds out that the disk works again.
import type { Logger } from '../log.ts'
import type { DocStorage } from '../storage/types.ts'

const RETRY_MS = 1000
/** A Yjs update that changes nothing (no structs, empty delete set): a harmless probe record. */
const PROBE = Uint8Array.of(0, 0)

/** A write to a session's board was not (or not yet) stored: the HTTP API answers 503 with the message. */
export class StorageUnavailableError extends Error {
  static notChanged(): StorageUnavailableError {
    return new StorageUnavailableError("the board cannot be saved right now (the server's storage refuses writes); nothing was changed, try again later")
  }

  static held(): StorageUnavailableError {
    return new StorageUnavailableError(
      "the board could not be saved (the server's storage refuses writes); the change waits in the server's memory " +
        'and is saved once storage works again, but is lost if the server stops before that',
    )
  }
}

export interface CommitQueueOptions {
  sessionId: string
  storage: DocStorage
  log: Logger
  /** A committed update goes out to the clients; called in the order the updates were committed. */
  publish: (update: Uint8Array, origin: unknown) => void
  /** The disk started refusing writes (true), or works again and nothing is held any more (false). */
  onFailingChange: (failing: boolean) => void
}

export class CommitQueue {
  /** Applied, not yet stored: the batch being appended (first) and what arrived after it. */
  private readonly pending: Array<{ update: Uint8Array; origin: unknown }> = []
  private inFlight = 0
  private failingNow = false
  private retryTimer: NodeJS.Timeout | undefined
  private tail: Promise<void> = Promise.resolve()
  private idleWaiters: Array<() => void> = []
  private destroyed = false

  constructor(private readonly opts: CommitQueueOptions) {}

  /** The last write was refused and no write has worked since. */
  get failing(): boolean {
    return this.failingNow
  }

  /** Changes applied in memory but not stored while the disk refuses (and so shown to nobody). */
  get hasHeld(): boolean {
    return this.failingNow && this.pending.length > 0
  }

  /** Anything applied in memory and not yet stored (in flight, waiting, or held). */
  get hasUncommitted(): boolean {
    return this.pending.length > 0
  }

  /** Stores a change already applied in memory, then publishes it; held unpublished while the disk refuses. */
  commit(update: Uint8Array, origin: unknown): void {
    this.pending.push({ update, origin })
    if (!this.failingNow) this.kick()
  }

  /** Resolves when nothing is pending any more (everything stored and published), or the disk refuses. */
  settled(): Promise<void> {
    if (this.pending.length === 0 || this.failingNow) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /**
   * Runs `op` (a compaction) between appends, never beside one: storage calls of a room are strictly
   * ordered through this chain.
   */
  exclusive<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(op)
    this.tail = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  /**
   * When failing: tries to write what is held (or a probe). Resolves true when the disk takes writes
   * again (or never refused them).
   */
  async recover(): Promise<boolean> {
    if (!this.failingNow) return true
    if (this.pending.length === 0) {
      try {
        await this.exclusive(() => this.opts.storage.append(this.opts.sessionId, PROBE))
      } catch {
        this.scheduleRetry()
        return false
      }
      this.worksAgain()
      return true
    }
    return this.flush(true)
  }

  destroy(): void {
    this.destroyed = true
    clearTimeout(this.retryTimer)
  }

  private kick(): void {
    if (this.inFlight > 0) return
    void this.flush(false)
  }

  /** Appends everything pending as one record, then publishes it; repeats while more arrived. */
  private async flush(_recovering: boolean): Promise<boolean> {
    if (this.inFlight > 0) return !this.failingNow
    this.inFlight++
    try {
      while (this.pending.length > 0 && !this.destroyed) {
        const batch = this.pending.slice()
        const group = batch.length === 1 ? batch[0]!.update : batch.map((b) => b.update)
        try {
          await this.exclusive(() => this.opts.storage.append(this.opts.sessionId, group))
        } catch (error) {
          this.fail(error as Error)
          return false
        }
        this.pending.splice(0, batch.length)
        for (const item of batch) this.opts.publish(item.update, item.origin)
      }
    } finally {
      this.inFlight--
    }
    if (this.failingNow) this.worksAgain()
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
    return true
  }

  private worksAgain(): void {
    if (!this.failingNow) return
    this.failingNow = false
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    this.opts.log.info({ session: this.opts.sessionId }, 'storage works again')
    this.opts.onFailingChange(false)
  }

  private fail(error: Error): void {
    this.scheduleRetry()
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
    if (this.failingNow) return
    this.failingNow = true
    this.opts.log.error({ session: this.opts.sessionId, err: error.message }, 'cannot write update; the room takes no edits until storage works again')
    this.opts.onFailingChange(true)
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.destroyed) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      void this.recover()
    }, RETRY_MS)
    this.retryTimer.unref()
  }
}
