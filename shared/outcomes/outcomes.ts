// The outcome of a workshop as data: per placed template, its areas in reading order and what the
// participants put in them. One pure function over the board, shared by the outcome panel, exports
// and the API, so that they all say the same thing.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import { ACTOR_SHAPE, type ActorCardProps, type AreaTemplate } from '../board/shapes/index.ts'
import { isMessageKey } from '../i18n/messages.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { listAreas, listTemplateInstances, type AreaInfo } from '../areas/areas.ts'
import { membersByArea } from '../areas/membership.ts'
import { voteCount } from './votes.ts'

export interface Outcomes {
  templates: TemplateOutcome[]
}

export interface TemplateOutcome {
  instance: string
  template: AreaTemplate
  title: string
  /** The brainstorm question, when one was typed. */
  question?: string
  areas: AreaOutcome[]
}

export interface AreaOutcome {
  id: string
  kind: string
  key: string
  label: string
  lane?: 'now' | 'next'
  items: OutcomeItem[]
}

export type OutcomeItem = NoteOutcome | ActorOutcome

export interface NoteOutcome {
  id: string
  type: 'note'
  text: string
  votes: number
}

export interface ActorOutcome {
  id: string
  type: 'actor'
  name: string
  party: string
  interest: string
  attitude: string
  role: string
  votes: number
}

function field(props: Partial<ActorCardProps>, key: keyof ActorCardProps): string {
  const value = props[key]
  return typeof value === 'string' ? value : ''
}

/** Notes and texts become note items; an empty note says nothing, so it is left out. */
function outcomeItem(board: BoardDoc, record: BoardRecord): OutcomeItem | undefined {
  if (record.type === ACTOR_SHAPE) {
    const p = (typeof record.props === 'object' && record.props !== null ? record.props : {}) as Partial<ActorCardProps>
    return {
      id: record.id,
      type: 'actor',
      name: field(p, 'name').trim(),
      party: field(p, 'party'),
      interest: field(p, 'interest').trim(),
      attitude: field(p, 'attitude'),
      role: field(p, 'role'),
      votes: voteCount(board, record),
    }
  }
  const text = noteText(record).trim()
  return text ? { id: record.id, type: 'note', text, votes: voteCount(board, record) } : undefined
}

function areaOutcome(board: BoardDoc, area: AreaInfo, members: readonly BoardRecord[]): AreaOutcome {
  const items = members.map((record) => outcomeItem(board, record)).filter((item): item is OutcomeItem => item !== undefined)
  const out: AreaOutcome = { id: area.id, kind: area.kind, key: area.key, label: area.label, items }
  if (area.lane) out.lane = area.lane
  return out
}

/**
 * A template's title: its title label; without one, the template's name. Areas added on their own
 * ('board': an "Acties" area, a loose cluster) are called by their own labels.
 */
export function templateTitle(lang: Lang, template: AreaTemplate, layoutTitle: string | undefined, areas: readonly Pick<AreaOutcome, 'label'>[]): string {
  if (layoutTitle) return layoutTitle
  if (template === 'board')
    return areas
      .map((a) => a.label)
      .filter(Boolean)
      .join(', ')
  const key = `template.${template}.title`
  return isMessageKey(key) ? translate(lang, key) : template
}

/** The board's templates in placement order, their areas in template order, items in reading order. */
export function readOutcomes(board: BoardDoc, lang: Lang): Outcomes {
  const areas = listAreas(board, lang)
  const members = membersByArea(board, areas)
  const byInstance = new Map<string, AreaOutcome[]>()
  for (const area of areas) {
    const list = byInstance.get(area.instance) ?? []
    list.push(areaOutcome(board, area, members.get(area.id) ?? []))
    byInstance.set(area.instance, list)
  }
  const templates = listTemplateInstances(board, lang).map((info): TemplateOutcome => {
    const instanceAreas = byInstance.get(info.instance) ?? []
    const out: TemplateOutcome = {
      instance: info.instance,
      template: info.template,
      title: templateTitle(lang, info.template, info.layoutTitle, instanceAreas),
      areas: instanceAreas,
    }
    if (info.question) out.question = info.question
    return out
  })
  return { templates }
}
