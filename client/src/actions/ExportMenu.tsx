// "Exporteren", for the facilitator: the action plan in five formats from the server, and an image of
// the whole board made by tldraw in the browser.
import { useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import type { ExportFormat } from '../../../shared/export/types.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { useDismiss } from '../panels/useDismiss.ts'
import { downloadActionPlan, downloadBoardImage } from './download.ts'
import { SessionDataItems } from './SessionDataItems.tsx'

type Item = ExportFormat | 'png' | 'svg'
const PLAN: ExportFormat[] = ['md', 'csv', 'docx', 'ics', 'json']
const IMAGE: Array<'png' | 'svg'> = ['png', 'svg']
const BADGE: Record<Item, string> = { md: 'MD', csv: 'CSV', docx: 'DOC', ics: 'ICS', json: 'JSON', png: 'PNG', svg: 'SVG' }

export function ExportMenu(props: { editor: Editor | null; sessionId: string; token: string; title: string }) {
  const t = useT()
  const lang = useLang()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState<Item | null>(null)
  const [error, setError] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  useDismiss(open, rootRef, () => setOpen(false))

  const run = async (item: Item) => {
    setBusy(item)
    setError(null)
    try {
      if (item === 'png' || item === 'svg') {
        if (!props.editor) return
        const name = await downloadBoardImage(props.editor, item, props.title, t('exportMenu.imageFileName'))
        if (!name) {
          setError(t('exportMenu.emptyBoard'))
          return
        }
      } else {
        await downloadActionPlan({ sessionId: props.sessionId, token: props.token, format: item, lang, title: props.title })
      }
      setOpen(false)
    } catch (cause) {
      const message = cause instanceof Error && cause.message ? cause.message : String(cause)
      setError(t('exportMenu.error', { message }))
    } finally {
      setBusy(null)
    }
  }

  const entry = (item: Item) => (
    <li key={item}>
      <button
        type="button"
        role="menuitem"
        className="menu-item export-item"
        data-testid={`export-${item}`}
        disabled={busy !== null || ((item === 'png' || item === 'svg') && !props.editor)}
        aria-busy={busy === item || undefined}
        onClick={() => void run(item)}
      >
        <span className={`export-badge export-badge-${item}`} aria-hidden="true">
          {BADGE[item]}
        </span>
        <span className="export-item-text">
          <strong>{t(`exportMenu.${item}` as MessageKey)}</strong>
          <span className="hint">{busy === item ? t('exportMenu.busy') : t(`exportMenu.${item}.hint` as MessageKey)}</span>
        </span>
      </button>
    </li>
  )

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        type="button"
        className="button secondary export-button"
        data-testid="export-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu-panel"
        title={t('exportMenu.button')}
        onClick={() => {
          setError(null)
          setOpen((value) => !value)
        }}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="export-button-icon">
          <path d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="export-button-label">{t('exportMenu.button')}</span>
      </button>
      <div id="export-menu-panel" className="card menu-panel export-panel" hidden={!open} role="menu" aria-label={t('exportMenu.title')}>
        <h2 className="insert-heading">{t('exportMenu.plan')}</h2>
        <ul className="menu-list">{PLAN.map(entry)}</ul>
        <h2 className="insert-heading">{t('exportMenu.board')}</h2>
        <ul className="menu-list">{IMAGE.map(entry)}</ul>
        <SessionDataItems sessionId={props.sessionId} token={props.token} title={props.title} />
        {error && (
          <p className="form-error export-error" role="alert" data-testid="export-error">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}
