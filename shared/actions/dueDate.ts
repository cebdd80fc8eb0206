// A due date written on a note, found by chrono's Dutch parser. chrono does the date grammar; this
// module only decides which of its finds count, because a sticky note is mostly not about dates:
// "Jan bellen" (January), "Nu beginnen" (now), "zo snel mogelijk" (Sunday) and "1/2 dag" must
// never give an action a deadline.
// Only chrono's Dutch locale: the package's main entry builds its English parsers when loaded, which
// the board page would download for nothing.
import * as nl from 'chrono-node/nl'
import { formatIsoDate, isIsoDate } from './dates.ts'

export interface DueToken {
  due: string
  /** Where the date phrase is, including a leading "vóór", "uiterlijk" etc.: [start, end). */
  start: number
  end: number
}

// Words that introduce a deadline and mean nothing without it; removed together with the date.
const LEAD_IN = /(?:^|(?<=[\s(,;:]))(?:vóór|voor|uiterlijk|op|per|deadline)\s*:?\s*$/iu

// A date written only as numbers without a year, e.g. "15/12" or "15-12".
const NUMERIC_DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})(?:$|[^\d/.-])/u

/**
 * Whether a chrono result is a deadline someone wrote: it must name a day (not just "maart", which
 * chrono turns into 1 March, nor a weekday or a time), and contain a digit, which keeps out "nu",
 * "vandaag" and the like in running text.
 */
function isWrittenDate(result: nl.ParsedResult): boolean {
  if (!result.start.isCertain('day') || !result.start.isCertain('month')) return false
  if (!/\d/u.test(result.text)) return false
  const numeric = NUMERIC_DAY_MONTH.exec(result.text)
  if (!numeric) return true
  const [first, second] = [Number(numeric[1]), Number(numeric[2])]
  // chrono also reads "3/13" month-first; in Dutch the day always comes first.
  if (first !== result.start.get('day') || second !== result.start.get('month')) return false
  // "1/2 dag", "3/4 van de leden", "stap 2/3": small fractions, not dates (write "2 maart" instead).
  const hasYear = result.start.isCertain('year')
  return hasYear || !(first < 10 && second < 10 && first < second)
}

/**
 * The first due date in the text, relative to `reference` (the workshop's date). forwardDate makes a
 * date without a year the next such day on or after the reference: "15/12" typed in January is this
 * December, "1 maart" typed in December is next March. A year written out is taken as written.
 */
export function findDueDate(text: string, reference: Date): DueToken | undefined {
  const results = nl.parse(text, reference, { forwardDate: true })
  for (const result of results) {
    if (!isWrittenDate(result)) continue
    const [year, month, day] = [result.start.get('year'), result.start.get('month'), result.start.get('day')]
    if (year === null || month === null || day === null) continue
    const due = formatIsoDate(year, month, day)
    if (!isIsoDate(due)) continue
    const leadIn = LEAD_IN.exec(text.slice(0, result.index))
    const start = leadIn ? leadIn.index : result.index
    return { due, start, end: result.index + result.text.length }
  }
  return undefined
}
