// Commit before broadcast, also while the disk refuses: what any client receives from the room is in
// the session's log first.
//
// Two ways in. A client's update is written AHEAD of being applied (writeAhead): it is self-contained
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
  private readonly held: Array<{ update: Uint8Array; origin: unknown }> = []
  private failingNow = false
  private retryTimer: NodeJS.Timeout | undefined

  constructor(private readonly opts: CommitQueueOptions) {}

  /** The last write was refused and no write has worked since. */
  get failing(): boolean {
    return this.failingNow
  }

  /** Changes applied in memory but not stored (and so shown to nobody). */
  get hasHeld(): boolean {
    return this.held.length > 0
  }

  /**
   * Writes a client's update before it is applied. False when the disk refused it: nothing was written,
   * and the caller must not apply it.
   */
  writeAhead(update: Uint8Array): boolean {
    if (!this.recover()) return false
    try {
      this.opts.storage.append(this.opts.sessionId, update)
      return true
    } catch (error) {
      this.fail(error as Error)
      return false
    }
  }

  /** Stores a change already applied in memory, then publishes it; held unpublished while the disk refuses. */
  commit(update: Uint8Array, origin: unknown): void {
    if (this.recover()) {
      try {
        this.opts.storage.append(this.opts.sessionId, update)
      } catch (error) {
        this.held.push({ update, origin })
        this.fail(error as Error)
        return
      }
      this.opts.publish(update, origin)
      return
    }
    this.held.push({ update, origin })
  }

  /**
   * When failing: writes (and publishes) what is held, or probes the disk. True when the disk takes
   * writes again (or never refused them).
   */
  recover(): boolean {
    if (!this.failingNow) return true
    try {
      if (this.held.length === 0) this.opts.storage.append(this.opts.sessionId, PROBE)
      while (this.held.length > 0) {
        const next = this.held[0]!
        this.opts.storage.append(this.opts.sessionId, next.update)
        this.held.shift()
        this.opts.publish(next.update, next.origin)
      }
    } catch {
      this.scheduleRetry()
      return false
    }
    this.failingNow = false
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    this.opts.log.info({ session: this.opts.sessionId }, 'storage works again')
    this.opts.onFailingChange(false)
    return true
  }

  destroy(): void {
    clearTimeout(this.retryTimer)
  }

  private fail(error: Error): void {
    this.scheduleRetry()
    if (this.failingNow) return
    this.failingNow = true
    this.opts.log.error({ session: this.opts.sessionId, err: error.message }, 'cannot write update; the room takes no edits until storage works again')
    this.opts.onFailingChange(true)
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      this.recover()
    }, RETRY_MS)
    this.retryTimer.unref()
  }
}
