// The areas on a board (sb-area shapes) and the template instances they belong to, read as data in a
// stable order: templates in the order they were placed, areas in each template's reading order.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { AREA_SHAPE, LABEL_SHAPE, type AreaProps, type AreaTemplate, type LabelProps } from '../board/shapes/index.ts'
import { isMessageKey } from '../i18n/messages.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { Box } from '../templates/types.ts'
import { shapePageBounds, shapePagePosition, type AreaGeometry, type ById } from './geometry.ts'

export interface AreaInfo extends AreaGeometry {
  /** The sb-area shape id: the area's stable id. */
  id: string
  template: AreaTemplate
  instance: string
  kind: AreaProps['kind']
  key: string
  order: number
  /** The hand-typed label, else the translated labelKey. */
  label: string
  lane: AreaProps['lane']
  pageId: string
  /** The area's box in page coordinates. */
  bounds: Box
}

export interface TemplateInstanceInfo {
  instance: string
  template: AreaTemplate
  /** The instance's title label, translated (or as typed); absent when it has no title label. */
  layoutTitle?: string
  /** The brainstorm question as typed; '' when there is none or it was never filled in. */
  question: string
}

type Shape<P> = BoardRecord & { type: string; index: string; props: P }

function isShapeOf<P>(record: BoardRecord, type: string): record is Shape<P> {
  return record.typeName === 'shape' && record.type === type && typeof record.props === 'object' && record.props !== null
}

/** A label typed by hand wins; else the message key in the viewer's language; unknown keys give ''. */
export function translatedLabel(lang: Lang, typed: unknown, labelKey: unknown): string {
  const hand = typeof typed === 'string' ? typed.trim() : ''
  if (hand) return hand
  return typeof labelKey === 'string' && isMessageKey(labelKey) ? translate(lang, labelKey) : ''
}

function areaLabel(props: AreaProps, lang: Lang): string {
  const label = translatedLabel(lang, props.label, props.labelKey)
  if (label) return label
  return props.kind === 'cluster' ? translate(lang, 'brainstorm.cluster.unnamed') : ''
}

/**
 * Where a shape stands in placement order: its page's index, then the index of its page-level
 * ancestor (a shape nested in a frame ranks where the frame does). Fractional indices compare as
 * plain strings, as tldraw's sortByIndex does.
 */
function placementKey(record: BoardRecord, byId: ById): [string, string] {
  let top: BoardRecord = record
  for (let depth = 0; depth < 32; depth++) {
    const parent = typeof top.parentId === 'string' && !top.parentId.startsWith('page:') ? byId(top.parentId) : undefined
    if (!parent) break
    top = parent
  }
  const page = typeof top.parentId === 'string' ? byId(top.parentId) : undefined
  return [String(page?.index ?? ''), String(top.index ?? '')]
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

interface InstanceRank {
  template: AreaTemplate
  key: [string, string]
  fromArea: boolean
}

/**
 * Every template instance with the template it is of and its rank: the lowest placement key among its
 * areas and labels, i.e. when the template was placed (new templates go above everything).
 */
function rankInstances(records: readonly BoardRecord[], byId: ById): Map<string, InstanceRank> {
  const ranks = new Map<string, InstanceRank>()
  for (const record of records) {
    const fromArea = isShapeOf<AreaProps>(record, AREA_SHAPE)
    if (!fromArea && !isShapeOf<LabelProps>(record, LABEL_SHAPE)) continue
    const { instance, template } = record.props as Pick<AreaProps, 'instance' | 'template'>
    if (typeof instance !== 'string') continue
    const key = placementKey(record, byId)
    const seen = ranks.get(instance)
    if (!seen) {
      ranks.set(instance, { template, key, fromArea })
      continue
    }
    if (compareKeys(key, seen.key) < 0) seen.key = key
    // Areas and labels agree unless a record is damaged; then the areas (what outcomes list) decide.
    if (fromArea && !seen.fromArea) Object.assign(seen, { template, fromArea })
  }
  return ranks
}

/** Instances in placement order (ties, e.g. equal indices on different pages, by instance id). */
function orderedInstances(ranks: Map<string, InstanceRank>): string[] {
  return [...ranks.keys()].sort((a, b) => compareKeys(ranks.get(a)!.key, ranks.get(b)!.key) || (a < b ? -1 : a > b ? 1 : 0))
}

function byIdOf(board: BoardDoc): ById {
  return (id) => board.get(id)
}

/**
 * Every sb-area on the board, sorted by the placement order of its template instance, then the
 * area's order inside the template, then id. Areas whose parent chain is broken are left out.
 */
export function listAreas(board: BoardDoc, lang: Lang): AreaInfo[] {
  const byId = byIdOf(board)
  const records = board.all()
  const position = new Map(orderedInstances(rankInstances(records, byId)).map((instance, i) => [instance, i]))
  const areas: AreaInfo[] = []
  for (const record of records) {
    if (!isShapeOf<AreaProps>(record, AREA_SHAPE)) continue
    const at = shapePagePosition(record, byId)
    const bounds = shapePageBounds(record, byId)
    if (!at || !bounds) continue
    const p = record.props
    areas.push({
      id: record.id,
      template: p.template,
      instance: p.instance,
      kind: p.kind,
      key: p.key,
      order: typeof p.order === 'number' ? p.order : 0,
      label: areaLabel(p, lang),
      lane: p.lane ?? '',
      pageId: at.pageId,
      bounds,
      geometry: p.geometry ?? 'rect',
      ringInner: p.ringInner ?? 0,
      side: p.side ?? 'full',
    })
  }
  const rank = (a: AreaInfo) => position.get(a.instance) ?? Number.MAX_SAFE_INTEGER
  return areas.sort((a, b) => rank(a) - rank(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The template instances on the board in placement order, with their title and (brainstorm) question.
 * An instance is anything that has an sb-area or sb-label with its instance id.
 */
export function listTemplateInstances(board: BoardDoc, lang: Lang): TemplateInstanceInfo[] {
  const byId = byIdOf(board)
  const records = board.all()
  const ranks = rankInstances(records, byId)
  const titles = new Map<string, string>()
  const questions = new Map<string, string>()
  const labels = records
    .filter((r) => isShapeOf<LabelProps>(r, LABEL_SHAPE))
    // Several titles or questions in one instance (a duplicate pasted in): the first placed one counts.
    .sort((a, b) => compareKeys(placementKey(a, byId), placementKey(b, byId)) || (a.id < b.id ? -1 : 1))
  for (const label of labels) {
    const p = label.props as LabelProps
    if (p.role === 'title' && !titles.has(p.instance)) titles.set(p.instance, translatedLabel(lang, p.text, p.labelKey))
    if (p.role === 'question' && !questions.get(p.instance)) {
      questions.set(p.instance, typeof p.text === 'string' ? p.text.trim() : '')
    }
  }
  return orderedInstances(ranks).map((instance) => {
    const info: TemplateInstanceInfo = { instance, template: ranks.get(instance)!.template, question: questions.get(instance) ?? '' }
    const title = titles.get(instance)
    if (title !== undefined) info.layoutTitle = title
    return info
  })
}
