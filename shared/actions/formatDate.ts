// Due dates shown in the app's language, never the browser's locale (a Dutch facilitator on an
// English browser must not read 12/01/2026 for 1 December). Own month and day names rather than
// Intl, so the board page, the server and every browser print exactly the same.
//   short:   nl "1 dec 2026"            en "1 Dec 2026"
//   numeric: "01-12-2026" in both languages: day-month-year, the form the due-date field shows and
//            reads, never month-first.
//   weekday: nl "vrijdag 4 dec 2026"    en "Friday 4 Dec 2026" (what the due-date field will save)
import type { Lang } from '../i18n/translate.ts'
import { weekday } from './calendar.ts'
import { isIsoDate } from './dates.ts'

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}
const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}

function parts(ymd: string): [number, number, number] | undefined {
  if (!isIsoDate(ymd)) return undefined
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  return [y, m, d]
}

/** "1 dec 2026" / "1 Dec 2026"; anything that is not a YYYY-MM-DD day is returned as it is. */
export function shortDate(lang: Lang, ymd: string): string {
  const p = parts(ymd)
  return p ? `${p[2]} ${MONTHS[lang][p[1] - 1]} ${p[0]}` : ymd
}

/** "01-12-2026" in either language. */
export function numericDate(ymd: string): string {
  const p = parts(ymd)
  return p ? `${String(p[2]).padStart(2, '0')}-${String(p[1]).padStart(2, '0')}-${p[0]}` : ymd
}

/** "vrijdag 4 dec 2026" / "Friday 4 Dec 2026". */
export function weekdayDate(lang: Lang, ymd: string): string {
  const p = parts(ymd)
  return p ? `${WEEKDAYS[lang][weekday({ year: p[0], month: p[1], day: p[2] })]} ${shortDate(lang, ymd)}` : ymd
}
