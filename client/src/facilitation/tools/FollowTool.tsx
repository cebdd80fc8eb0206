// "Follow me": bring everyone to the facilitator's view once, or keep them following.
import { useT } from '../../i18n/I18nProvider.tsx'
import { controlApi } from '../controlApi.ts'
import { useControl } from '../useControl.ts'
import { Switch } from './Switch.tsx'
import type { FacilitatorToolProps } from './types.ts'
import { ToolError, useToolAction } from './useToolAction.tsx'
import { ToolButton, ToolSection } from './ToolSection.tsx'

export function FollowTool(props: FacilitatorToolProps) {
  const t = useT()
  const { follow } = useControl().control
  const { disabled, error, run } = useToolAction()
  const selfId = props.editor?.user.getRecordId() ?? null
  const leading = follow.userId !== null && follow.userId === selfId
  const keepOn = follow.keep && follow.userId !== null

  const followMe = (keep: boolean) => run(keep ? 'follow-keep' : 'follow-me', () => controlApi.follow(props.target, { userId: selfId, keep }))
  const stopFollow = () => run('follow-stop', () => controlApi.follow(props.target, { userId: null }))

  return (
    <ToolSection
      name="follow"
      heading={
        <>
          {t('follow.heading')}
          {keepOn && (
            <span className="facilitate-follow-status" data-testid="follow-status">
              {leading ? t('follow.active') : t('follow.activeOther')}
            </span>
          )}
        </>
      }
    >
      <ToolButton testId="follow-me" title={t('follow.bringHereHint')} disabled={disabled || !selfId} onClick={() => void followMe(false)}>
        {t('follow.bringHere')}
      </ToolButton>
      <Switch
        testId="follow-keep"
        checked={keepOn && leading}
        disabled={disabled || !selfId}
        label={t('follow.keep')}
        hint={t('follow.keepHint')}
        onChange={(on) => void (on ? followMe(true) : stopFollow())}
      />
      {keepOn && !leading && (
        <ToolButton testId="follow-stop" disabled={disabled} onClick={() => void stopFollow()}>
          {t('follow.stop')}
        </ToolButton>
      )}
      <ToolError error={error} />
    </ToolSection>
  )
}
