// Dutch date phrases chrono's Dutch parser does not read (or reads as a month's first day), written the
// way people write deadlines on a sticky note. Each rule is a pattern and a day relative to the
// workshop's day; the chosen meanings, documented in the README:
//   20-12, 20-12-2026        day-month(-year) with dashes; without a year the next such day on or
//                            after the workshop's day. Not a range or a count ("2-3 weken",
//                            "10-12 mensen"), not part of a phone number ("06-12345678").
//   eind/einde/ultimo maart  the last day of the month;  begin/primo maart  its first working day
//                            (Monday–Friday, not New Year's Day);  half/medio/midden/halverwege
//                            maart  the 15th. Without a year: the next one on or after the workshop.
//   eind deze maand / eind volgende maand / eind dit jaar   the last day of that month or year.
//   Q1 … Q4 (2027)           the last day of the quarter (without a year: the next quarter end).
//   maandag … zondag         the next such day strictly after the workshop's day (also after
//                            "aanstaande", "komende", "volgende", "a.s."); never after "elke",
//                            "iedere", "alle" or "om de" (a recurring day is no deadline).
//   volgende week vrijdag    that day in the next week (Monday–Sunday weeks).
//   volgende/komende week    the Friday of the next week.
//   over/binnen/in N dagen, weken, maanden, jaar (N in digits or words up to twintig, "een"):
//                            the workshop's day plus that much ("over een half jaar": 6 months).
import { addDays, addMonths, compareYmd, dayOf, firstWorkingDay, isoOf, lastDayOfMonth, weekday, type Ymd } from './calendar.ts'
import { isIsoDate } from './dates.ts'

export interface DateFind {
  due: string
  start: number
  end: number
}

const B = String.raw`(?<![\p{L}\p{M}\p{N}])` // not inside a word or number, before
const E = String.raw`(?![\p{L}\p{M}\p{N}])` // … and after

const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'januari|jan'],
  [2, 'februari|feb'],
  [3, 'maart|mrt|mar'],
  [4, 'april|apr'],
  [5, 'mei'],
  [6, 'juni|jun'],
  [7, 'juli|jul'],
  [8, 'augustus|aug'],
  [9, 'september|sept|sep'],
  [10, 'oktober|okt|oct'],
  [11, 'november|nov'],
  [12, 'december|dec'],
]
const MONTH = MONTHS.map(([, names]) => names).join('|')

function monthNumber(name: string): number {
  const lower = name.toLowerCase()
  return MONTHS.find(([, names]) => names.split('|').includes(lower))![0]
}

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
}
const COUNT = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`

// After "10-12" these make it a count or a range, not a day: "10-12 mensen", "2-3 weken", "9-12 uur".
export const COUNTED = new RegExp(
  String.raw`^\s*(?:uur|u|h|min|minuten|sec|dag|dagen|week|weken|maand|maanden|jaar|jaren|keer|x|mensen|personen|deelnemers|leden|kinderen|stuks|euro|eur|%|procent|km|m|meter|cm|kg|plekken|plaatsen|tafels|stoelen|woningen|huizen)${E}`,
  'iu',
)

/** The first year from `today`'s on whose day `make(year)` is a real day on or after today. */
function nextOnOrAfter(today: Ymd, make: (year: number) => Ymd | undefined): Ymd | undefined {
  for (let year = today.year; year <= today.year + 8; year++) {
    const d = make(year)
    if (d && isIsoDate(isoOf(d)) && compareYmd(d, today) >= 0) return d
  }
  return undefined
}

function exactDay(year: number, month: number, day: number): Ymd | undefined {
  const d = { year, month, day }
  return isIsoDate(isoOf(d)) ? d : undefined
}

interface Rule {
  pattern: RegExp
  resolve(match: RegExpExecArray, today: Ymd, text: string): Ymd | undefined
}

const withYear = (written: string | undefined, today: Ymd, make: (year: number) => Ymd | undefined) =>
  written ? make(Number(written)) : nextOnOrAfter(today, make)

const RULES: Rule[] = [
  {
    // 20-12 and 20-12-2026. chrono reads the latter (and 20/12) already; it never reads the former.
    pattern: /(?<![\p{L}\p{M}\p{N}/.,€-])(\d{1,2})-(\d{1,2})(?:-(\d{4}))?(?![\p{L}\p{M}\p{N}]|[-/.,]\d)/gu,
    resolve(m, today, text) {
      const [day, month] = [Number(m[1]), Number(m[2])]
      if (!m[3]) {
        // "1-2 dagdelen", "3-4 mensen": small ranges. Only a day after its month's number is a date.
        if (day < 10 && month < 10 && day < month) return undefined
        if (COUNTED.test(text.slice(m.index + m[0].length))) return undefined
      }
      return withYear(m[3], today, (year) => exactDay(year, month, day))
    },
  },
  {
    pattern: new RegExp(String.raw`${B}(eind|einde|ultimo|begin|primo|half|medio|midden|halverwege)\s+(?:van\s+)?(${MONTH})${E}(?:\s+(\d{4})${E})?`, 'giu'),
    resolve(m, today) {
      const month = monthNumber(m[2]!)
      const which = m[1]!.toLowerCase()
      const make = (year: number): Ymd =>
        ['begin', 'primo'].includes(which)
          ? firstWorkingDay(year, month)
          : ['eind', 'einde', 'ultimo'].includes(which)
            ? lastDayOfMonth(year, month)
            : { year, month, day: 15 }
      return withYear(m[3], today, make)
    },
  },
  {
    pattern: new RegExp(String.raw`${B}(?:eind|einde)\s+(?:van\s+)?(?:(deze|de|volgende)\s+maand|(dit|het)\s+jaar)${E}`, 'giu'),
    resolve(m, today) {
      if (m[2]) return { year: today.year, month: 12, day: 31 }
      const month = m[1]!.toLowerCase() === 'volgende' ? addMonths({ ...today, day: 1 }, 1) : today
      return lastDayOfMonth(month.year, month.month)
    },
  },
  {
    pattern: new RegExp(String.raw`${B}[Qq]([1-4])(?:[ /-]?(\d{4}))?${E}`, 'gu'),
    resolve(m, today) {
      const month = Number(m[1]) * 3
      return withYear(m[2], today, (year) => lastDayOfMonth(year, month))
    },
  },
  {
    pattern: new RegExp(String.raw`${B}(?:(aanstaande|komende|volgende|a\.s\.)\s+|((?:volgende|komende)\s+week)\s+)?(${WEEKDAYS.join('|')})${E}`, 'giu'),
    resolve(m, today, text) {
      // "elke maandag", "om de vrijdag": a day that comes back, not a deadline.
      if (/(?:^|[^\p{L}])(?:elke|iedere|ieder|alle|om\s+de)\s+$/iu.test(text.slice(0, m.index))) return undefined
      const target = WEEKDAYS.indexOf(m[3]!.toLowerCase())
      if (m[2]) return addDays(today, 7 - weekday(today) + target)
      const ahead = (target - weekday(today) + 7) % 7 || 7
      return addDays(today, ahead)
    },
  },
  {
    pattern: new RegExp(String.raw`${B}(?:volgende|komende)\s+week${E}`, 'giu'),
    resolve: (_m, today) => addDays(today, 7 - weekday(today) + 4),
  },
  {
    pattern: new RegExp(String.raw`${B}(?:over|binnen|in)\s+(?:(een\s+half\s+jaar)|(${COUNT})\s+(dagen|dag|weken|week|maanden|maand|jaar))${E}`, 'giu'),
    resolve(m, today) {
      if (m[1]) return addMonths(today, 6)
      const word = m[2]!.toLowerCase()
      const n = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word]!
      const unit = m[3]!.toLowerCase()
      if (unit.startsWith('dag')) return addDays(today, n)
      if (unit.startsWith('we')) return addDays(today, 7 * n)
      if (unit.startsWith('maand')) return addMonths(today, n)
      return addMonths(today, 12 * n)
    },
  },
]

/** Every date phrase of our own grammar in the text, relative to the workshop's day, in no order. */
export function findDutchDates(text: string, reference: Date): DateFind[] {
  const today = dayOf(reference)
  const finds: DateFind[] = []
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0
    for (const m of text.matchAll(rule.pattern)) {
      const day = rule.resolve(m as RegExpExecArray, today, text)
      if (day && isIsoDate(isoOf(day))) finds.push({ due: isoOf(day), start: m.index, end: m.index + m[0].length })
    }
  }
  return finds
}
