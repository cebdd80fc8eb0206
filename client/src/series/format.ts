// Days and moments on the actieoverzicht in the app's language, never the browser's: "1 dec 2026" to
// read (the due field is the board's own, client/src/actions/dueDateField.tsx).
import { isIsoDate } from '../../../shared/actions/dates.ts'
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

/** "30 nov" (nl) / "30 Nov" (en), unbreakable: a meeting's day where the year would only crowd a column; '' for no day. */
export function dayMonth(lang: Lang, ymd: string | null): string {
  if (!ymd || !isIsoDate(ymd)) return ''
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  // One piece (no-break space): a narrow column wraps before "30 nov", never inside it.
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)))
    .replace(/\s/g, '\u00a0')
}

/** A title cut to `max` characters at a word where it can be, with an ellipsis: for a narrow column. */
export function shortTitle(title: string, max = 22): string {
  const text = title.trim().replace(/\s+/g, ' ')
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

/**
 * Each meeting's title for a narrow column: the words every title of the series starts with left out
 * ("Werkgroep Centrum, december" → "december"), so what tells them apart is what shows; then shortTitle.
 */
export function meetingTitles(titles: readonly string[]): string[] {
  const words = titles.map((title) => title.trim().split(/\s+/))
  let common = 0
  // Titles that are all the same have nothing to tell apart: each stays whole (the number does it).
  if (new Set(words.map((w) => w.join(' '))).size > 1) {
    while (words.every((w) => w.length > common + 1 && w[common]!.replace(/[,.;:–-]+$/, '') === words[0]![common]!.replace(/[,.;:–-]+$/, ''))) common++
  }
  return words.map((w) =>
    shortTitle(
      w
        .slice(common)
        .join(' ')
        .replace(/^[\s,.;:–-]+/, '') || w.join(' '),
    ),
  )
}
