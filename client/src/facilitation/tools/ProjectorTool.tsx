// Open the projector page in a window of its own.
import { boardUrl } from '../../app/route.ts'
import { useT } from '../../i18n/I18nProvider.tsx'
import type { FacilitatorToolProps } from './types.ts'

export function ProjectorTool(props: FacilitatorToolProps) {
  const t = useT()
  const openProjector = () => {
    if (!props.viewToken) return
    // A window of its own (not a tab), to drag onto the projector's screen; reused on a second click.
    window.open(boardUrl('v', props.viewToken), 'samenbord-projector', 'popup=yes,width=1280,height=720,noopener')
  }
  return (
    <section className="facilitate-section" aria-labelledby="facilitate-projector">
      <h2 id="facilitate-projector" className="insert-heading facilitate-heading">{t('projector.heading')}</h2>
      <button type="button" className="button secondary facilitate-wide" data-testid="open-projector" disabled={!props.viewToken} onClick={openProjector}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M2.5 4h15v9h-15zM10 13v3M6.5 16.5h7" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('projector.open')}
      </button>
      <p className="hint facilitate-hint">{t('projector.openHint')}</p>
    </section>
  )
}
