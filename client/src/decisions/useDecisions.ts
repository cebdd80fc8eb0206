// The live list of decisions (besluiten): recomputed from the board document after every change to it,
// as the action list is (actions/useActions.ts). One computed per board and language, shared by the
// mark buttons and the actions panel.
import { computed, type Computed } from '@tldraw/state'
import { useValue } from '@tldraw/state-react'
import { readDecisions, type Decision } from '../../../shared/decisions/readDecisions.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import { boardVersion } from '../board/boardVersion.ts'

export interface DecisionList {
  decisions: Decision[]
  /** Ids of the notes that are decisions. */
  ids: ReadonlySet<string>
}

const EMPTY: DecisionList = { decisions: [], ids: new Set() }
const lists = new WeakMap<BoardDoc, Map<Lang, Computed<DecisionList>>>()

function listOf(board: BoardDoc, lang: Lang): Computed<DecisionList> {
  let byLang = lists.get(board)
  if (!byLang) {
    byLang = new Map()
    lists.set(board, byLang)
  }
  let list = byLang.get(lang)
  if (!list) {
    list = computed('decision list', () => {
      boardVersion(board).get()
      try {
        const decisions = readDecisions(board, lang)
        return { decisions, ids: new Set(decisions.map((d) => d.id)) }
      } catch (error) {
        // One odd record must never take the board page down with it.
        console.error('samenbord: could not read the decisions', error)
        return EMPTY
      }
    })
    byLang.set(lang, list)
  }
  return list
}

export function useDecisionList(board: BoardDoc | null, lang: Lang): DecisionList {
  return useValue('decision list', () => (board ? listOf(board, lang).get() : EMPTY), [board, lang])
}
