// A key → value store on a Y.Array of { key, val } entries: the data format of y-utility's YKeyValue
// (the right-most entry of a key wins; older ones are deleted), with the same 'change' events, but
// with work proportional to the change instead of the array.
//
// Why not y-utility's YKeyValue: on every transaction that touches the array its observer computes
// `event.changes` and `yarray.toArray()`, both walks of the whole array, tombstones included, and
// every set() walks the array again to find the old entry's index. On a 5,000-shape board that made
// each moved note cost the server (and every client) O(board); the profile of the throughput bench
// showed a third of the server's time in `get changes`. Here entries are found by their Yjs ID:
//   - added entries: the structs created in the transaction (beforeState → afterState per client);
//   - deleted entries: the transaction's delete set;
//   - an entry is deleted by splitting its item down to that one entry and deleting the item.
// Positions are compared only between entries of one key, walking right from the newer one (new
// entries are appended, so that walk is short).
import { Observable } from 'lib0/observable'
import * as Y from 'yjs'

export interface KeyValueEntry<T> {
  key: string
  val: T
}

export type KeyValueChange<T> = { action: 'add'; newValue: T } | { action: 'update'; oldValue: T; newValue: T } | { action: 'delete'; oldValue: T }

type ChangeListener<T> = (changes: Map<string, KeyValueChange<T>>, tr: Y.Transaction) => void

interface Located<T> {
  entry: KeyValueEntry<T>
  id: Y.ID
}

export class KeyValueArray<T> extends Observable<'change'> {
  readonly yarray: Y.Array<KeyValueEntry<T>>
  readonly doc: Y.Doc
  /** Current entry per key (the very objects stored in the array). */
  readonly map = new Map<string, KeyValueEntry<T>>()
  /** The Yjs ID of each current entry. */
  private readonly ids = new Map<string, Y.ID>()
  /**
   * Entries set in the transaction still open (map and ids follow when it ends): a second set or a
   * delete of the same key in that transaction must find the entry just pushed.
   */
  private readonly pending = new Map<string, Y.ID>()

  constructor(yarray: Y.Array<KeyValueEntry<T>>) {
    super()
    this.yarray = yarray
    this.doc = yarray.doc as Y.Doc
    const duplicates: Y.ID[] = []
    for (const { entry, id } of liveEntries(yarray)) {
      // Left to right: a later entry of the same key wins, the earlier one is cleaned up.
      const previous = this.ids.get(entry.key)
      if (previous) duplicates.push(previous)
      this.map.set(entry.key, entry)
      this.ids.set(entry.key, id)
    }
    if (duplicates.length > 0)
      this.doc.transact((tr) => {
        for (const id of duplicates) this.deleteEntry(tr, id)
      })
    yarray.observe((_event, tr) => this.onTransaction(tr))
  }

  get(key: string): T | undefined {
    return this.map.get(key)?.val
  }

  has(key: string): boolean {
    return this.map.has(key)
  }

  set(key: string, val: T): void {
    this.doc.transact((tr) => {
      const id = this.pending.get(key) ?? this.ids.get(key)
      if (id) this.deleteEntry(tr, id)
      this.yarray.push([{ key, val }])
      // The pushed entry is the last struct of this client.
      this.pending.set(key, Y.createID(this.doc.clientID, Y.getState(this.doc.store, this.doc.clientID) - 1))
    })
  }

  delete(key: string): void {
    const id = this.pending.get(key) ?? this.ids.get(key)
    if (!id) return
    this.pending.delete(key)
    this.doc.transact((tr) => this.deleteEntry(tr, id))
  }

  override on(name: 'change', listener: ChangeListener<T>): void {
    super.on(name, listener)
  }

  override off(name: 'change', listener: ChangeListener<T>): void {
    super.off(name, listener)
  }

  /** Deletes the one entry at `id`, splitting its item (several pushed values share one item). */
  private deleteEntry(tr: Y.Transaction, id: Y.ID): void {
    const item = Y.getItemCleanStart(tr, id)
    if (item.deleted) return
    if (item.length > 1) Y.getItemCleanEnd(tr, this.doc.store, id)
    item.delete(tr)
    // Index caches of the array would now be off; Yjs clears them itself only for remote changes.
    if (this.yarray._searchMarker) this.yarray._searchMarker.length = 0
  }

  private onTransaction(tr: Y.Transaction): void {
    this.pending.clear()
    const changes = new Map<string, KeyValueChange<T>>()
    const added = this.addedIn(tr)
    // Deleted entries that were current: the key is gone unless an added entry takes its place.
    Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item) || struct.parent !== this.yarray || addedIn(tr, struct.id)) return
      const values = entriesOf<T>(struct)
      for (let i = 0; i < values.length; i++) {
        const entry = values[i]!
        if (this.map.get(entry.key) !== entry) continue
        this.map.delete(entry.key)
        this.ids.delete(entry.key)
        changes.set(entry.key, { action: 'delete', oldValue: entry.val })
      }
    })
    const losers: Y.ID[] = []
    for (const [key, candidates] of added) {
      // The right-most of the current entry (if any) and the added ones wins.
      let winner: Located<T> | undefined = this.map.has(key) ? { entry: this.map.get(key)!, id: this.ids.get(key)! } : undefined
      const previous = winner
      for (const candidate of candidates) {
        if (!winner || this.isRightOf(candidate.id, winner.id)) {
          if (winner) losers.push(winner.id)
          winner = candidate
        } else losers.push(candidate.id)
      }
      if (!winner || winner === previous) continue
      this.map.set(key, winner.entry)
      this.ids.set(key, winner.id)
      const deleted = changes.get(key)
      if (previous) changes.set(key, { action: 'update', oldValue: previous.entry.val, newValue: winner.entry.val })
      else if (deleted?.action === 'delete') changes.set(key, { action: 'update', oldValue: deleted.oldValue, newValue: winner.entry.val })
      else changes.set(key, { action: 'add', newValue: winner.entry.val })
    }
    // Entries that lost stay in the array until deleted, as y-utility does (any client may do it).
    if (losers.length > 0)
      this.doc.transact((cleanup) => {
        for (const id of losers) this.deleteEntry(cleanup, id)
      })
    if (changes.size > 0) this.emit('change', [changes, tr])
  }

  /** Entries of this array created in `tr` and not deleted again, per key, in array order within a struct. */
  private addedIn(tr: Y.Transaction): Map<string, Array<Located<T>>> {
    const out = new Map<string, Array<Located<T>>>()
    for (const [client, after] of tr.afterState) {
      const before = tr.beforeState.get(client) ?? 0
      if (after <= before) continue
      const structs = this.doc.store.clients.get(client)
      if (!structs) continue
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= after) break
        if (!(struct instanceof Y.Item) || struct.parent !== this.yarray || struct.deleted) continue
        const values = entriesOf<T>(struct)
        for (let k = Math.max(0, before - struct.id.clock); k < values.length; k++) {
          const entry = values[k]!
          let list = out.get(entry.key)
          if (!list) {
            list = []
            out.set(entry.key, list)
          }
          list.push({ entry, id: Y.createID(client, struct.id.clock + k) })
        }
      }
    }
    return out
  }

  /** Whether the entry at `a` sits to the right of the entry at `b` in the array. */
  private isRightOf(a: Y.ID, b: Y.ID): boolean {
    const store = this.doc.store
    const itemA = Y.getItem(store, a) as Y.Item
    const itemB = Y.getItem(store, b) as Y.Item
    if (itemA === itemB) return a.clock > b.clock
    // Walk right from a (the newer entry, near the end): meeting b means b is to the right.
    for (let item = itemA.right; item !== null; item = item.right) if (item === itemB) return false
    return true
  }
}

function addedIn(tr: Y.Transaction, id: Y.ID): boolean {
  return id.clock >= (tr.beforeState.get(id.client) ?? 0)
}

function entriesOf<T>(item: Y.Item): Array<KeyValueEntry<T>> {
  return item.content.getContent() as Array<KeyValueEntry<T>>
}

function* liveEntries<T>(yarray: Y.Array<KeyValueEntry<T>>): Generator<Located<T>> {
  for (let item = yarray._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue
    const values = entriesOf<T>(item)
    for (let k = 0; k < values.length; k++) yield { entry: values[k]!, id: Y.createID(item.id.client, item.id.clock + k) }
  }
}
