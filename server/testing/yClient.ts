// A stock y-websocket client in Node, as any program would connect to us.
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface YClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** `path`: /sync (the board) or /silent (a private document, whose secret goes in `params`). */
export function connectClient(wsUrl: string, token: string, doc = new Y.Doc(), opts: { path?: string; params?: Record<string, string> } = {}): YClient {
  const provider = new WebsocketProvider(`${wsUrl}${opts.path ?? '/sync'}`, token, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    ...(opts.params ? { params: opts.params } : {}),
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

export function whenSynced(client: YClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs)
    const onSync = (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      client.provider.off('sync', onSync)
      resolve()
    }
    client.provider.on('sync', onSync)
  })
}

/** Polls until `check` (sync or async) passes or the time is up; returns the last error otherwise. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000, stepMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, stepMs))
    }
  }
}

/**
 * Resolves once the server answered a probe sent now on this client's socket (a sync step 1 with an
 * empty state vector, always answered with a sync step 2): every frame the client sent before it was
 * handled, and everything the server sent this client before its answer has been received and applied
 * (the provider applies frames in order). A barrier for an absence: what did not arrive by then never will.
 */
export function handled(client: YClient, timeoutMs = 10_000): Promise<void> {
  const ws = client.provider.ws
  if (!ws || !client.provider.wsconnected) return Promise.reject(new Error('not connected'))
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      const data = new Uint8Array(event.data as ArrayBuffer)
      if (data[0] !== 0 || data[1] !== 1) return
      clearTimeout(timer)
      ws.removeEventListener('message', onMessage)
      resolve()
    }
    const timer = setTimeout(() => {
      ws.removeEventListener('message', onMessage)
      reject(new Error('probe not answered in time'))
    }, timeoutMs)
    ws.addEventListener('message', onMessage)
    ws.send(Uint8Array.of(0, 0, 1, 0))
  })
}
