// The live action list: recomputed from the board document after every change to it.
import { createContext, useContext, useMemo } from 'react'
import { computed, useValue } from 'tldraw'
import { boardVersion } from '../board/boardVersion.ts'
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
  const referenceMs = reference.getTime()
  // A tldraw computed over the board's version signal: read again after every change to the board.
  const list = useMemo(() => {
    if (!board) return null
    const ref = new Date(referenceMs)
    return computed('action list', () => {
      boardVersion(board).get()
      return compute(board, ref, lang)
    })
  }, [board, referenceMs, lang])
  return useValue('action list', () => list?.get() ?? EMPTY, [list])
}

export const ActionListContext = createContext<ActionList>(EMPTY)

export function useActionListContext(): ActionList {
  return useContext(ActionListContext)
}
