// "Lijstweergave" in the board's top bar: the board as an outline for keyboard and screen-reader users
// (the list view, the board's address with ?view=list). A tldraw UI kit button in the bar's own look;
// below 1180 px its label gives way to the icon, the name staying in aria-label and the tooltip.
// Back from the list view, focus lands here (not on <body>), once the editor has mounted: tldraw's
// autoFocus takes the focus for its canvas when it mounts, so we wait for it.
import { useEffect, useRef } from 'react'
import { TldrawUiButton, useMaybeEditor } from 'tldraw'
import { useT } from '../i18n/I18nProvider.tsx'
import { setListView, takeReturnFocus } from './listViewMode.ts'

export function ListViewToggle() {
  const t = useT()
  const label = t('listView.toggle')
  const editor = useMaybeEditor()
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!editor || !takeReturnFocus()) return
    requestAnimationFrame(() => ref.current?.focus())
  }, [editor])
  return (
    <TldrawUiButton
      ref={ref}
      type="normal"
      className="button secondary list-view-toggle"
      data-testid="list-view-toggle"
      data-command="list-view"
      aria-label={label}
      title={label}
      onClick={() => setListView(true)}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="list-view-toggle-icon">
        <path d="M3 5h2M3 10h2M3 15h2M8 5h9M8 10h9M8 15h9" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <span className="chrome-label">{label}</span>
    </TldrawUiButton>
  )
}
