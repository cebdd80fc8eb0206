// The one place a WebsocketProvider is made: same origin, /sync/<token>, no BroadcastChannel (a view
// tab must only ever receive edits through the server, which drops writes from view connections).
// A participant's private document (silent rounds) has its own: /silent/<token>?participant=<secret>.
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { PARTICIPANT_PARAM } from '../../../shared/api/identity.ts'
import { PRIVATE_SYNC_PATH } from '../../../shared/api/privateNotes.ts'
import { sendOwnPresenceOnly } from './ownPresenceOnly.ts'

function origin(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`
}

function syncServerUrl(loc: Location = window.location): string {
  return `${origin(loc)}/sync`
}

export function connectProvider(token: string, ydoc: Y.Doc): WebsocketProvider {
  return sendOwnPresenceOnly(new WebsocketProvider(syncServerUrl(), token, ydoc, { disableBc: true, maxBackoffTime: 5000 }))
}

/** This participant's private document: only they (their secret) and the server ever hold it. */
export function connectPrivateProvider(token: string, secret: string, ydoc: Y.Doc): WebsocketProvider {
  return sendOwnPresenceOnly(
    new WebsocketProvider(`${origin(window.location)}${PRIVATE_SYNC_PATH}`, token, ydoc, {
      disableBc: true,
      maxBackoffTime: 5000,
      params: { [PARTICIPANT_PARAM]: secret },
    }),
  )
}

export type { WebsocketProvider }
