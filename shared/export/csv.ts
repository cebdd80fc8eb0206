// The actions as a CSV table for Excel. Made for Excel with Dutch regional settings, the usual case:
// `;` as the list separator (',' is the decimal comma there), dates as dd-mm-jjjj, and a byte order
// mark, without which Excel reads the file as Windows-1252 and "Café" turns into "CafÃ©".
import Papa from 'papaparse/papaparse.js'
import { translate } from '../i18n/translate.ts'
import { parseYmd, sortActions, statusLabel } from './labels.ts'
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

export function toCsv(typed: ActionPlan): string {
  const plan = plainPlan(typed)
  const { lang } = plan
  const fields = (
    ['export.action.text', 'export.action.owner', 'export.action.due', 'export.action.status', 'export.action.area', 'export.action.votes', 'export.action.id'] as const
  ).map((key) => translate(lang, key))
  const data = sortActions(plan.actions, lang).map((a) => [
    a.text,
    a.owner ?? '',
    csvDate(lang, a.due),
    statusLabel(lang, a.status),
    a.areaLabel ?? '',
    a.votes,
    a.id,
  ])
  const table = Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START })
  // papaparse ends the file with a line break only when there are no rows; always end with one.
  return `${BOM}${table.replace(/(\r\n)?$/, '\r\n')}`
}
