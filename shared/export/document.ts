// The action plan as a neutral document: headings, paragraphs, lists, tables, page breaks and figures,
// already in the plan's language. Markdown, Word and PDF all render this one model, so they say exactly
// the same thing and differ only in how it looks. Its order is the order a working group reads it in:
// first what was agreed (who does what by when, decisions, the next meeting), then how the room got
// there (each template's outcome), then who was there, then an image of each template.
import { translate, type Lang } from '../i18n/translate.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { fullDate, isPlanOverdue, longDate, meetingTime, NONE, oneLine, sortActions, statusLabel } from './labels.ts'
import { outcomeBlocks } from './outcomeBlocks.ts'
import { groupPeople } from './people.ts'
import type { ActionPlan } from './types.ts'

export interface Heading {
  type: 'heading'
  /** 1 = the document's title, 2 = its parts, 3 = a template, 4 = an area. */
  level: 1 | 2 | 3 | 4
  text: string
}

export interface Paragraph {
  type: 'paragraph'
  /** Shown bold before the text, e.g. "Datum". */
  label?: string
  text: string
  /** Says that something is missing ("Niets ingevuld."): set in italics. */
  muted?: boolean
}

export interface ListItem {
  text: string
  /** Shown smaller after the text, e.g. "3 stemmen". */
  detail?: string
}

export interface List {
  type: 'list'
  items: ListItem[]
}

export interface Column {
  label: string
  /** Share of the table's width, in percent. */
  width: number
}

/** A cell holds one line per item (a rung can hold several actors). */
export type Cell = string[]

export interface Table {
  type: 'table'
  /** Which table it is, for renderers that style them apart. */
  kind: 'actors' | 'lanes' | 'actions' | 'people'
  columns: Column[]
  rows: Cell[][]
  /** Rows that need attention (an overdue action): true at their index. Renderers that can, colour them. */
  flagged?: boolean[]
}

/** Where paged formats start a new page; Markdown has no pages and ignores it. */
export interface PageBreak {
  type: 'pageBreak'
}

/** An image of one template (plan.sketches[sketch]), on a landscape page of its own where there are pages. */
export interface Figure {
  type: 'figure'
  sketch: number
  caption: string
}

export type Block = Heading | Paragraph | List | Table | PageBreak | Figure

type T = (key: MessageKey, params?: Record<string, string | number>) => string

function actionsBlocks(plan: ActionPlan, t: T): Block[] {
  const { lang } = plan
  const head: Block = { type: 'heading', level: 2, text: t('export.actions') }
  if (plan.actions.length === 0) return [head, { type: 'paragraph', text: t('export.actions.none'), muted: true }]
  const sorted = sortActions(plan.actions, lang)
  const flagged = sorted.map((a) => isPlanOverdue(a, plan.today))
  return [
    head,
    {
      type: 'table',
      kind: 'actions',
      columns: [
        { label: t('export.action.owner'), width: 22 },
        { label: t('export.action.text'), width: 44 },
        { label: t('export.action.due'), width: 19 },
        { label: t('export.action.status'), width: 15 },
      ],
      rows: sorted.map((a, i) => [
        [a.owner || NONE],
        [a.text],
        [a.due ? longDate(lang, a.due) : NONE],
        flagged[i] ? [statusLabel(lang, a.status), t('plan.overdue')] : [statusLabel(lang, a.status)],
      ]),
      ...(flagged.some(Boolean) ? { flagged } : {}),
    },
  ]
}

function decisionBlocks(plan: ActionPlan, t: T): Block[] {
  const decisions = plan.decisions ?? []
  return [
    { type: 'heading', level: 2, text: t('plan.decisions') },
    decisions.length > 0
      ? { type: 'list', items: decisions.map((d) => ({ text: d.text })) }
      : { type: 'paragraph', text: t('plan.decisions.none'), muted: true },
  ]
}

function nextMeetingBlocks(plan: ActionPlan, t: T): Block[] {
  const head: Block = { type: 'heading', level: 2, text: t('plan.nextMeeting') }
  const next = plan.nextMeeting
  if (!next?.at) return [head, { type: 'paragraph', text: t('plan.nextMeeting.none'), muted: true }]
  const time = meetingTime(next.at)
  const when = [fullDate(plan.lang, next.at.slice(0, 10)), time].filter(Boolean).join(', ')
  const blocks: Block[] = [head, { type: 'paragraph', label: t('plan.nextMeeting.when'), text: when }]
  if (next.place?.trim()) blocks.push({ type: 'paragraph', label: t('plan.place'), text: next.place.trim() })
  return blocks
}

function peopleBlocks(plan: ActionPlan, t: T): Block[] {
  const people = plan.people ?? plan.participants.map((name) => ({ name, organisation: '', facilitator: false }))
  const head: Block = { type: 'heading', level: 2, text: t('export.participants') }
  if (people.length === 0) return [head, { type: 'paragraph', text: t('export.participants.none'), muted: true }]
  const groups = groupPeople(people, plan.lang)
  const named = (p: { name: string; facilitator: boolean }) => (p.facilitator ? `${p.name} (${t('plan.people.facilitator')})` : p.name)
  // Nobody gave an organisation: a table with one "no organisation" row would only add a column.
  if (groups.length === 1 && groups[0]!.organisation === '') {
    return [head, { type: 'list', items: groups[0]!.people.map((p) => ({ text: named(p) })) }]
  }
  return [
    head,
    {
      type: 'table',
      kind: 'people',
      columns: [
        { label: t('plan.people.organisation'), width: 35 },
        { label: t('plan.people.names'), width: 65 },
      ],
      rows: groups.map((g) => [[g.organisation || t('plan.people.other')], g.people.map(named)]),
    },
  ]
}

function headerBlocks(plan: ActionPlan, t: T): Block[] {
  const { lang } = plan
  const start = plan.startsAt && /^\d{4}-\d{2}-\d{2}/.test(plan.startsAt) ? plan.startsAt : undefined
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: t('export.title', { title: oneLine(plan.title) }) },
    { type: 'paragraph', label: t('export.date'), text: fullDate(lang, start ? start.slice(0, 10) : plan.date) },
  ]
  const time = start ? meetingTime(start) : ''
  if (time) blocks.push({ type: 'paragraph', label: t('plan.time'), text: time })
  if (plan.place?.trim()) blocks.push({ type: 'paragraph', label: t('plan.place'), text: plan.place.trim() })
  const facilitators = (plan.facilitators ?? []).map((f) => f.trim()).filter(Boolean)
  if (facilitators.length > 0) blocks.push({ type: 'paragraph', label: t('plan.facilitator'), text: facilitators.join(', ') })
  return blocks
}

export function buildDocument(plan: ActionPlan): Block[] {
  const lang: Lang = plan.lang
  const t: T = (key, params) => translate(lang, key, params)
  const blocks: Block[] = [
    ...headerBlocks(plan, t),
    ...actionsBlocks(plan, t),
    ...decisionBlocks(plan, t),
    ...nextMeetingBlocks(plan, t),
    { type: 'pageBreak' },
    { type: 'heading', level: 2, text: t('export.outcomes') },
  ]
  if (plan.outcomes.templates.length === 0) blocks.push({ type: 'paragraph', text: t('export.outcomes.none'), muted: true })
  for (const template of plan.outcomes.templates) blocks.push(...outcomeBlocks(lang, template))
  blocks.push(...peopleBlocks(plan, t))
  ;(plan.sketches ?? []).forEach((sketch, i) => {
    blocks.push({ type: 'figure', sketch: i, caption: oneLine(sketch.title) })
  })
  return blocks
}
