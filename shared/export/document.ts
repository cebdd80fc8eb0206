// The action plan as a neutral document: headings, paragraphs, lists and tables, already in the plan's
// language. Markdown and Word both render this one model, so they say exactly the same thing and
// differ only in how it looks.
import { translate } from '../i18n/translate.ts'
import { longDate, NONE, oneLine, sortActions, statusLabel } from './labels.ts'
import { outcomeBlocks } from './outcomeBlocks.ts'
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
  kind: 'actors' | 'lanes' | 'actions'
  columns: Column[]
  rows: Cell[][]
}

export type Block = Heading | Paragraph | List | Table

export function buildDocument(plan: ActionPlan): Block[] {
  const { lang } = plan
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params)
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: t('export.title', { title: oneLine(plan.title) }) },
    { type: 'paragraph', label: t('export.date'), text: longDate(lang, plan.date) },
    {
      type: 'paragraph',
      label: t('export.participants'),
      text: plan.participants.length > 0 ? plan.participants.join(', ') : t('export.participants.none'),
    },
    { type: 'heading', level: 2, text: t('export.outcomes') },
  ]
  if (plan.outcomes.templates.length === 0) blocks.push({ type: 'paragraph', text: t('export.outcomes.none'), muted: true })
  for (const template of plan.outcomes.templates) blocks.push(...outcomeBlocks(lang, template))

  blocks.push({ type: 'heading', level: 2, text: t('export.actions') })
  if (plan.actions.length === 0) {
    blocks.push({ type: 'paragraph', text: t('export.actions.none'), muted: true })
    return blocks
  }
  blocks.push({
    type: 'table',
    kind: 'actions',
    columns: [
      { label: t('export.action.text'), width: 40 },
      { label: t('export.action.owner'), width: 17 },
      { label: t('export.action.due'), width: 16 },
      { label: t('export.action.status'), width: 11 },
      { label: t('export.action.area'), width: 16 },
    ],
    rows: sortActions(plan.actions, lang).map((a) => [
      [a.text],
      [a.owner || NONE],
      [a.due ? longDate(lang, a.due) : NONE],
      [statusLabel(lang, a.status)],
      [a.areaLabel || NONE],
    ]),
  })
  return blocks
}
