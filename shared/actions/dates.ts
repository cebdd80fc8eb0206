// Due dates are plain calendar days (YYYY-MM-DD), never instants: a deadline of "15 December" must
// not move to the 14th because a server runs in UTC. Hence no toISOString() anywhere in here.
import type { Action } from './types.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A real calendar date written as YYYY-MM-DD: '2026-02-30' and '2026-13-01' are not. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Year, month (1–12) and day as YYYY-MM-DD. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The calendar day of `now` in local time: the same clock chrono reads a reference date in, so
 * "today" and parsed due dates always agree (the server is expected to run in Europe/Amsterdam).
 */
export function todayIso(now: Date): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

/** Past its due date and neither done nor dropped (vervallen). ISO dates compare correctly as strings. */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return action.due !== null && action.status !== 'done' && action.status !== 'dropped' && action.due < today
}
