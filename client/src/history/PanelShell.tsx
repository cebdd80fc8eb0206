// The drawer both history panels share: title, intro, close button (and Escape), and their content.
import { useEffect, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { openHistoryPanel } from './panelState.ts'
import './history.css'

/** The drawer both panels share: title, intro, close button, what the last action did or why it failed, and their content. */
export function PanelShell(props: {
  testId: string
  title: string
  intro: string
  /** What the last restore did (a polite status), with its test id. */
  notice: { text: string | null; testId: string }
  error: string | null
  children: ReactNode
}) {
  const t = useT()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') openHistoryPanel(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return (
    <aside className="card history-panel" role="dialog" aria-label={props.title} data-testid={props.testId}>
      <header className="history-panel-header">
        <h2>{props.title}</h2>
        <button
          type="button"
          className="icon-button history-close"
          data-testid="history-panel-close"
          aria-label={t('history.close')}
          title={t('history.close')}
          onClick={() => openHistoryPanel(null)}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <p className="hint history-intro">{props.intro}</p>
      <div className="history-panel-body">
        {props.notice.text && (
          <p className="history-notice" role="status" data-testid={props.notice.testId}>
            {props.notice.text}
          </p>
        )}
        {props.error && (
          <p className="form-error" role="alert">
            {props.error}
          </p>
        )}
        {props.children}
      </div>
    </aside>
  )
}
