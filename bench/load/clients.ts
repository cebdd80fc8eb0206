// The uniform client factory: a real provider per simulated participant, each on its own WebSocket.
// y-websocket's WebsocketProvider for ours and @y/websocket-server, set up as our client sets it up
// (client/src/collab/provider.ts: it sends only its own presence, not an echo of everyone else's;
// before 2026-11-30 the participants were stock providers, which echo); @hocuspocus/provider for
// Hocuspocus (it multiplexes documents in its own framing).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { sendOwnPresenceOnly } from '../../client/src/collab/ownPresenceOnly.ts'
import type { RoomAddress } from '../servers/types.ts'

export interface BenchClient {
  doc: Y.Doc
  awareness: Awareness
  /** Resolves on the first completed sync with the server. */
  synced: Promise<void>
  destroy(): void
}

process.setMaxListeners(0) // each y-websocket provider in Node adds an 'exit' listener

export function connect(addr: RoomAddress, timeoutMs = 60_000): BenchClient {
  const doc = new Y.Doc()
  let onSynced!: () => void
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not synced within ${timeoutMs} ms`)), timeoutMs)
    onSynced = () => {
      clearTimeout(timer)
      resolve()
    }
  })
  if (addr.client === 'yws') {
    const provider = sendOwnPresenceOnly(
      new WebsocketProvider(addr.url, addr.room, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        maxBackoffTime: 500,
      }),
    )
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return
      provider.off('sync', onSync)
      onSynced()
    }
    provider.on('sync', onSync)
    return {
      doc,
      awareness: provider.awareness,
      synced,
      destroy() {
        provider.destroy()
        doc.destroy()
      },
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: addr.url, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: addr.room, document: doc, onSynced: () => onSynced() })
  provider.attach()
  return {
    doc,
    awareness: provider.awareness!,
    synced,
    destroy() {
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}
