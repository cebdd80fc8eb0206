// What tldraw's own UI offers per role. Participants (join links) stay on the one board: no pages, no
// media (image/video/embed/bookmark), no tldraw export, print or "copy as" (the facilitator has our
// export menu); the server refuses such records from join connections as well. The facilitator keeps
// tldraw's full set (pages and images included). Embeds are off for everyone (privacy.ts).
import type { TLUiOverrides } from 'tldraw'
import type { Role } from '../collab/types.ts'
import { privateUiOverrides } from './privacy.ts'

/** tldraw actions a participant does not get (menus, context menu and their keyboard shortcuts). */
const PARTICIPANT_HIDDEN_ACTIONS = [
  // pages
  'move-to-new-page',
  // media and links made into media
  'insert-media',
  'insert-embed',
  'image-replace',
  'video-replace',
  'download-original',
  'flatten-to-image',
  'convert-to-embed',
  'convert-to-bookmark',
  // tldraw's export, print and "copy as"
  'export-as-svg',
  'export-as-png',
  'export-all-as-svg',
  'export-all-as-png',
  'copy-as-svg',
  'copy-as-png',
  'copy-as-json',
  'print',
] as const

/** tldraw tools a participant does not get: "media" (image/video upload) and embeds. */
const PARTICIPANT_HIDDEN_TOOLS = ['asset', 'embed'] as const

const participantOverrides: TLUiOverrides = {
  actions(_editor, actions) {
    for (const id of PARTICIPANT_HIDDEN_ACTIONS) delete actions[id]
    return actions
  },
  tools(_editor, tools) {
    for (const id of PARTICIPANT_HIDDEN_TOOLS) delete tools[id]
    return tools
  },
}

// Stable per role: tldraw compares overrides by identity.
const OVERRIDES: Record<Role, TLUiOverrides[]> = {
  facilitator: [privateUiOverrides],
  join: [privateUiOverrides, participantOverrides],
  view: [privateUiOverrides, participantOverrides],
}

export function roleUiOverrides(role: Role): TLUiOverrides[] {
  return OVERRIDES[role]
}
