// A stock y-websocket WebsocketProvider sends the server every awareness change it applies, other
// people's included: its awareness 'update' handler does not look at the change's origin. The server
// rebroadcasts each presence itself and ignores these echoes (their clocks are not newer), so in a room
// of 50 every cursor move came back from 49 devices: uplink a phone on a throttled network pays for,
// and work for the server (through Redis, with several processes). Here a provider sends only what
// this client changed itself ('local': its cursor, its name, the renewal every 15 s); what it learns
// from the server, and the states it drops on a timeout or on losing the connection, stay local.
import type { WebsocketProvider } from 'y-websocket'

type AwarenessHandler = WebsocketProvider['_awarenessUpdateHandler']

export function sendOwnPresenceOnly<P extends WebsocketProvider>(provider: P): P {
  const stock: AwarenessHandler = provider._awarenessUpdateHandler
  const own: AwarenessHandler = (changes, origin) => {
    if (origin === 'local') stock(changes, origin)
  }
  provider.awareness.off('update', stock)
  // The provider removes its handler by this property when destroyed: the filtered one, now.
  provider._awarenessUpdateHandler = own
  provider.awareness.on('update', own)
  return provider
}
