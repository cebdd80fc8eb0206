// A board link's first requests, started by the entry as soon as it runs rather than once the board
// page's own code has arrived: on a slow phone that code is the longest wait, and the session's answer,
// the runtime config and the code of the screen it will show (the phone page on a phone with a join
// link, else the canvas) do not depend on it.
// Measured with bench scenario 9's throttled phone: the session was asked for ~0.9 s after the entry ran.
import { listViewRequested } from '../listview/listViewQuery.ts'
import { PHONE_QUERY, readChoice, showsPhonePage } from '../phone/phoneQuery.ts'
import { fetchSession, type SessionInfo } from './api.ts'
import { fetchConfig } from './config.ts'
import type { Route } from './route.ts'
import { loadBoardScreen, loadListScreen, loadPhoneScreen } from './screens.ts'

const sessions = new Map<string, Promise<SessionInfo | 'unknown'>>()

export function prefetchBoard(route: Route): void {
  if (route.page !== 'board') return
  const pending = fetchSession(route.token)
  // A failure is reported by the board page when it takes the answer; until then it is not unhandled.
  pending.catch(() => {})
  sessions.set(route.token, pending)
  void fetchConfig()
  // The board page's own rule (phone/phoneQuery.ts), with the role a link's prefix stands for: the
  // session's answer may still correct it, and the board page then loads the other screen.
  const role = route.prefix === 's' ? 'join' : route.prefix === 'v' ? 'view' : 'facilitator'
  const load = listViewRequested()
    ? loadListScreen
    : showsPhonePage(role, window.matchMedia(PHONE_QUERY).matches, readChoice())
      ? loadPhoneScreen
      : loadBoardScreen
  load().catch(() => {}) // a failure is not kept: the board page asks again, and shows it
}

/** The session's answer for this token: the prefetched one the first time, a fresh request after that (a retry). */
export function takeSession(token: string): Promise<SessionInfo | 'unknown'> {
  const pending = sessions.get(token)
  sessions.delete(token)
  return pending ?? fetchSession(token)
}
