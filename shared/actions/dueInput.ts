// What someone types into the due-date field of the actions panel: "01-12-2026", "1-12", "2026-12-01",
// "vandaag", "morgen", "overmorgen", or any phrase a note may hold ("vrijdag", "eind januari", "vóór 1 dec", "over twee weken"). Read
// relative to today (the person is typing now, not during the workshop). The whole input must be the
// date: "vrijdag de buurt bellen" is not a date but a note.
import { addDays, dayOf, isoOf } from './calendar.ts'
import { formatIsoDate, isIsoDate } from './dates.ts'
import { findDueDate } from './dueDate.ts'

export type DueInput = { kind: 'empty' } | { kind: 'date'; due: string } | { kind: 'invalid' }

// Only in the field: on a note "morgen" is as often "the morning" as "tomorrow".
const NEAR: Record<string, number> = { vandaag: 0, morgen: 1, overmorgen: 2, today: 0, tomorrow: 1 }

const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/u

export function parseDueInput(input: string, today: Date): DueInput {
  const text = input.normalize('NFC').trim()
  if (text === '') return { kind: 'empty' }
  // (Through unknown: isIsoDate narrows a string it rejects to never.)
  if (isIsoDate(text as unknown)) return { kind: 'date', due: text }
  const near = NEAR[text.toLowerCase()]
  if (near !== undefined) return { kind: 'date', due: isoOf(addDays(dayOf(today), near)) }
  const numeric = DAY_MONTH_YEAR.exec(text)
  if (numeric) {
    // In the field "2-3" is 2 March: no fractions or ranges to guard against, unlike on a note.
    const [day, month] = [Number(numeric[1]), Number(numeric[2])]
    const now = dayOf(today)
    const thisYear = formatIsoDate(now.year, month, day)
    const due = numeric[3]
      ? formatIsoDate(Number(numeric[3]), month, day)
      : thisYear >= formatIsoDate(now.year, now.month, now.day)
        ? thisYear
        : formatIsoDate(now.year + 1, month, day)
    return isIsoDate(due) ? { kind: 'date', due } : { kind: 'invalid' }
  }
  const found = findDueDate(text, today)
  if (!found || text.slice(0, found.start).trim() !== '' || text.slice(found.end).replace(/[.!]/gu, '').trim() !== '') return { kind: 'invalid' }
  return { kind: 'date', due: found.due }
}
