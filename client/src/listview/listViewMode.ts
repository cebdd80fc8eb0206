// Whether a board link shows the list view: its own address, the board's with ?view=list (on /s/, /v/
// and /f/, ?lang= kept), so it can be bookmarked, shared and opened straight away. One signal for the
// tab: the board page picks its screen with it, and the toggles (top bar, phone page, the list view's
// way back) flip it in place, so the live document connection stays as it is; Back and Forward in the
// browser follow it too.
import { atom } from '@tldraw/state'
import { useValue } from '@tldraw/state-react'
import { listViewHref, listViewRequested } from './listViewQuery.ts'

const $listView = atom<boolean>('samenbord list view', listViewRequested())
let listening = false
// Set when the list view is left in this tab: the screen we return to puts focus on its way back into
// the list (the top bar's toggle, the phone page's link) rather than leaving it on <body>.
let returning = false

function show(on: boolean): void {
  if ($listView.get() && !on) returning = true
  $listView.set(on)
}

function listen(): void {
  if (listening) return
  listening = true
  window.addEventListener('popstate', () => show(listViewRequested()))
}

/** Switches in place (a history entry, so Back returns to where you were). */
export function setListView(on: boolean): void {
  if ($listView.get() === on) return
  window.history.pushState(null, '', listViewHref(on))
  show(on)
}

/** Whether we just came back from the list view (asked once: the first caller takes it). */
export function takeReturnFocus(): boolean {
  const was = returning
  returning = false
  return was
}

export function useListView(): boolean {
  listen()
  return useValue($listView)
}
