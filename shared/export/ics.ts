// The deadlines as a calendar file: one all-day event per action that has a due date, so that owners
// can drop the plan into Outlook, Google or Apple Calendar. Actions without a date have no place there.
import { createEvents, type EventAttributes } from 'ics'
import { translate } from '../i18n/translate.ts'
import { slugify } from './fileName.ts'
import { longDate, oneLine, parseYmd, sortActions, statusLabel } from './labels.ts'
import { plainPlan, type ActionPlan } from './types.ts'
import type { Action } from '../actions/types.ts'

const PRODUCT_ID = '-//Samenbord//Actieplan//NL'

/**
 * TEXT values escape \ ; and , (RFC 5545 §3.3.11). The library does that for summary and description,
 * but passes the calendar name and categories through as they are, where a comma would split a category.
 */
function escapeText(value: string): string {
  return oneLine(value).replace(/[\\;,]/g, '\\$&')
}

/** UID parts: only characters no calendar chokes on (ids are tldraw ids such as "shape:abc"). */
function uidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '-')
}

/**
 * The same action always gets the same UID, so importing a newer plan updates its events instead of
 * adding them twice. The session's id keeps two boards' actions apart; without one, title and date.
 */
export function actionUid(plan: ActionPlan, action: Pick<Action, 'id'>): string {
  const session = plan.sessionId ? uidPart(plan.sessionId) : `${slugify(plan.title)}-${plan.date}`
  return `${uidPart(action.id)}.${session}@samenbord`
}

function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  const date = new Date(Date.UTC(y, m - 1, d + 1))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

function event(plan: ActionPlan, action: Action, day: [number, number, number]): EventAttributes {
  const { lang } = plan
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
  const lines = [
    `${t('export.action.owner')}: ${action.owner || t('export.action.owner.none')}`,
    `${t('export.action.status')}: ${statusLabel(lang, action.status)}`,
    ...(action.areaLabel ? [`${t('export.action.area')}: ${action.areaLabel}`] : []),
    `${t('export.session')}: ${oneLine(plan.title)} (${longDate(lang, plan.date)})`,
  ]
  return {
    uid: actionUid(plan, action),
    title: oneLine(action.text),
    description: lines.join('\n'),
    start: day,
    // All-day: DTEND is the day after (exclusive), which every calendar reads as "that one day".
    end: nextDay(day),
    categories: [t('export.calendar.category'), statusLabel(lang, action.status), ...(action.areaLabel ? [action.areaLabel] : [])].map(escapeText),
    // A deadline is not a meeting: it must not block the owner's agenda for the whole day.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  }
}

export function toIcs(typed: ActionPlan): string {
  // RFC 5545 TEXT holds no control characters; the ics package escapes CRLF and LF but not a lone CR.
  const plan = plainPlan(typed)
  const events = sortActions(plan.actions, plan.lang).flatMap((action) => {
    const day = parseYmd(action.due)
    return day ? [event(plan, action, day)] : []
  })
  // With no dated actions this is a calendar without events: importing it does nothing, which is right.
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: escapeText(plan.title) })
  if (error || !value) throw new Error(`The calendar for "${plan.title}" could not be made: ${error?.message ?? 'no output'}`)
  return value
}
