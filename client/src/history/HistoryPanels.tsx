// The facilitator's trash and history panels, as a drawer on the right over the board. Opened from the
// "Begeleiden" menu (HistoryMenuEntries); closed with its button or Escape. Mounted once per board page.
import { createPortal } from 'react-dom'
import type { ControlTarget } from '../facilitation/controlApi.ts'
import { useOpenHistoryPanel } from './panelState.ts'
import { TimePanel } from './TimePanel.tsx'
import { TrashPanel } from './TrashPanel.tsx'

export function HistoryPanels(props: { target: ControlTarget }) {
  const open = useOpenHistoryPanel()
  if (!open) return null
  return createPortal(open === 'trash' ? <TrashPanel target={props.target} /> : <TimePanel target={props.target} />, document.body)
}
