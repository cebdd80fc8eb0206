// Tells the facilitator when the server cannot store the board (edits wait in server memory and are
// retried) or set a damaged file aside on load. Participants are not alarmed: the facilitator decides.
import type { StorageState } from '../../../shared/api/serverStatus.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function StorageBanner({ state }: { state: StorageState }) {
  const t = useT()
  if (state === 'ok') return null
  return (
    <div className={`storage-banner storage-${state}`} role="alert" data-testid="storage-banner" data-state={state}>
      {t(state === 'failing' ? 'storage.failing' : 'storage.repaired')}
    </div>
  )
}
