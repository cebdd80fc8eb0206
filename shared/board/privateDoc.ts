// A participant's private document during a silent round (server/silent): a Y.Doc in the board's own
// format (BoardDoc: the `records` key-value array) holding that participant's round notes only, plus
// one root the server writes at the reveal:
//
//   doc.getMap('revealed')  'ids': the note ids the last reveal merged into the board (string[]).
//
// The reveal first writes the notes into the board, then deletes them here together with this list,
// so the author's browser, which may see the deletion before the board's update (two sockets), knows
// to keep those notes on screen until the board brings them.
import type * as Y from 'yjs'

const REVEALED_KEY = 'revealed'

/** The ids the last reveal merged into the board. */
export function revealedIds(doc: Y.Doc): ReadonlySet<string> {
  const ids = doc.getMap<unknown>(REVEALED_KEY).get('ids')
  return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [])
}

/** Records which ids the reveal merged (the server only, in the transaction that deletes them here). */
export function markRevealed(doc: Y.Doc, ids: readonly string[]): void {
  doc.getMap<unknown>(REVEALED_KEY).set('ids', [...ids])
}
