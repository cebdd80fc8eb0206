// tldraw's own UI, made to pass WCAG 2.1 AA where its defaults do not, through its component slots
// (never by patching node_modules):
//  - the main menu (☰) opens with tldraw's accessibility options: "Toegankelijkheid" (reduce motion,
//    keyboard shortcuts on/off, enhanced accessibility mode) and the keyboard shortcuts dialog, which
//    tldraw otherwise keeps under Voorkeuren;
//  - the text-formatting toolbar over a note being edited: tldraw gives its buttons role="option" with
//    aria-pressed (a listbox role outside a listbox, with an attribute options may not have: axe's
//    aria-required-parent and aria-allowed-attr, both critical); ours are plain toggle buttons.
import { Children, cloneElement, isValidElement, type ReactElement } from 'react'
import {
  AccessibilityMenu,
  DefaultMainMenu,
  DefaultMainMenuContent,
  DefaultRichTextToolbar,
  DefaultRichTextToolbarContent,
  KeyboardShortcutsMenuItem,
  TldrawUiMenuGroup,
  useEditor,
  useValue,
  type TiptapEditor,
} from 'tldraw'

export function AccessibleMainMenu() {
  return (
    <DefaultMainMenu>
      <TldrawUiMenuGroup id="samenbord-accessibility">
        <AccessibilityMenu />
        <KeyboardShortcutsMenuItem />
      </TldrawUiMenuGroup>
      <DefaultMainMenuContent />
    </DefaultMainMenu>
  )
}

export function AccessibleRichTextToolbar() {
  const editor = useEditor()
  const textEditor = useValue('text editor', () => editor.getRichTextEditor(), [editor])
  if (!textEditor) return null
  return (
    <DefaultRichTextToolbar>
      <ToggleButtons textEditor={textEditor} />
    </DefaultRichTextToolbar>
  )
}

// tldraw's buttons (bold, italic, code, list, highlight) without their listbox role. The link button
// is left out: its editor (tldraw's LinkEditor) is not exported, so it could not open from here; a URL
// typed into a note still becomes a link.
function ToggleButtons({ textEditor }: { textEditor: TiptapEditor }) {
  const buttons = DefaultRichTextToolbarContent({ textEditor })
  return (
    <>{Children.map(buttons, (button) => (isValidElement(button) ? cloneElement(button as ReactElement<{ role?: string }>, { role: undefined }) : button))}</>
  )
}
