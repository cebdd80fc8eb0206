// One template's outcome as document blocks, written for its method: actors in a table per quadrant,
// rings and rungs as one table of "now" against "next", brainstorm clusters by votes, columns as lists.
import type { MessageKey } from '../i18n/messages.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { AreaOutcome, TemplateOutcome } from '../outcomes/outcomes.ts'
import type { Block, Cell, ListItem, Table } from './document.ts'
import { actorLabels, itemText, NONE, oneLine, votesLabel } from './labels.ts'

type LaneKind = 'ring' | 'rung'
const LANE_KINDS: readonly LaneKind[] = ['ring', 'rung']

function isLaneKind(kind: string): kind is LaneKind {
  return (LANE_KINDS as readonly string[]).includes(kind)
}

/** Where the group voted, the most supported ideas come first; equal votes keep the board's order. */
function byVotes(area: AreaOutcome): AreaOutcome['items'] {
  return area.kind === 'cluster' || area.kind === 'ideas' ? [...area.items].sort((a, b) => b.votes - a.votes) : area.items
}

function listItems(lang: Lang, area: AreaOutcome): ListItem[] {
  return byVotes(area).map((item) => {
    const detail = votesLabel(lang, item.votes)
    return detail ? { text: itemText(lang, item), detail } : { text: itemText(lang, item) }
  })
}

function empty(lang: Lang): Block {
  return { type: 'paragraph', text: translate(lang, 'export.empty'), muted: true }
}

function actorTable(lang: Lang, area: AreaOutcome): Table | undefined {
  const rows = area.items.flatMap((item): Cell[][] => {
    if (item.type !== 'actor') return []
    const a = actorLabels(lang, item)
    return [[[a.name], [a.party || NONE], [a.attitude || NONE], [a.role || NONE], [a.interest || NONE]]]
  })
  if (rows.length === 0) return undefined
  return {
    type: 'table',
    kind: 'actors',
    columns: [
      { label: translate(lang, 'actor.name'), width: 22 },
      { label: translate(lang, 'actor.party'), width: 17 },
      { label: translate(lang, 'actor.attitude'), width: 14 },
      { label: translate(lang, 'actor.role'), width: 14 },
      { label: translate(lang, 'export.actor.interest'), width: 33 },
    ],
    rows,
  }
}

/** A quadrant holds actor cards (a table) and sometimes loose notes (a list under it). */
function quadrantBlocks(lang: Lang, area: AreaOutcome): Block[] {
  const blocks: Block[] = []
  const table = actorTable(lang, area)
  if (table) blocks.push(table)
  const notes = listItems(lang, { ...area, items: area.items.filter((i) => i.type === 'note') })
  if (notes.length > 0) blocks.push({ type: 'list', items: notes })
  return blocks.length > 0 ? blocks : [empty(lang)]
}

/**
 * Rings and rungs exist once per lane ('meedenken-now', 'meedenken-next'): one row per ring or rung, in
 * the template's reading order, with who is there now and who should be there next.
 */
function laneTable(lang: Lang, kind: LaneKind, areas: readonly AreaOutcome[]): Table {
  const rows = new Map<string, { label: string; now: string[]; next: string[] }>()
  for (const area of areas) {
    const key = area.key.replace(/-(now|next)$/, '')
    const row = rows.get(key) ?? { label: oneLine(area.label), now: [], next: [] }
    row[area.lane === 'next' ? 'next' : 'now'].push(...area.items.map((item) => itemText(lang, item)))
    rows.set(key, row)
  }
  const lanes =
    kind === 'ring'
      ? [translate(lang, 'actorMap.rings.now'), translate(lang, 'actorMap.rings.next')]
      : [translate(lang, 'ladder.lane.now'), translate(lang, 'ladder.lane.next')]
  const cell = (items: string[]): Cell => (items.length > 0 ? items : [NONE])
  return {
    type: 'table',
    kind: 'lanes',
    columns: [
      { label: translate(lang, kind === 'ring' ? 'export.ring' : 'export.rung'), width: 24 },
      { label: lanes[0]!, width: 38 },
      { label: lanes[1]!, width: 38 },
    ],
    rows: [...rows.values()].map((row) => [[row.label], cell(row.now), cell(row.next)]),
  }
}

/**
 * The working group's templates read as one table, one row per area in reading order: a role and who
 * is in it, an agreements topic and what was agreed, a Terugblik lane (a status) and its actions.
 */
type RowKind = 'role' | 'agreement' | 'review'
const ROW_KINDS: Record<RowKind, { first: MessageKey; second: MessageKey }> = {
  role: { first: 'export.role', second: 'export.role.who' },
  agreement: { first: 'export.agreement.topic', second: 'export.agreement.notes' },
  review: { first: 'export.review.status', second: 'export.review.actions' },
}

function isRowKind(kind: string): kind is RowKind {
  return Object.hasOwn(ROW_KINDS, kind)
}

function rowTable(lang: Lang, kind: RowKind, areas: readonly AreaOutcome[]): Table {
  return {
    type: 'table',
    kind: 'lanes',
    columns: [
      { label: translate(lang, ROW_KINDS[kind].first), width: 28 },
      { label: translate(lang, ROW_KINDS[kind].second), width: 72 },
    ],
    rows: areas.map((area) => [[oneLine(area.label) || NONE], area.items.length > 0 ? area.items.map((item) => oneLine(itemText(lang, item))) : [NONE]]),
  }
}

function areaTitle(lang: Lang, area: AreaOutcome): string {
  if (area.kind === 'ideas') return translate(lang, 'export.brainstorm.unclustered')
  const label = oneLine(area.label)
  // An unnamed cluster carries the board's hint ("dubbelklik om een naam te geven"): meaningless on paper.
  const placeholders = [translate('nl', 'brainstorm.cluster.unnamed'), translate('en', 'brainstorm.cluster.unnamed')]
  if (area.kind === 'cluster' && (!label || placeholders.includes(label))) return translate(lang, 'export.cluster.unnamed')
  return label || NONE
}

function areaBlocks(lang: Lang, area: AreaOutcome): Block[] {
  if (area.kind === 'quadrant') return quadrantBlocks(lang, area)
  // The actions table and the decisions on the first page already say these, parsed (owner, date,
  // status): the notes as typed (`@"Petra Bakker" …`) would only say it again, worse.
  if (area.kind === 'actions' && area.items.length > 0) {
    return [{ type: 'paragraph', text: translate(lang, 'plan.area.actions'), muted: true }]
  }
  if (area.kind === 'decisions' && area.items.length > 0) return [{ type: 'paragraph', text: translate(lang, 'plan.area.decisions'), muted: true }]
  const items = listItems(lang, area)
  return items.length > 0 ? [{ type: 'list', items }] : [empty(lang)]
}

export function outcomeBlocks(lang: Lang, template: TemplateOutcome): Block[] {
  const head: Block[] = [{ type: 'heading', level: 3, text: oneLine(template.title) }]
  if (template.question) head.push({ type: 'paragraph', label: translate(lang, 'export.question'), text: template.question })

  const body: Block[] = []
  for (const kind of LANE_KINDS) {
    const areas = template.areas.filter((a) => a.kind === kind)
    if (areas.length > 0) body.push(laneTable(lang, kind, areas))
  }
  for (const kind of Object.keys(ROW_KINDS) as RowKind[]) {
    const areas = template.areas.filter((a) => a.kind === kind)
    if (areas.length > 0) body.push(rowTable(lang, kind, areas))
  }
  const rest = template.areas.filter((a) => !isLaneKind(a.kind) && !isRowKind(a.kind))
  // The brainstorm reads as its result: the clusters first, then what was left out of them.
  const ordered = [...rest.filter((a) => a.kind !== 'ideas'), ...rest.filter((a) => a.kind === 'ideas')]
  // A lone area added on its own already gave the template its title: no second heading saying the same.
  const titled = !(template.template === 'board' && ordered.length === 1)
  for (const area of ordered) {
    // An empty cluster is an unused frame, and an empty ideas area means everything was clustered.
    if ((area.kind === 'cluster' || area.kind === 'ideas') && area.items.length === 0) continue
    if (titled) body.push({ type: 'heading', level: 4, text: areaTitle(lang, area) })
    body.push(...areaBlocks(lang, area))
  }
  return [...head, ...(body.length > 0 ? body : [empty(lang)])]
}
