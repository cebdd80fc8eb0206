// The board document's changes as a tldraw signal: a version number bumped by every change to the
// records (BoardDoc.observe) or to the participants directory. Panels derive their state from it
// with computed()/useValue(), like the rest of tldraw's UI, instead of counters of their own. From
// @tldraw/state (what tldraw re-exports), so the phone page can use it without the editor.
import { atom, type Atom } from '@tldraw/state'
import type { BoardDoc } from '../../../shared/board/index.ts'

const versions = new WeakMap<BoardDoc, Atom<number>>()

/** One signal per board, observed for as long as the board lives (a board lives as long as its page). */
export function boardVersion(board: BoardDoc): Atom<number> {
  let version = versions.get(board)
  if (!version) {
    const created = atom('board version', 0)
    const bump = () => created.update((n) => n + 1)
    board.observe(bump)
    board.participantsMap.observe(bump)
    versions.set(board, created)
    version = created
  }
  return version
}
