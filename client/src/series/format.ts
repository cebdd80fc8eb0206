// Days and moments on the actieoverzicht in the app's language, never the browser's: "1 dec 2026" to
// read, "01-12-2026" to type (the way Dutch people write a date in a form).
import { formatIsoDate, isIsoDate } from '../../../shared/actions/dates.ts'
import type { Lang } from '../../../shared/i18n/index.ts'

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

/** "1 dec 2026" (nl) / "1 Dec 2026" (en); '' for no day. */
export function shortDay(lang: Lang, ymd: string | null): string {
  if (!ymd || !isIsoDate(ymd)) return ''
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** A moment (ISO instant) as this device's local day and time: "3 dec 2026 10:15". */
export function momentLabel(lang: Lang, iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at)
}

/** YYYY-MM-DD as typed in the due field: DD-MM-YYYY. */
export function dayInput(ymd: string | null): string {
  if (!ymd || !isIsoDate(ymd)) return ''
  const [y, m, d] = ymd.split('-')
  return `${d}-${m}-${y}`
}

/** What was typed in the due field: a day (YYYY-MM-DD), null for empty, 'invalid' for anything else. */
export function parseDayInput(text: string): string | null | 'invalid' {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed)
  if (!match) return 'invalid'
  const ymd = formatIsoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  return isIsoDate(ymd) ? ymd : 'invalid'
}
