// An action's status, as a label and as a select: the board's actions panel and the actieoverzicht
// name and offer the statuses the same way.
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/actions/types.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export const STATUS_LABEL: Record<ActionStatus, MessageKey> = {
  open: 'actionsPanel.status.open',
  doing: 'actionsPanel.status.doing',
  done: 'actionsPanel.status.done',
  dropped: 'actionsPanel.status.dropped',
}

export function StatusSelect(props: { value: ActionStatus; onChange: (status: ActionStatus) => void; testId: string; className?: string }) {
  const t = useT()
  return (
    <select data-testid={props.testId} className={props.className} value={props.value} onChange={(e) => props.onChange(e.target.value as ActionStatus)}>
      {ACTION_STATUSES.map((key) => (
        <option key={key} value={key}>
          {t(STATUS_LABEL[key])}
        </option>
      ))}
    </select>
  )
}
