// A session deleted while we were away: the socket just fails (no close code reaches us), so while
// the connection is down, ask the API now and then whether the session still exists.
import { useEffect, useState } from 'react'
import type { ConnectionState } from '../collab/types.ts'
import { fetchSession } from './api.ts'

/** While the connection is down, check this often whether the session still exists. */
const RECHECK_MS = 15_000

export function useSessionGone(connection: ConnectionState, token: string): boolean {
  const [gone, setGone] = useState(false)
  useEffect(() => {
    if (connection !== 'offline' || !navigator.onLine) return
    const check = () =>
      fetchSession(token)
        .then((result) => result === 'unknown' && setGone(true))
        .catch(() => {})
    check()
    const timer = setInterval(check, RECHECK_MS)
    return () => clearInterval(timer)
  }, [connection, token])
  return gone
}
