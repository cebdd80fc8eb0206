// The Meeting dialog's fields as people type them (a day as DD-MM-YYYY, a time as HH:mm, the Dutch way,
// whatever the browser's locale) ⇄ the local strings PATCH /api/sessions/:id stores. Pure, so the rule
// for what a typed day means is tested once and the dialog shows what the server will keep.
import type { MeetingDetails, NextMeeting } from '../api/types.ts'
import { formatIsoDate, isIsoDate } from '../actions/dates.ts'
import { validateMeetingPatch, type MeetingPatch } from './meeting.ts'

export interface MeetingForm {
  /** DD-MM-YYYY (also D-M-YYYY, with / or . between). */
  startDay: string
  /** HH:mm (also H:mm, H.mm or HHmm). */
  startTime: string
  place: string
  nextDay: string
  /** Optional: without a time the next meeting is a day. */
  nextTime: string
  nextPlace: string
}

export type MeetingField = keyof MeetingForm

/** 'YYYY-MM-DD' for a real day typed as D-M-YYYY (or with / or .), '' for nothing typed, null for junk. */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed)
  if (!m) return null
  const iso = formatIsoDate(Number(m[3]), Number(m[2]), Number(m[1]))
  return isIsoDate(iso) ? iso : null
}

/** 'HH:mm' for a time typed as H:mm, H.mm or HHmm, '' for nothing typed, null for junk. */
export function parseTimeInput(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed) ?? /^(\d{1,2})$/.exec(trimmed)
  if (!m) return null
  const hours = Number(m[1])
  const minutes = m[2] === undefined ? 0 : Number(m[2])
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** 'YYYY-MM-DD' (or the day of 'YYYY-MM-DDTHH:mm') as DD-MM-YYYY; '' for none. */
export function dayInputOf(local: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(local ?? '')
  return m ? `${m[3]}-${m[2]}-${m[1]}` : ''
}

/** The HH:mm of 'YYYY-MM-DDTHH:mm'; '' for a day without a time or none. */
export function timeInputOf(local: string | undefined): string {
  return /T(\d{2}:\d{2})$/.exec(local ?? '')?.[1] ?? ''
}

/** The dialog's fields filled from what the session holds. */
export function meetingFormOf(details: MeetingDetails | undefined): MeetingForm {
  return {
    startDay: dayInputOf(details?.startsAt),
    startTime: timeInputOf(details?.startsAt),
    place: details?.place ?? '',
    nextDay: dayInputOf(details?.nextMeeting?.at),
    nextTime: timeInputOf(details?.nextMeeting?.at),
    nextPlace: details?.nextMeeting?.place ?? '',
  }
}

export type MeetingFormResult = { ok: true; patch: MeetingPatch } | { ok: false; fields: MeetingField[] }

/**
 * The patch that makes the session hold what the form says (every field sent: emptied ones as null),
 * or the fields that are wrong. A start needs a day and a time; the next meeting needs a day, its time
 * is optional; a time or place without its day is wrong, not silently dropped.
 */
export function patchFromForm(form: MeetingForm): MeetingFormResult {
  const wrong = new Set<MeetingField>()
  const startDay = parseDayInput(form.startDay)
  const startTime = parseTimeInput(form.startTime)
  if (startDay === null) wrong.add('startDay')
  if (startTime === null) wrong.add('startTime')
  // Only one of the two: the missing one is what needs filling in.
  if (startDay === '' && startTime) wrong.add('startDay')
  if (startDay && startTime === '') wrong.add('startTime')
  const nextDay = parseDayInput(form.nextDay)
  const nextTime = parseTimeInput(form.nextTime)
  if (nextDay === null) wrong.add('nextDay')
  if (nextTime === null) wrong.add('nextTime')
  if (nextDay === '' && (nextTime || form.nextPlace.trim())) wrong.add('nextDay')
  if (wrong.size > 0) return { ok: false, fields: [...wrong] }
  const next: NextMeeting | null = nextDay
    ? { at: nextTime ? `${nextDay}T${nextTime}` : nextDay, ...(form.nextPlace.trim() ? { place: form.nextPlace.trim() } : {}) }
    : null
  const raw = {
    startsAt: startDay && startTime ? `${startDay}T${startTime}` : null,
    place: form.place.trim() || null,
    nextMeeting: next,
  }
  const valid = validateMeetingPatch(raw)
  if (valid.ok) return valid
  // Only the places can still be wrong here (too long, or a line break pasted in).
  const fields: MeetingField[] = []
  if (/(^|; )place /.test(valid.message)) fields.push('place')
  if (valid.message.includes('nextMeeting.place')) fields.push('nextPlace')
  return { ok: false, fields: fields.length > 0 ? fields : ['place'] }
}
