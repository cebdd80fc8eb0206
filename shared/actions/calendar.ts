// Calendar-day arithmetic for due dates: plain year/month/day, computed through Date.UTC so that no
// time zone or daylight-saving change can move a day (see dates.ts: due dates are days, not instants).
import { daysInMonth, formatIsoDate } from './dates.ts'

export interface Ymd {
  year: number
  /** 1–12 */
  month: number
  day: number
}

/** The local calendar day of a reference instant: the clock chrono reads it in too (todayIso). */
export function dayOf(reference: Date): Ymd {
  return { year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() }
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + days)))
}

/** Whole months later; the 31st of a month without one becomes its last day (31 jan + 1 = 28/29 feb). */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) }
}

/** 0 = Monday … 6 = Sunday (the Dutch week starts on Monday). */
export function weekday(d: Ymd): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

export function isoOf(d: Ymd): string {
  return formatIsoDate(d.year, d.month, d.day)
}

export function lastDayOfMonth(year: number, month: number): Ymd {
  return { year, month, day: daysInMonth(year, month) }
}

/** The first Monday–Friday of the month that is not New Year's Day. */
export function firstWorkingDay(year: number, month: number): Ymd {
  let d: Ymd = { year, month, day: 1 }
  while (weekday(d) >= 5 || (d.month === 1 && d.day === 1)) d = addDays(d, 1)
  return d
}
