// "Mijn sessies" in this browser's localStorage (shared/sessions/mySessions.ts decides what an entry
// is). Every tab sees the same list: a change in one reaches the others through the storage event.
import { useEffect, useState } from 'react'
import { forgetIn, parseMySessions, rememberIn, type MySession } from '../../../shared/sessions/mySessions.ts'

export type { MySession } from '../../../shared/sessions/mySessions.ts'

const KEY = 'samenbord.mySessions'
const CHANGED = 'samenbord:my-sessions'

function loadMySessions(): MySession[] {
  try {
    return parseMySessions(localStorage.getItem(KEY))
  } catch {
    return [] // storage blocked (private mode): nothing is kept, and the list says so by being empty
  }
}

function store(list: MySession[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list))
  } catch {
    return // not kept; the session itself is unaffected
  }
  window.dispatchEvent(new Event(CHANGED))
}

/** Adds the session or brings it up to date, opened now: on starting one, and on every facilitator visit. */
export function rememberSession(session: Omit<MySession, 'openedAt'>): void {
  store(rememberIn(loadMySessions(), session, new Date()))
}

export function forgetSession(id: string): void {
  store(forgetIn(loadMySessions(), id))
}

export function useMySessions(): MySession[] {
  const [list, setList] = useState(loadMySessions)
  useEffect(() => {
    const reload = (event: Event) => {
      if (event instanceof StorageEvent && event.key !== null && event.key !== KEY) return
      setList(loadMySessions())
    }
    window.addEventListener('storage', reload)
    window.addEventListener(CHANGED, reload)
    return () => {
      window.removeEventListener('storage', reload)
      window.removeEventListener(CHANGED, reload)
    }
  }, [])
  return list
}
