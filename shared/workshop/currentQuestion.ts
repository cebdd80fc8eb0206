// "The current question": what a phone shows on top and where its notes go. The facilitator's focus
// area wins, then the area of a running silent brainstorm, then the newest brainstorm's ideas area, so a
// phone always follows what the room is working on without anyone having to send a new link.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import type { ControlState } from '../facilitation/types.ts'
import { areaName, listAreas, listTemplateInstances, translatedLabel, type AreaInfo } from '../areas/index.ts'
import type { Lang } from '../i18n/translate.ts'

export type QuestionSource = 'focus' | 'silent' | 'brainstorm' | 'none'

export interface CurrentQuestion {
  /** The area new notes go into; null: no area (the note goes to a free spot on the board). */
  areaId: string | null
  source: QuestionSource
  /** The brainstorm's central question as typed, when the area belongs to one ('' otherwise). */
  question: string
  /** The area's kind ('ideas', 'goals', …; '' without an area). */
  kind: string
  /** The area's name, translated, with its lane when it has one ('' without an area). */
  label: string
  /** The area's one-line meaning, translated ('' for none). */
  hint: string
}

const NONE: CurrentQuestion = { areaId: null, source: 'none', question: '', kind: '', label: '', hint: '' }

function hintOf(record: BoardRecord | undefined, lang: Lang): string {
  const props = (record?.props ?? {}) as { hintKey?: unknown }
  return translatedLabel(lang, '', props.hintKey)
}

export function currentQuestion(board: BoardDoc, control: Pick<ControlState, 'focus' | 'silent'>, lang: Lang): CurrentQuestion {
  const areas = listAreas(board, lang)
  const instances = listTemplateInstances(board, lang)
  const describe = (area: AreaInfo, source: QuestionSource): CurrentQuestion => ({
    areaId: area.id,
    source,
    question: instances.find((i) => i.instance === area.instance)?.question ?? '',
    kind: area.kind,
    label: areaName(area, lang),
    hint: hintOf(board.get(area.id), lang),
  })
  const byId = (id: string | null) => (id === null ? undefined : areas.find((a) => a.id === id))

  const focused = byId(control.focus.areaId)
  if (focused) return describe(focused, 'focus')
  const silent = control.silent.on ? byId(control.silent.areaId) : undefined
  if (silent) return describe(silent, 'silent')
  // Instances come in placement order: the last brainstorm is the newest one.
  const brainstorms = instances.filter((i) => i.template === 'brainstorm')
  for (let i = brainstorms.length - 1; i >= 0; i--) {
    const ideas = areas.find((a) => a.instance === brainstorms[i]!.instance && a.kind === 'ideas')
    if (ideas) return describe(ideas, 'brainstorm')
  }
  return NONE
}
