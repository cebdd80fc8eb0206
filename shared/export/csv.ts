// The actions as a CSV table for Excel. Made for Excel with Dutch regional settings, the usual case:
// `;` as the list separator (',' is the decimal comma there), dates as dd-mm-jjjj, and a byte order
// mark, without which Excel reads the file as Windows-1252 and "Café" turns into "CafÃ©".
import Papa from 'papaparse/papaparse.js'
import { translate } from '../i18n/translate.ts'
import { isPlanOverdue, parseYmd, sortActions, statusLabel } from './labels.ts'
import { plainPlan, type ActionPlan } from './types.ts'

const BOM = '\uFEFF'

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula: text
 * typed on a public board must not become `=HYPERLINK(...)`. Such cells get a leading `'`, which
 * Excel shows as plain text. papaparse's own default pattern (/^[=+\-@\t\r].*$/) misses a cell whose
 * formula is followed by a line break, as `.` stops at newlines; this one only looks at the start.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** dd-mm-jjjj for Dutch Excel, which reads it as a date; ISO elsewhere, which every Excel reads. */
function csvDate(lang: ActionPlan['lang'], due: string | null): string {
  const parts = parseYmd(due)
  if (!parts) return due ?? ''
  const [y, m, d] = parts.map((n) => String(n).padStart(2, '0'))
  return lang === 'nl' ? `${d}-${m}-${y}` : `${y}-${m}-${d}`
}

export interface CsvOptions {
  /** Add the actions' technical ids (note ids), for programs that match rows across exports (`?ids=1`). */
  ids?: boolean
}

/**
 * One row per action: the session and its date first (rows of several meetings pasted into one sheet
 * stay apart), then the action, and "ja" under "Te laat" for an overdue one so that it can be filtered.
 */
export function toCsv(typed: ActionPlan, options: CsvOptions = {}): string {
  const plan = plainPlan(typed)
  const { lang } = plan
  const keys = [
    'export.session',
    'plan.csv.date',
    'export.action.text',
    'export.action.owner',
    'export.action.due',
    'export.action.status',
    'plan.csv.overdue',
    'export.action.area',
    'export.action.votes',
    ...(options.ids ? (['export.action.id'] as const) : []),
  ] as const
  const fields = keys.map((key) => translate(lang, key))
  const day = plan.startsAt && parseYmd(plan.startsAt.slice(0, 10)) ? plan.startsAt.slice(0, 10) : plan.date
  const data = sortActions(plan.actions, lang).map((a) => [
    plan.title,
    csvDate(lang, day),
    a.text,
    a.owner ?? '',
    csvDate(lang, a.due),
    statusLabel(lang, a.status),
    isPlanOverdue(a, plan.today) ? translate(lang, 'plan.csv.yes') : '',
    a.areaLabel ?? '',
    a.votes,
    ...(options.ids ? [a.id] : []),
  ])
  const table = Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START })
  // papaparse ends the file with a line break only when there are no rows; always end with one.
  return `${BOM}${table.replace(/(\r\n)?$/, '\r\n')}`
}
