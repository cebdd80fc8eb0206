// One row of our top-bar menus: tldraw's dropdown item and menu button, with a picture, a name and a
// hint (tldraw's TldrawUiMenuItem has room for a label only); and a titled section of such rows.
import { useId, type ReactNode } from 'react'
import { TldrawUiButton, TldrawUiDropdownMenuGroup, TldrawUiDropdownMenuItem } from 'tldraw'

/**
 * A titled part of a menu. A role="menu" may own only items and groups (a heading directly in it is an
 * ARIA error screen readers stumble over), and tldraw's group is a plain div: so the rows sit in a
 * role="group" named by the title, which is shown but is no heading.
 */
export function ChromeMenuSection(props: { title?: string; children: ReactNode }) {
  const id = useId()
  return (
    <TldrawUiDropdownMenuGroup className="chrome-menu-group">
      {/* biome-ignore lint/a11y/useSemanticElements: a group of items inside tldraw's menu (role=menu): a <fieldset> is a form control and does not belong there */}
      <div role="group" className="chrome-menu-section" aria-labelledby={props.title ? id : undefined}>
        {props.title && (
          <div id={id} className="insert-heading">
            {props.title}
          </div>
        )}
        {props.children}
      </div>
    </TldrawUiDropdownMenuGroup>
  )
}

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
