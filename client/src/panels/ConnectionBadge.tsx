import type { ConnectionState } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'

const LABEL = { connected: 'connection.connected', connecting: 'connection.connecting', offline: 'connection.offline' } as const
const HINT = {
  connected: 'connection.connectedHint',
  connecting: 'connection.connectingHint',
  offline: 'connection.offlineHint',
} as const

export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const t = useT()
  return (
    <div
      className={`connection-badge connection-${state}`}
      data-testid="connection-state"
      data-state={state}
      role="status"
      aria-live="polite"
      title={t(HINT[state])}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{t(LABEL[state])}</span>
      {state !== 'connected' && <span className="connection-hint">{t(HINT[state])}</span>}
    </div>
  )
}
