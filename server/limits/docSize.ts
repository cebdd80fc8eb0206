// How big a session's document is, cheaply enough to ask on every incoming update.
//
// Encoding the whole document per update would cost O(document) each time, so the size is an
// estimate: the encoded state measured once when first asked, plus the bytes of every update applied
// since (from any origin: clients, API writes, templates). Updates are never smaller than what they
// add, and deletions are not subtracted, so the estimate only errs high. When an update would take it
// past the limit, the document is measured exactly again before refusing, if it changed since the last
// measurement and either grew by more than `limit / 32` or was last measured over a second ago: a
// document near its limit is not re-encoded for every edit, and deleting things frees room again.
import * as Y from 'yjs'

export class DocSize {
  private estimate: number
  private growthSinceMeasure = 0
  private measuredAt = performance.now()

  private constructor(
    private readonly doc: Y.Doc,
    private readonly limit: number,
  ) {
    this.estimate = Y.encodeStateAsUpdate(doc).byteLength
    doc.on('update', this.onUpdate)
  }

  private static readonly trackers = new WeakMap<Y.Doc, DocSize>()

  /** The tracker of this document, created (and measured) on first use. */
  static of(doc: Y.Doc, limit: number): DocSize {
    let tracker = DocSize.trackers.get(doc)
    if (!tracker) {
      tracker = new DocSize(doc, limit)
      DocSize.trackers.set(doc, tracker)
      doc.once('destroy', () => doc.off('update', tracker!.onUpdate))
    }
    return tracker
  }

  /** Current estimate (bytes of encoded state, never below the real size). */
  get bytes(): number {
    return this.estimate
  }

  /** Whether an update of `incoming` bytes may be applied without the document outgrowing the limit. */
  admits(incoming: number): boolean {
    if (this.estimate + incoming <= this.limit) return true
    const stale = this.growthSinceMeasure > this.limit / 32 || performance.now() - this.measuredAt > 1000
    if (this.growthSinceMeasure > 0 && stale) this.measure()
    return this.estimate + incoming <= this.limit
  }

  private measure(): void {
    this.estimate = Y.encodeStateAsUpdate(this.doc).byteLength
    this.growthSinceMeasure = 0
    this.measuredAt = performance.now()
  }

  private onUpdate = (update: Uint8Array): void => {
    this.estimate += update.byteLength
    this.growthSinceMeasure += update.byteLength
  }
}
