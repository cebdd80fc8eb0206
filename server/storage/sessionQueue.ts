// One operation at a time per session, in the order they were asked for: what a synchronous store got
// for free from the event loop (a check-then-write cannot interleave) once its writes are awaited. Used
// by the stores beside the boards (storedDocs.ts) and by the dot budget (voting/votingService.ts); the
// rooms order their own storage calls (sync/commitQueue.ts).
export class SessionQueue {
  /** Per session, the end of its chain (never rejects); removed once the chain ran dry. */
  private readonly tails = new Map<string, Promise<void>>()

  /** Runs `op` after every operation queued before it for this session; its result or error is the caller's. */
  run<T>(sessionId: string, op: () => T | Promise<T>): Promise<T> {
    const result = (this.tails.get(sessionId) ?? Promise.resolve()).then(op)
    const tail = result.then(
      () => undefined,
      () => undefined,
    )
    this.tails.set(sessionId, tail)
    void tail.then(() => {
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId)
    })
    return result
  }
}
