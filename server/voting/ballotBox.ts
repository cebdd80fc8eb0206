// Who placed which dot, per session: the server's alone, never in the board document (which shows
// per-note totals only, and only while the tally may be seen). Kept in a server-only Y.Doc per session,
// stored through a DocStorage of its own (<dataDir>/ballots/<session>.log/.snap, the same framed,
// checksummed log and snapshot as the boards, or another backend): an append per change is a few dozen
// bytes, stored before the change resolves, so a dot answered 200 survives kill -9 and restart; torn
// tails, compaction, quarantine and fault injection come with it, and removal with the session is one
// call. Changes and reads of a session run one at a time, in order (storedDocs.ts), so a budget checked
// inside change() holds however many requests race.
//
//   doc.getMap('dots')   `${noteId}\n${voterId}` → dots (a whole number ≥ 1; an entry per person and note)
//   doc.getMap('meta')   'adopted': true once an older board's dots were taken in (see VotingService)
import type * as Y from 'yjs'
import type { Ballots } from '../../shared/facilitation/votes.ts'
import { docFrom, StoredDocs, StoredDocWriteError } from '../storage/storedDocs.ts'
import type { DocStorage } from '../storage/types.ts'

/** The disk refused the change: nothing of it is kept (the caller answers 503). */
export class BallotStoreError extends Error {}

/** A session's ballots as the vote rules use them, and whether an older board's dots were taken in. */
export interface SessionBallots extends Ballots {
  readonly adopted: boolean
  markAdopted(): void
}

export interface BallotBoxOptions {
  /** Compact a session's log into its snapshot past this many bytes. */
  compactBytes: number
  /** Sessions whose ballots stay in memory (least recently used ones are dropped and their files closed). */
  cached?: number
  log?: (msg: string, fields: object) => void
}

const SEP = '\n'

class Box implements SessionBallots {
  readonly doc: Y.Doc
  private readonly dots: Y.Map<number>
  private readonly meta: Y.Map<unknown>
  /** note → voter → dots, derived from `dots` (the rules ask per note). */
  private readonly index = new Map<string, Map<string, number>>()

  constructor(updates: Uint8Array[]) {
    this.doc = docFrom(updates)
    this.dots = this.doc.getMap<number>('dots')
    this.meta = this.doc.getMap<unknown>('meta')
    this.dots.forEach((n, key) => {
      const at = key.lastIndexOf(SEP)
      if (at > 0 && Number.isInteger(n) && n > 0) this.indexed(key.slice(0, at)).set(key.slice(at + 1), n)
    })
  }

  get adopted(): boolean {
    return this.meta.get('adopted') === true
  }

  markAdopted(): void {
    if (!this.adopted) this.meta.set('adopted', true)
  }

  get(noteId: string, voterId: string): number {
    return this.index.get(noteId)?.get(voterId) ?? 0
  }

  set(noteId: string, voterId: string, dots: number): void {
    const key = noteId + SEP + voterId
    if (dots > 0) {
      if (this.get(noteId, voterId) === dots) return
      this.dots.set(key, dots)
      this.indexed(noteId).set(voterId, dots)
    } else if (this.dots.has(key)) {
      this.dots.delete(key)
      const voters = this.index.get(noteId)!
      voters.delete(voterId)
      if (voters.size === 0) this.index.delete(noteId)
    }
  }

  on(noteId: string): ReadonlyMap<string, number> {
    return this.index.get(noteId) ?? new Map()
  }

  notes(): Iterable<string> {
    return this.index.keys()
  }

  private indexed(noteId: string): Map<string, number> {
    let voters = this.index.get(noteId)
    if (!voters) {
      voters = new Map()
      this.index.set(noteId, voters)
    }
    return voters
  }
}

export class BallotBox {
  private readonly boxes: StoredDocs<Box>

  constructor(storage: DocStorage, opts: BallotBoxOptions) {
    this.boxes = new StoredDocs(storage, { ...opts, name: 'ballot' }, (updates) => new Box(updates))
  }

  /** Reads a session's ballots as stored (after every change asked before). */
  read<T>(sessionId: string, fn: (ballots: Ballots) => T): Promise<T> {
    return this.boxes.read(sessionId, fn)
  }

  /**
   * Changes a session's ballots, one change at a time per session: what `fn` changed is stored before
   * this resolves. When storage refuses (or `fn` throws), nothing of the change is kept, here or in
   * storage: BallotStoreError.
   */
  async change<T>(sessionId: string, fn: (ballots: SessionBallots) => T): Promise<T> {
    try {
      return await this.boxes.change(sessionId, fn)
    } catch (error) {
      if (error instanceof StoredDocWriteError) throw new BallotStoreError(error.message)
      throw error
    }
  }

  /** Every ballot of a deleted session, files included. */
  remove(sessionId: string): Promise<void> {
    return this.boxes.remove(sessionId)
  }
}

/** A copy of ballots that outlives their turn in the queue (what a change left, to write the board's totals from). */
export function ballotsCopy(ballots: Ballots): Ballots {
  const copy = new Map<string, Map<string, number>>()
  for (const note of ballots.notes()) copy.set(note, new Map(ballots.on(note)))
  const empty: ReadonlyMap<string, number> = new Map()
  return {
    get: (noteId, voterId) => copy.get(noteId)?.get(voterId) ?? 0,
    set: () => {
      throw new Error('a copy of the ballots is read-only')
    },
    on: (noteId) => copy.get(noteId) ?? empty,
    notes: () => copy.keys(),
  }
}
