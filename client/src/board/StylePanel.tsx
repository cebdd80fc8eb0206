// tldraw's style panel only when it has something to style: a selection, or a drawing tool in hand
// (to pick a colour before drawing). Otherwise it would cover the board's top-right corner for
// everyone who just looks, moves notes or votes.
import { DefaultStylePanel, useEditor, useValue, type TLUiStylePanelProps } from 'tldraw'

/** Tools that style nothing. */
const NO_STYLE_TOOLS = new Set(['select', 'hand', 'eraser', 'laser', 'zoom'])

export function SelectionStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const shown = useValue('style panel shown', () => editor.getSelectedShapeIds().length > 0 || !NO_STYLE_TOOLS.has(editor.getCurrentToolId()), [editor])
  return shown ? <DefaultStylePanel {...props} /> : null
}
