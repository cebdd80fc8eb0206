// A session's meeting details (title, start, place, next meeting) as PATCH /api/sessions/:id takes them.
// Checked by hand, here, so the server and the board's Meeting dialog refuse the same things with the
// same words (the dialog runs this before it sends). Times are local wall-clock strings, never instants:
// "19:30 in the town hall" must not move because a server runs in UTC (see shared/actions/dates.ts).
import type { MeetingDetails, NextMeeting } from '../api/types.ts'
import { isIsoDate } from '../actions/dates.ts'
import { isPlainObject } from '../actions/meta.ts'
import { hasControlCharacters } from '../text/plainText.ts'

/** Longest place (after trimming): a venue and a room, or an address. */
export const MAX_PLACE_LENGTH = 200
/** The default title limit of POST /api/sessions (MAX_TITLE_LENGTH); the server passes its own. */
export const DEFAULT_MAX_TITLE_LENGTH = 200

const PATCH_KEYS = ['title', 'startsAt', 'place', 'nextMeeting'] as const
const NEXT_KEYS = ['at', 'place'] as const
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/

/** What the patch changes; null clears a field (never the title). */
export interface MeetingPatch {
  title?: string
  startsAt?: string | null
  place?: string | null
  nextMeeting?: NextMeeting | null
}

export type MeetingValidation = { ok: true; patch: MeetingPatch } | { ok: false; message: string }

/** A real local date and time written as YYYY-MM-DDTHH:mm (24-hour clock). */
export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = LOCAL_DATE_TIME.exec(value)
  return m !== null && isIsoDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59
}

const STARTS_AT_ERROR = 'startsAt must be a local date and time as YYYY-MM-DDTHH:mm (a real day, 00:00 to 23:59), or null to clear it'
const AT_ERROR = 'nextMeeting.at must be a local date and time as YYYY-MM-DDTHH:mm or a day as YYYY-MM-DD (a real day)'

/** A place: trimmed, at most MAX_PLACE_LENGTH, one line; '' and null mean none. */
function placeIssues(value: unknown, field: string): { value?: string | null; issues: string[] } {
  if (value === undefined || value === null) return { value, issues: [] }
  if (typeof value !== 'string') return { issues: [`${field} must be a string of at most ${MAX_PLACE_LENGTH} characters, or null to clear it`] }
  const trimmed = value.trim()
  const issues: string[] = []
  if (trimmed.length > MAX_PLACE_LENGTH) issues.push(`${field} must be at most ${MAX_PLACE_LENGTH} characters`)
  if (hasControlCharacters(trimmed)) issues.push(`${field} must be one line: no line breaks, tabs or other control characters`)
  return { value: trimmed === '' ? null : trimmed, issues }
}

function titleIssues(value: unknown, maxTitle: number): string[] {
  if (value === undefined) return []
  if (typeof value !== 'string') return ['title must be a string (it cannot be cleared)']
  const trimmed = value.trim()
  if (trimmed.length < 1) return ['title must not be empty']
  if (trimmed.length > maxTitle) return [`title must be at most ${maxTitle} characters`]
  return []
}

function nextMeetingIssues(value: unknown): { value?: NextMeeting | null; issues: string[] } {
  if (value === undefined || value === null) return { value, issues: [] }
  if (!isPlainObject(value)) return { issues: ['nextMeeting must be an object { "at", "place"? }, or null to clear it'] }
  const unknown = Object.keys(value).filter((key) => !(NEXT_KEYS as readonly string[]).includes(key))
  const issues: string[] = []
  if (unknown.length > 0)
    issues.push(`unknown field${unknown.length > 1 ? 's' : ''} in nextMeeting ${unknown.map((k) => JSON.stringify(k)).join(', ')}: only at and place`)
  const at = value.at
  if (!(isLocalDateTime(at) || isIsoDate(at))) issues.push(AT_ERROR)
  const place = placeIssues(value.place, 'nextMeeting.place')
  issues.push(...place.issues)
  if (issues.length > 0) return { issues }
  return { value: { at: at as string, ...(place.value ? { place: place.value } : {}) }, issues }
}

/**
 * Checks a patch as it arrives (parsed JSON): only title, startsAt, place and nextMeeting, at least one.
 * Strings are trimmed. The message names every problem at once.
 */
export function validateMeetingPatch(input: unknown, maxTitle = DEFAULT_MAX_TITLE_LENGTH): MeetingValidation {
  if (!isPlainObject(input)) return { ok: false, message: 'expected an object with title, startsAt, place and/or nextMeeting' }
  const unknown = Object.keys(input).filter((key) => !(PATCH_KEYS as readonly string[]).includes(key))
  const issues: string[] = []
  if (unknown.length > 0) {
    const names = unknown.map((key) => JSON.stringify(key)).join(', ')
    issues.push(`unknown field${unknown.length > 1 ? 's' : ''} ${names}: only title, startsAt, place and nextMeeting can be changed`)
  }
  issues.push(...titleIssues(input.title, maxTitle))
  const startsAt = input.startsAt
  if (startsAt !== undefined && startsAt !== null && !isLocalDateTime(startsAt)) issues.push(STARTS_AT_ERROR)
  const place = placeIssues(input.place, 'place')
  issues.push(...place.issues)
  const next = nextMeetingIssues(input.nextMeeting)
  issues.push(...next.issues)
  if (issues.length > 0) return { ok: false, message: issues.join('; ') }
  const patch: MeetingPatch = {}
  // Keys given as undefined (possible from code, not from JSON) change nothing and are left out.
  if (input.title !== undefined) patch.title = (input.title as string).trim()
  if (startsAt !== undefined) patch.startsAt = startsAt as string | null
  if (place.value !== undefined) patch.place = place.value
  if (next.value !== undefined) patch.nextMeeting = next.value
  if (Object.keys(patch).length === 0) return { ok: false, message: 'nothing to change: give title, startsAt, place and/or nextMeeting' }
  return { ok: true, patch }
}

/** The meeting details a session record holds, or undefined when none is set. */
export function meetingDetailsOf(record: { startsAt?: string; place?: string; nextMeeting?: NextMeeting }): MeetingDetails | undefined {
  const details: MeetingDetails = {}
  if (record.startsAt) details.startsAt = record.startsAt
  if (record.place) details.place = record.place
  if (record.nextMeeting) details.nextMeeting = { ...record.nextMeeting }
  return Object.keys(details).length > 0 ? details : undefined
}
