// "Mijn sessies": the sessions one browser started or facilitated, as the browser keeps them. What is
// stored is read back without trusting it (another version, another tab, a hand edit may have written
// it), so this module is the one place that decides what a kept entry is.

export interface MySession {
  /** The session's id (API paths). */
  id: string
  title: string
  /** The facilitator token: the way back to the board (/f/<token>). Whoever holds it runs the session. */
  facilitator: string
  /** When the session was created (ISO 8601). */
  createdAt: string
  /** When this browser last opened it as facilitator (ISO 8601): the list's order, newest first. */
  openedAt: string
}

/** The oldest entries past this are dropped: a list to pick from, not an archive. */
export const MY_SESSIONS_MAX = 50

const TOKEN = /^[A-Za-z0-9_-]{1,128}$/

function isEntry(value: unknown): value is MySession {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    typeof v.title === 'string' &&
    typeof v.facilitator === 'string' &&
    TOKEN.test(v.facilitator) &&
    typeof v.createdAt === 'string' &&
    typeof v.openedAt === 'string'
  )
}

/** The kept list from its stored JSON: malformed entries dropped, one per session, newest first. */
export function parseMySessions(stored: string | null): MySession[] {
  if (!stored) return []
  let raw: unknown
  try {
    raw = JSON.parse(stored)
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  const byId = new Map<string, MySession>()
  for (const value of raw) {
    if (!isEntry(value)) continue
    const entry: MySession = { id: value.id, title: value.title, facilitator: value.facilitator, createdAt: value.createdAt, openedAt: value.openedAt }
    const known = byId.get(entry.id)
    if (!known || known.openedAt < entry.openedAt) byId.set(entry.id, entry)
  }
  return sortNewestFirst([...byId.values()]).slice(0, MY_SESSIONS_MAX)
}

/** The list with this session added or brought up to date (title, token), opened `now`. */
export function rememberIn(list: readonly MySession[], session: Omit<MySession, 'openedAt'>, now: Date): MySession[] {
  const entry: MySession = { ...session, openedAt: now.toISOString() }
  return [entry, ...list.filter((s) => s.id !== session.id)].slice(0, MY_SESSIONS_MAX)
}

export function forgetIn(list: readonly MySession[], id: string): MySession[] {
  return list.filter((s) => s.id !== id)
}

function sortNewestFirst(list: MySession[]): MySession[] {
  return list.sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0))
}
