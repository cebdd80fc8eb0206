// Tells the facilitator and the participants when the server cannot store the board: the room takes
// no edits meanwhile, and each screen keeps its own until they can be sent. A damaged file set aside
// on load is the facilitator's business only. The projector shows neither.
import type { StorageState } from '../../../shared/api/serverStatus.ts'
import type { Role } from '../collab/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function StorageBanner({ state, role }: { state: StorageState; role: Role }) {
  const t = useT()
  if (state === 'ok' || role === 'view') return null
  if (state === 'repaired' && role !== 'facilitator') return null
  const text = state === 'repaired' ? t('storage.repaired') : t(role === 'facilitator' ? 'storage.failing.facilitator' : 'storage.failing.participant')
  return (
    <div className={`storage-banner storage-${state}`} role="alert" data-testid="storage-banner" data-state={state}>
      {text}
    </div>
  )
}
