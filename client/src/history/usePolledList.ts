// What both history drawers do: ask the server for their list now and every `refreshMs` while open, and
// run a restore with one busy flag, its outcome (a notice or the error) shown in place, and the list
// asked again afterwards, whatever the outcome.
import { useCallback, useEffect, useState } from 'react'
import { actionError } from '../facilitation/actionError.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function usePolledList<T>(fetchList: () => Promise<T[]>, refreshMs: number) {
  const t = useT()
  const [list, setList] = useState<T[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setList(await fetchList())
    } catch (cause) {
      setError(actionError(cause, t))
    }
  }, [fetchList, t])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), refreshMs)
    return () => clearInterval(timer)
  }, [load, refreshMs])

  /** Runs `action`; the notice it returns is shown on success. */
  const act = async (action: () => Promise<string>): Promise<boolean> => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setNotice(await action())
      return true
    } catch (cause) {
      setError(actionError(cause, t))
      return false
    } finally {
      setBusy(false)
      await load()
    }
  }

  return { list, error, notice, busy, act }
}
