// The one place a WebsocketProvider is made: same origin, /sync/<token>, no BroadcastChannel (a view
// tab must only ever receive edits through the server, which drops writes from view connections).
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

export function syncServerUrl(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/sync`
}

export function connectProvider(token: string, ydoc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(syncServerUrl(), token, ydoc, { disableBc: true, maxBackoffTime: 5000 })
}

export type { WebsocketProvider }
