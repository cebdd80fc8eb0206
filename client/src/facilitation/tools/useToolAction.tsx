// One tool's calls to the facilitator's API: which one is under way, and what went wrong (shown in the
// tool, where it happened). What the tool shows afterwards comes back through the board (useControl).
import { useState } from 'react'
import { useT } from '../../i18n/I18nProvider.tsx'
import { actionError } from '../actionError.ts'

export function useToolAction() {
  const t = useT()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (name: string, action: () => Promise<unknown>) => {
    setBusy(name)
    setError(null)
    try {
      await action()
    } catch (cause) {
      setError(actionError(cause, t))
    } finally {
      setBusy(null)
    }
  }
  return { busy, disabled: busy !== null, error, run }
}

export function ToolError({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p className="form-error facilitate-error" role="alert" data-testid="facilitate-error">
      {error}
    </p>
  )
}
