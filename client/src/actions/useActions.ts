// The live action list: recomputed from the board document after every change to it. From @tldraw/state
// (what tldraw re-exports), so the list view shares it without pulling in the editor.
import { createContext, useContext, useMemo } from 'react'
import { computed, type Computed } from '@tldraw/state'
import { useValue } from '@tldraw/state-react'
import { boardVersion } from '../board/boardVersion.ts'
import { readActions } from '../../../shared/actions/index.ts'
import type { Action } from '../../../shared/actions/types.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import type { Lang } from '../../../shared/i18n/index.ts'

export interface ActionList {
  actions: Action[]
  /** Note id → its action, for the mark button on the canvas. */
  byNote: ReadonlyMap<string, Action>
  /** The workshop's date the notes were read with (a hand edit reads the note the same way); null: no list. */
  reference: Date | null
}

const EMPTY: ActionList = { actions: [], byNote: new Map(), reference: null }

function compute(board: BoardDoc, reference: Date, lang: Lang): ActionList {
  try {
    const actions = readActions(board, { reference, lang })
    return { actions, byNote: new Map(actions.map((action) => [action.noteId, action])), reference }
  } catch (error) {
    // One odd record must never take the board page down with it.
    console.error('samenbord: could not read the actions', error)
    return { ...EMPTY, reference }
  }
}

// One computed per board, date and language, however many components read it (the board page's
// panel and every item of the list view): the board is read once per change, not once per reader.
const lists = new WeakMap<BoardDoc, Map<string, Computed<ActionList>>>()

function actionListOf(board: BoardDoc, reference: Date, lang: Lang): Computed<ActionList> {
  let byKey = lists.get(board)
  if (!byKey) {
    byKey = new Map()
    lists.set(board, byKey)
  }
  const key = `${reference.getTime()}:${lang}`
  let list = byKey.get(key)
  if (!list) {
    const ref = new Date(reference.getTime())
    // A tldraw computed over the board's version signal: read again after every change to the board.
    list = computed('action list', () => {
      boardVersion(board).get()
      return compute(board, ref, lang)
    })
    byKey.set(key, list)
  }
  return list
}

export function useActionList(board: BoardDoc | null, reference: Date, lang: Lang): ActionList {
  const referenceMs = reference.getTime()
  const list = useMemo(() => (board ? actionListOf(board, new Date(referenceMs), lang) : null), [board, referenceMs, lang])
  return useValue('action list', () => list?.get() ?? EMPTY, [list])
}

export const ActionListContext = createContext<ActionList>(EMPTY)

export function useActionListContext(): ActionList {
  return useContext(ActionListContext)
}
