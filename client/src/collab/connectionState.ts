// connected / connecting / offline from the provider's status events and the browser's online flag.
// A dropped connection shows 'connecting' while y-websocket retries; if it isn't back within
// OFFLINE_AFTER_MS (or the browser says it is offline) it shows 'offline'. Edits go on meanwhile:
// they live in the Y.Doc and are sent when the sync resumes.
import type { WebsocketProvider } from './provider.ts'
import type { ConnectionState } from './types.ts'

const OFFLINE_AFTER_MS = 4000

export function trackConnection(provider: WebsocketProvider, onChange: (state: ConnectionState) => void): () => void {
  let lostSince = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  let last: ConnectionState | undefined

  const compute = (): ConnectionState => {
    if (!navigator.onLine) return 'offline'
    if (provider.wsconnected && provider.synced) return 'connected'
    return Date.now() - lostSince < OFFLINE_AFTER_MS ? 'connecting' : 'offline'
  }

  const update = () => {
    const state = compute()
    clearTimeout(timer)
    timer = undefined
    if (state === 'connecting') timer = setTimeout(update, OFFLINE_AFTER_MS - (Date.now() - lostSince) + 10)
    if (state !== last) {
      last = state
      onChange(state)
    }
  }

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'disconnected') lostSince = Date.now()
    update()
  }
  const onSync = () => update()
  const onOnline = () => {
    lostSince = Date.now()
    // Don't wait for the backoff timer: try now.
    if (!provider.wsconnected && provider.shouldConnect) provider.connect()
    update()
  }
  const onOffline = () => update()

  provider.on('status', onStatus)
  provider.on('sync', onSync)
  window.addEventListener('online', onOnline)
  window.addEventListener('offline', onOffline)
  update()

  return () => {
    clearTimeout(timer)
    provider.off('status', onStatus)
    provider.off('sync', onSync)
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
  }
}
