// The area the room works on: phones post into it and the projector shows it large (POST focus).
import { useMemo } from 'react'
import { useLang, useT } from '../../i18n/I18nProvider.tsx'
import { useBoardTick } from '../../voting/useVote.ts'
import { areaChoices } from '../../voting/voteTargets.ts'
import { useWorkshop } from '../../voting/workshopContext.ts'
import { controlApi } from '../controlApi.ts'
import { useControl } from '../useControl.ts'
import type { FacilitatorToolProps } from './types.ts'
import { ToolError, useToolAction } from './useToolAction.tsx'
import { ToolSection } from './ToolSection.tsx'

const NONE = ''

export function FocusTool(props: FacilitatorToolProps) {
  const t = useT()
  const lang = useLang()
  const { board } = useWorkshop()
  const { focus } = useControl().control
  const { disabled, error, run } = useToolAction()
  const tick = useBoardTick(board)
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  const choices = useMemo(() => (board ? areaChoices(board, lang) : []), [board, lang, tick])
  const current = focus.areaId && choices.some((c) => c.id === focus.areaId) ? focus.areaId : NONE
  return (
    <ToolSection name="focus" heading={t('focus.heading')}>
      <label className="facilitate-field">
        <span>{t('focus.label')}</span>
        <select
          data-testid="focus-area"
          value={current}
          disabled={disabled}
          onChange={(event) => {
            const area = event.currentTarget.value || null
            void run('focus', () => controlApi.focus(props.target, { area }))
          }}
        >
          <option value={NONE}>{t('focus.none')}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p className="hint facilitate-hint">{t('focus.hint')}</p>
      <ToolError error={error} />
    </ToolSection>
  )
}
