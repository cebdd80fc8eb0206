// Open the projector page in a window of its own.
import { boardUrl } from '../../app/route.ts'
import { useT } from '../../i18n/I18nProvider.tsx'
import type { FacilitatorToolProps } from './types.ts'
import { ToolButton, ToolSection } from './ToolSection.tsx'

export function ProjectorTool(props: FacilitatorToolProps) {
  const t = useT()
  const openProjector = () => {
    if (!props.viewToken) return
    // A window of its own (not a tab), to drag onto the projector's screen; reused on a second click.
    window.open(boardUrl('v', props.viewToken), 'samenbord-projector', 'popup=yes,width=1280,height=720,noopener')
  }
  return (
    <ToolSection name="projector" heading={t('projector.heading')}>
      <ToolButton
        testId="open-projector"
        disabled={!props.viewToken}
        onClick={openProjector}
        icon={{ d: 'M2.5 4h15v9h-15zM10 13v3M6.5 16.5h7', strokeWidth: 1.7 }}
      >
        {t('projector.open')}
      </ToolButton>
      <p className="hint facilitate-hint">{t('projector.openHint')}</p>
    </ToolSection>
  )
}
