// The board document's changes as a tldraw signal: a version number bumped by every change to the
// records (BoardDoc.observe) or to the participants directory. Panels derive their state from it
// with computed()/useValue(), like the rest of tldraw's UI, instead of counters of their own. From
// @tldraw/state (what tldraw re-exports), so the phone page can use it without the editor.
// One bump per frame at most (nextFrame.ts, like the store's merges): the panels read the whole board,
// and ten updates arriving together (or a burst of typing) should cost them one reading, not ten.
import { atom, type Atom } from '@tldraw/state'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { nextFrame } from '../collab/nextFrame.ts'

const versions = new WeakMap<BoardDoc, Atom<number>>()

/** One signal per board, observed for as long as the board lives (a board lives as long as its page). */
export function boardVersion(board: BoardDoc): Atom<number> {
  let version = versions.get(board)
  if (!version) {
    const created = atom('board version', 0)
    let scheduled = false
    const bump = () => {
      if (scheduled) return
      scheduled = true
      nextFrame(() => {
        scheduled = false
        created.update((n) => n + 1)
      })
    }
    board.observe(bump)
    board.participantsMap.observe(bump)
    versions.set(board, created)
    version = created
  }
  return version
}
