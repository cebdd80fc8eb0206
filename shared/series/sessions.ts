// Which sessions form a series, and in which order they met. A session on its own is a series of one.

/** The fields of a session record the series reads (server/storage/types.ts SessionRecord). */
export interface SeriesMember {
  id: string
  title: string
  createdAt: string
  series?: string
  startsAt?: string
}

/** The series a session belongs to: its first session's id (its own id when it started one, or stands alone). */
export function seriesIdOf(session: Pick<SeriesMember, 'id' | 'series'>): string {
  return session.series ?? session.id
}

/**
 * The meeting's day: the start the facilitator set (local YYYY-MM-DDTHH:mm), else the day it was
 * created (as the action plan dates it).
 */
export function meetingDate(session: Pick<SeriesMember, 'createdAt' | 'startsAt'>): string {
  if (session.startsAt && /^\d{4}-\d{2}-\d{2}/.test(session.startsAt)) return session.startsAt.slice(0, 10)
  return session.createdAt.slice(0, 10)
}

/** The sessions of `seriesId` among `all`, in meeting order: by date, then by when they were created. */
export function seriesMembers<T extends SeriesMember>(all: readonly T[], seriesId: string): T[] {
  return all
    .filter((session) => seriesIdOf(session) === seriesId)
    .map((session) => ({ session, date: meetingDate(session) }))
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.session.createdAt, b.session.createdAt) || cmp(a.session.id, b.session.id))
    .map((entry) => entry.session)
}

function cmp(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1
}
