// The facilitator's part of the top bar: "Exporteren", "Begeleiden" (timer, locks, rounds, history…)
// and the history drawers. One chunk of its own (board/TopBar.tsx loads it lazily), so the many
// participants and viewers of a workshop never download the facilitator's tools.
import { DefaultDialogs, type Editor } from 'tldraw'
import type { Peer } from '../collab/types.ts'
import { ExportMenu } from '../actions/ExportMenu.tsx'
import { HistoryPanels } from '../history/HistoryPanels.tsx'
import type { ControlTarget } from './controlApi.ts'
import { FacilitateMenu } from './FacilitateMenu.tsx'

export default function FacilitatorMenus(props: {
  editor: Editor | null
  target: ControlTarget
  title: string
  viewToken: string | null
  peers: readonly Peer[]
}) {
  return (
    <>
      <ExportMenu editor={props.editor} sessionId={props.target.sessionId} token={props.target.token} title={props.title} />
      <FacilitateMenu editor={props.editor} target={props.target} viewToken={props.viewToken} peers={props.peers} />
      <HistoryPanels target={props.target} />
      {/* Dialogs opened from these menus (the Meeting dialog): the chrome's own, not the canvas'. */}
      <DefaultDialogs />
    </>
  )
}
