// After a damaged log record was set aside (storage/logFormat.ts), the updates after it may wait
// forever in Yjs: an update of a client integrates only when every earlier clock of that client is
// known, and an item only when its neighbours are. So one lost record would still hide every later
// edit of the same browser (in the test: 80 of 100 notes).
//
// The lost clocks are filled with deleted content. Where the client's edit just before the gap was an
// element of an array (the board is a key-value array, so a note is one), the filler is a deleted
// element at the end of that array: later elements whose left neighbour was the lost one line up after
// it, as they would have. Otherwise it is a GC struct (what Yjs itself leaves of collected content),
// and what was built right on the lost edit is lost with it; the rest integrates.
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** Fills the clock gaps that keep updates pending; returns how many ranges it filled (0 when none). */
export function fillClockGaps(doc: Y.Doc): number {
  let filled = 0
  // Each round fills what the pending updates are known to wait for; filling can reveal the next gap.
  for (let round = 0; round < 1000 && doc.store.pendingStructs; round++) {
    const gaps = missingRanges(doc)
    if (gaps.length === 0) break
    for (const [client, clock, length] of gaps) Y.applyUpdate(doc, fillerUpdate(doc, client, clock, length))
    filled += gaps.length
  }
  return filled
}

/** [client, from clock, length] of what the pending structs wait for. */
function missingRanges(doc: Y.Doc): Array<[number, number, number]> {
  const pending = doc.store.pendingStructs
  if (!pending) return []
  const { structs } = Y.decodeUpdateV2(pending.update)
  const ranges: Array<[number, number, number]> = []
  for (const client of pending.missing.keys()) {
    const state = Y.getState(doc.store, client)
    // Up to the first pending struct of that client, or past the last clock a pending item refers to.
    let until = Infinity
    let referenced = -1
    for (const struct of structs) {
      if (struct.id.client === client && struct.id.clock >= state && (struct instanceof Y.Item || struct instanceof Y.GC))
        until = Math.min(until, struct.id.clock)
      if (struct instanceof Y.Item) {
        for (const id of [struct.origin, struct.rightOrigin, struct.parent]) {
          if (id instanceof Y.ID && id.client === client) referenced = Math.max(referenced, id.clock)
        }
      }
    }
    const end = until !== Infinity ? until : referenced + 1
    if (end > state) ranges.push([client, state, end - state])
  }
  return ranges
}

/** A v1 update with one struct filling [clock, clock + length) of `client`, and an empty delete set. */
function fillerUpdate(doc: Y.Doc, client: number, clock: number, length: number): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, 1) // one client
  encoding.writeVarUint(encoder.restEncoder, 1) // one struct
  encoder.writeClient(client)
  encoding.writeVarUint(encoder.restEncoder, clock)
  const array = arrayOfEditBefore(doc, client, clock)
  if (array) {
    let last = array._start
    while (last?.right) last = last.right
    const origin = last ? last.lastId : null
    new Y.Item(Y.createID(client, clock), null, origin, null, null, array, null, new Y.ContentDeleted(length)).write(encoder, 0)
  } else {
    encoder.writeInfo(0) // GC
    encoder.writeLen(length)
  }
  encoding.writeVarUint(encoder.restEncoder, 0) // no deletions
  return encoder.toUint8Array()
}

/** The array (a type whose children have no key) that the client's edit at clock - 1 went into, if any. */
function arrayOfEditBefore(doc: Y.Doc, client: number, clock: number): Y.AbstractType<unknown> | undefined {
  if (clock === 0) return undefined
  const structs = doc.store.clients.get(client)
  const before = structs?.find((s) => s.id.clock <= clock - 1 && clock - 1 < s.id.clock + s.length)
  if (!(before instanceof Y.Item) || before.parentSub !== null || !(before.parent instanceof Y.AbstractType)) return undefined
  return before.parent
}
