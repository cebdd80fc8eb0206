// One pair of live regions for the list view's per-note controls (dots, action marks and fields),
// instead of a pair per note: a running vote over 60 notes made 137 live regions, which screen readers
// track one by one. The controls say what a press did through sayFromControls(); the page renders the
// regions once (ControlsRegions, in ListVoteStatus); a refusal is also shown beside its note, as plain text. A module store rather than a React context, so the
// page needs no provider around its items: there is one list view per document.
import { useSyncExternalStore } from 'react'

export interface Said {
  text: string
  tone: 'status' | 'alert'
  /** Two equal messages in a row are both said: the spoken element is keyed by it. */
  at: number
}

let current: Said | null = null
let seq = 0
const listeners = new Set<() => void>()

/** Says `text` in the page's polite region ('status') or as an alert (a refusal, an error). */
export function sayFromControls(text: string, tone: Said['tone'] = 'status'): void {
  current = { text, tone, at: ++seq }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The page's polite status and alert for the controls; both are there before anything is said in them, so screen readers pick the change up. */
export function ControlsRegions() {
  const said = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
  return (
    <>
      <p className="visually-hidden" role="status" data-testid="list-controls-status">
        {said?.tone === 'status' && <span key={said.at}>{said.text}</span>}
      </p>
      <p className="visually-hidden" role="alert" data-testid="list-controls-alert">
        {said?.tone === 'alert' && <span key={said.at}>{said.text}</span>}
      </p>
    </>
  )
}
