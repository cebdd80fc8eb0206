// The two entries of the "Begeleiden" menu that open the trash and the history panels (HistoryPanels).
import { useT } from '../i18n/I18nProvider.tsx'
import { openHistoryPanel } from './panelState.ts'
import { ToolButton, ToolSection } from '../facilitation/tools/ToolSection.tsx'

export function HistoryMenuEntries(props: { onOpen?: () => void }) {
  const t = useT()
  const open = (panel: 'trash' | 'history') => {
    openHistoryPanel(panel)
    props.onOpen?.()
  }
  return (
    <ToolSection name="history" className="history-entries" heading={t('history.menu.heading')}>
      <ToolButton
        testId="open-trash"
        title={t('history.trash.openHint')}
        onClick={() => open('trash')}
        icon={{ d: 'M4 6h12M8 6V4h4v2M5.5 6l.8 10.5h7.4L14.5 6M8.5 9v5M11.5 9v5', strokeWidth: 1.6 }}
      >
        {t('history.trash.open')}
      </ToolButton>
      <ToolButton
        testId="open-history"
        title={t('history.time.openHint')}
        onClick={() => open('history')}
        icon={{ d: 'M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3M10 6.5V10l2.5 1.8', strokeWidth: 1.6 }}
      >
        {t('history.time.open')}
      </ToolButton>
    </ToolSection>
  )
}
