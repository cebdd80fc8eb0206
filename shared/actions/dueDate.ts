// A due date written on a note, found by chrono's Dutch parser and by our own small grammar of Dutch
// deadline phrases (dutchDates.ts: "20-12", "eind januari", "maandag", "Q1"…) where chrono has none.
// This module decides which finds count, because a sticky note is mostly not about dates: "Jan
// bellen" (January), "Nu beginnen" (now), "zo snel mogelijk" (Sunday) and "1/2 dag" must never give
// an action a deadline. The first date in the text wins; of two starting at the same place, the longer.
// Only chrono's Dutch locale: the package's main entry builds its English parsers when loaded, which
// the board page would download for nothing.
import * as nl from 'chrono-node/nl'
import { formatIsoDate, isIsoDate } from './dates.ts'
import { COUNTED, findDutchDates, type DateFind } from './dutchDates.ts'

export interface DueToken {
  due: string
  /** Where the date phrase is, including a leading "vóór", "uiterlijk" etc.: [start, end). */
  start: number
  end: number
}

// Words that introduce a deadline and mean nothing without it; removed together with the date.
const LEAD_IN = /(?:^|(?<=[\s(,;:]))(?:vóór|voor|uiterlijk|ten\s+laatste|op|per|deadline|in|rond|omstreeks|tegen)\s*:?\s*$/iu

// A date written only as numbers without a year, e.g. "15/12" or "15-12".
const NUMERIC_DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})(?:$|[^\d/.-])/u

/**
 * Whether a chrono result is a deadline someone wrote: it must name a day (not just "maart", which
 * chrono turns into 1 March, nor a weekday or a time), and contain a digit, which keeps out "nu",
 * "vandaag" and the like in running text.
 */
function isWrittenDate(result: nl.ParsedResult, text: string): boolean {
  if (!result.start.isCertain('day') || !result.start.isCertain('month')) return false
  if (!/\d/u.test(result.text)) return false
  const numeric = NUMERIC_DAY_MONTH.exec(result.text)
  if (!numeric) return true
  const [first, second] = [Number(numeric[1]), Number(numeric[2])]
  // chrono also reads "3/13" month-first; in Dutch the day always comes first.
  if (first !== result.start.get('day') || second !== result.start.get('month')) return false
  // "1/2 dag", "3/4 van de leden", "stap 2/3": small fractions, not dates (write "2 maart" instead).
  const hasYear = result.start.isCertain('year')
  if (hasYear) return true
  // "15/12 mensen" counts people, as "10-12 mensen" does in dutchDates.ts.
  return !(first < 10 && second < 10 && first < second) && !COUNTED.test(text.slice(result.index + result.text.length))
}

/**
 * The first due date in the text, relative to `reference` (the workshop's date). forwardDate makes a
 * date without a year the next such day on or after the reference: "15/12" typed in January is this
 * December, "1 maart" typed in December is next March. A year written out is taken as written.
 * `preferred` is the due date set by hand: the first phrase meaning that day is taken over the first.
 */
export function findDueDate(text: string, reference: Date, preferred?: string | null): DueToken | undefined {
  const finds: DateFind[] = findDutchDates(text, reference)
  for (const result of nl.parse(text, reference, { forwardDate: true })) {
    if (!isWrittenDate(result, text)) continue
    const [year, month, day] = [result.start.get('year'), result.start.get('month'), result.start.get('day')]
    if (year === null || month === null || day === null) continue
    const due = formatIsoDate(year, month, day)
    if (isIsoDate(due)) finds.push({ due, start: result.index, end: result.index + result.text.length })
  }
  finds.sort((a, b) => a.start - b.start || b.end - a.end)
  // A due date set by hand names the phrase it came from, when the text has one: that one is cut.
  const first = finds.find((find) => preferred && find.due === preferred) ?? finds[0]
  if (!first) return undefined
  const leadIn = LEAD_IN.exec(text.slice(0, first.start))
  return { due: first.due, start: leadIn ? leadIn.index : first.start, end: first.end }
}
