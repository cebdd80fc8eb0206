// One row of our top-bar menus: tldraw's dropdown item and menu button, with a picture, a name and a
// hint (tldraw's TldrawUiMenuItem has room for a label only).
import type { ReactNode } from 'react'
import { TldrawUiButton, TldrawUiDropdownMenuItem } from 'tldraw'

export function ChromeMenuItem(props: {
  testId: string
  icon: ReactNode
  label: string
  hint: string
  onSelect: () => void
  disabled?: boolean
  busy?: boolean
  /** Keep the menu open after the click (e.g. while a download is being made). */
  noClose?: boolean
}) {
  return (
    <TldrawUiDropdownMenuItem noClose={props.noClose}>
      <TldrawUiButton
        type="menu"
        className="chrome-menu-item"
        data-testid={props.testId}
        disabled={props.disabled}
        aria-busy={props.busy || undefined}
        onClick={props.onSelect}
      >
        {props.icon}
        <span className="chrome-menu-item-text">
          <strong>{props.label}</strong>
          <span className="hint">{props.hint}</span>
        </span>
      </TldrawUiButton>
    </TldrawUiDropdownMenuItem>
  )
}
