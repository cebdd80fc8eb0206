// Small pieces every export format shares: dates, statuses, votes, actor fields and the order of the
// actions. One place, so that the Word file, the Markdown and the CSV never disagree.
import type { Action, ActionStatus } from '../actions/types.ts'
import { isIsoDate, isOverdue } from '../actions/dates.ts'
import { isMessageKey } from '../i18n/messages.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { ActorOutcome, OutcomeItem } from '../outcomes/outcomes.ts'

/** What an empty table cell shows: a dash reads as "nothing" in print, where a blank looks like a gap. */
export const NONE = '–'

/** [year, month, day] of a YYYY-MM-DD string, or undefined when it is not a real calendar day (isIsoDate). */
export function parseYmd(value: string | null | undefined): [number, number, number] | undefined {
  if (!isIsoDate(value)) return undefined
  const [y, mo, d] = value.split('-').map(Number) as [number, number, number]
  return [y, mo, d]
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

/** "23 november 2026" / "23 November 2026". UTC, so the server's time zone never shifts the day. */
export function longDate(lang: Lang, ymd: string | null | undefined): string {
  const parts = parseYmd(ymd)
  if (!parts) return ymd ?? ''
  const [y, m, d] = parts
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** "maandag 23 november 2026" / "Monday 23 November 2026": the day of a meeting, with its weekday. */
export function fullDate(lang: Lang, ymd: string | null | undefined): string {
  const parts = parseYmd(ymd)
  if (!parts) return ymd ?? ''
  const [y, m, d] = parts
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** "19:30" from a local wall-clock "YYYY-MM-DDTHH:mm"; '' when there is no time of day. */
export function meetingTime(local: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(local)
  return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? `${m[1]}:${m[2]}` : ''
}

/**
 * Overdue in the plan: past its due date on the day the plan was made and neither done nor dropped.
 * Without that day (an older caller) nothing is marked rather than guessed from the server's clock.
 */
export function isPlanOverdue(action: Pick<Action, 'due' | 'status'>, today: string | undefined): boolean {
  // The rule itself (done and dropped are never late) is isOverdue's, shared with the panel and the series.
  return today !== undefined && isOverdue(action, today)
}

export function statusLabel(lang: Lang, status: ActionStatus): string {
  return translate(lang, `export.status.${status}`)
}

/** "3 stemmen"; undefined for none, so that unvoted notes are not cluttered with "0 stemmen". */
export function votesLabel(lang: Lang, votes: number): string | undefined {
  if (votes <= 0) return undefined
  return votes === 1 ? translate(lang, 'export.votes.one') : translate(lang, 'export.votes.other', { count: votes })
}

/** A stored value such as 'gemeente' under its translated name; unknown values are shown as typed. */
function known(lang: Lang, prefix: string, value: string): string {
  if (!value) return ''
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? translate(lang, key) : value
}

export interface ActorLabels {
  name: string
  party: string
  attitude: string
  role: string
  interest: string
}

export function actorLabels(lang: Lang, actor: ActorOutcome): ActorLabels {
  return {
    name: actor.name || translate(lang, 'actor.unnamed'),
    party: known(lang, 'party', actor.party),
    attitude: known(lang, 'attitude', actor.attitude),
    role: known(lang, 'actorRole', actor.role),
    interest: actor.interest,
  }
}

/** An item in one line: a note's text, or an actor's name with the kind of party when that adds something. */
export function itemText(lang: Lang, item: OutcomeItem): string {
  if (item.type === 'note') return item.text
  const { name, party } = actorLabels(lang, item)
  return party && party !== name ? `${name} (${party})` : name
}

/** Every format lists the actions in the panel's order (shared/actions/sort.ts), by due date. */
export { sortActions } from '../actions/sort.ts'

/** One line for places that cannot hold a line break (headings, table cells in Markdown, event titles). */
export { oneLine } from '../text/plainText.ts'
