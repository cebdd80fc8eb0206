// Which of the two history panels is open: kept outside any component, so the "Begeleiden" menu can
// close (and unmount its content) while the panel it opened stays.
import { useSyncExternalStore } from 'react'

export type HistoryPanel = 'trash' | 'history'

let open: HistoryPanel | null = null
const listeners = new Set<() => void>()

export function openHistoryPanel(panel: HistoryPanel | null): void {
  open = panel
  for (const listener of listeners) listener()
}

export function useOpenHistoryPanel(): HistoryPanel | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => open,
  )
}
