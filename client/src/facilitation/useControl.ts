// The facilitation state as React sees it: the control map and the votes of the live board document,
// re-read on every change (from the server, through Yjs), plus the server clock for timers.
import { createContext, useContext, useEffect, useState } from 'react'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { DEFAULT_CONTROL, observeControl, readControl, type ControlState } from '../../../shared/facilitation/index.ts'

export interface ControlView {
  control: ControlState
  /** Bumped on every change of the control map or the votes (votes are read with noteVotes()). */
  version: number
  /** Server time now (epoch ms), from the offset measured when the session was fetched. */
  serverNow: () => number
}

export function useControlState(board: BoardDoc | null, serverOffsetMs: number): ControlView {
  const [state, setState] = useState(() => ({ control: board ? readControl(board.doc) : DEFAULT_CONTROL, version: 0 }))
  useEffect(() => {
    if (!board) return
    const update = () => setState((prev) => ({ control: readControl(board.doc), version: prev.version + 1 }))
    update()
    return observeControl(board.doc, update)
  }, [board])
  return { ...state, serverNow: () => Date.now() + serverOffsetMs }
}

export const ControlContext = createContext<ControlView>({ control: DEFAULT_CONTROL, version: 0, serverNow: () => Date.now() })

export function useControl(): ControlView {
  return useContext(ControlContext)
}
