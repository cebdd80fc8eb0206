// What every tool in the facilitator's "Begeleiden" menu is given.
import type { Editor } from 'tldraw'
import type { Peer } from '../../collab/types.ts'
import type { ControlTarget } from '../controlApi.ts'

export interface FacilitatorToolProps {
  editor: Editor | null
  /** The facilitator's session id and token, for the control API. */
  target: ControlTarget
  /** The view token, for the projector window. */
  viewToken: string | null
  /** Who is online now. */
  peers: readonly Peer[]
}

/** The "Begeleiden" popover's menu id: a tool that opens something else closes the menu with it. */
export const FACILITATE_MENU_ID = 'samenbord-facilitate'
