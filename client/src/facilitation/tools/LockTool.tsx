// Lock the whole board, or only its structure (areas, titles), for participants.
import { useT } from '../../i18n/I18nProvider.tsx'
import { controlApi } from '../controlApi.ts'
import { useControl } from '../useControl.ts'
import { Switch } from './Switch.tsx'
import type { FacilitatorToolProps } from './types.ts'
import { ToolError, useToolAction } from './useToolAction.tsx'
import { ToolSection } from './ToolSection.tsx'

export function LockTool(props: FacilitatorToolProps) {
  const t = useT()
  const { lock } = useControl().control
  const { disabled, error, run } = useToolAction()
  return (
    <ToolSection name="lock" heading={t('lock.heading')}>
      <Switch
        testId="lock-board"
        checked={lock.board}
        disabled={disabled}
        label={t('lock.board')}
        hint={t('lock.boardHint')}
        onChange={(on) => void run('lock-board', () => controlApi.lock(props.target, { locked: on }))}
      />
      <Switch
        testId="lock-structure"
        checked={lock.structure}
        disabled={disabled}
        label={t('lock.structure')}
        hint={t('lock.structureHint')}
        onChange={(on) => void run('lock-structure', () => controlApi.lock(props.target, { structure: on }))}
      />
      <ToolError error={error} />
    </ToolSection>
  )
}
