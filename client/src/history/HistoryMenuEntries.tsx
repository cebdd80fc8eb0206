// The two entries of the "Begeleiden" menu that open the trash and the history panels (HistoryPanels).
import { useT } from '../i18n/I18nProvider.tsx'
import { openHistoryPanel } from './panelState.ts'

export function HistoryMenuEntries(props: { onOpen?: () => void }) {
  const t = useT()
  const open = (panel: 'trash' | 'history') => {
    openHistoryPanel(panel)
    props.onOpen?.()
  }
  return (
    <section className="facilitate-section history-entries" aria-labelledby="facilitate-history">
      <h2 id="facilitate-history" className="insert-heading facilitate-heading">{t('history.menu.heading')}</h2>
      <button type="button" className="button secondary facilitate-wide" data-testid="open-trash" title={t('history.trash.openHint')} onClick={() => open('trash')}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M4 6h12M8 6V4h4v2M5.5 6l.8 10.5h7.4L14.5 6M8.5 9v5M11.5 9v5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('history.trash.open')}
      </button>
      <button type="button" className="button secondary facilitate-wide" data-testid="open-history" title={t('history.time.openHint')} onClick={() => open('history')}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3M10 6.5V10l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('history.time.open')}
      </button>
    </section>
  )
}
