// Notes left in our private document after their round ended: written while offline or in the very
// moment of the reveal, they reached the server too late to be revealed with the others. Once no round
// is on (and a short while passed, so the server's own emptying after a reveal arrives first), this
// browser puts them on the board itself, through the same write rules as any edit, and takes them out
// of the private document. Ones the board already holds as they are are only taken out.
import { readControl, observeControl } from '../../../shared/facilitation/index.ts'
import type { BoardDoc, BoardRecord } from '../../../shared/board/index.ts'
import type { Role } from '../collab/types.ts'

/** How long after the round ended (or the last private change) leftovers wait for the server's reveal. */
const LEFTOVER_GRACE_MS = 3000

/** Origin of the private deletions: not the store binding's own, so the store shows the board's copy. */
const LEFTOVER_ORIGIN = Symbol('samenbord:leftovers')

const same = (a: BoardRecord, b: BoardRecord) => JSON.stringify(a) === JSON.stringify(b)

export function publishLeftovers(board: BoardDoc, mine: BoardDoc, role: Role, boardOrigin: unknown): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const due = () => {
    const control = readControl(board.doc)
    return !control.silent.on && mine.size() > 0 && !(role === 'join' && control.lock.board)
  }
  const publish = () => {
    timer = undefined
    if (!due()) return
    const leftovers = mine.all()
    const put = leftovers.filter((record) => {
      const onBoard = board.get(record.id)
      return !onBoard || !same(onBoard, record)
    })
    board.apply({ put }, boardOrigin)
    mine.apply({ remove: leftovers.map((r) => r.id) }, LEFTOVER_ORIGIN)
  }
  const check = () => {
    clearTimeout(timer)
    timer = due() ? setTimeout(publish, LEFTOVER_GRACE_MS) : undefined
  }
  const stopControl = observeControl(board.doc, check)
  const stopMine = mine.observe(check)
  check()
  return () => {
    clearTimeout(timer)
    stopControl()
    stopMine()
  }
}
