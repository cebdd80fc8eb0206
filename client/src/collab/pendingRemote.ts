// Remote changes waiting to be merged into the tldraw store: only WHICH ids changed, and in which
// document. What the store should hold for each is read from the documents when the batch is taken,
// not from the changes that announced it, so a later remote change, or a local edit made in the
// meantime (already written into the Y.Doc), is what the store ends up with: never an older value.
//
// The private-document rules (see storeBinding.ts): our private copy hides the board's; a note that
// leaves the private document shows the board's copy if there is one, and stays on screen if the
// reveal listed it (the board's copy is on its way over the other socket), else it goes.
import type { BoardRecord } from '../../../shared/board/index.ts'

export interface RecordSource {
  get(id: string): BoardRecord | undefined
}

export interface StoreChanges {
  put: BoardRecord[]
  remove: string[]
}

export class PendingRemote {
  /** Ids a board transaction changed. */
  private readonly board = new Set<string>()
  /** Ids a private-document transaction changed. */
  private readonly mine = new Set<string>()

  get size(): number {
    return this.board.size + this.mine.size
  }

  boardChanged(ids: Iterable<string>): void {
    for (const id of ids) this.board.add(id)
  }

  mineChanged(ids: Iterable<string>): void {
    for (const id of ids) this.mine.add(id)
  }

  /** Empties the batch and says what the store should put and remove for it, as the documents are now. */
  take(board: RecordSource, mine: RecordSource | undefined, revealed: () => ReadonlySet<string>): StoreChanges {
    const out: StoreChanges = { put: [], remove: [] }
    let revealedNow: ReadonlySet<string> | undefined
    for (const id of new Set([...this.board, ...this.mine])) {
      const record = mine?.get(id) ?? board.get(id)
      if (record) {
        out.put.push(record)
        continue
      }
      // Gone from both. Left only the private document, listed as revealed: the board brings it soon.
      if (!this.board.has(id)) {
        revealedNow ??= revealed()
        if (revealedNow.has(id)) continue
      }
      out.remove.push(id)
    }
    this.board.clear()
    this.mine.clear()
    return out
  }

  clear(): void {
    this.board.clear()
    this.mine.clear()
  }
}
