// The uniform client factory: a real provider per simulated participant, each on its own WebSocket.
// y-websocket's WebsocketProvider for ours and @y/websocket-server; @hocuspocus/provider for Hocuspocus
// (it multiplexes documents in its own framing).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
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
    const provider = new WebsocketProvider(addr.url, addr.room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 500,
    })
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
