// The live action list: recomputed from the board document after every change (coalesced to one
// computation per animation frame, so dragging a note does not recompute sixty times a second).
import { createContext, useContext, useEffect, useState } from 'react'
import { readActions } from '../../../shared/actions/index.ts'
import type { Action } from '../../../shared/actions/types.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import type { Lang } from '../../../shared/i18n/index.ts'

export interface ActionList {
  actions: Action[]
  /** Note id → its action, for the mark button on the canvas. */
  byNote: ReadonlyMap<string, Action>
}

const EMPTY: ActionList = { actions: [], byNote: new Map() }

function compute(board: BoardDoc, reference: Date, lang: Lang): ActionList {
  try {
    const actions = readActions(board, { reference, lang })
    return { actions, byNote: new Map(actions.map((action) => [action.noteId, action])) }
  } catch (error) {
    // One odd record must never take the board page down with it.
    console.error('samenbord: could not read the actions', error)
    return EMPTY
  }
}

export function useActionList(board: BoardDoc | null, reference: Date, lang: Lang): ActionList {
  const [list, setList] = useState<ActionList>(EMPTY)
  const referenceMs = reference.getTime()

  useEffect(() => {
    if (!board) {
      setList(EMPTY)
      return
    }
    const ref = new Date(referenceMs)
    setList(compute(board, ref, lang))
    let frame = 0
    const stop = board.observe(() => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setList(compute(board, ref, lang))
      })
    })
    return () => {
      stop()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [board, referenceMs, lang])

  return list
}

export const ActionListContext = createContext<ActionList>(EMPTY)

export function useActionListContext(): ActionList {
  return useContext(ActionListContext)
}
