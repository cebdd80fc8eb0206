// The session's links, each a full URL with a copy button. The facilitator sees join, view and
// facilitate; participants see join and view. A "Share" button opens and closes the panel.
import { useEffect, useRef, useState } from 'react'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { boardUrl } from '../app/route.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { copyText } from './copyText.ts'
import { useDismiss } from './useDismiss.ts'

export interface LinkTokens {
  join: string
  view: string
  /** Only for the facilitator: their own token (the server never hands it out). */
  facilitator?: string
}

type Kind = 'join' | 'view' | 'facilitator'
const PREFIX = { join: 's', view: 'v', facilitator: 'f' } as const
const LABEL: Record<Kind, MessageKey> = { join: 'links.join', view: 'links.view', facilitator: 'links.facilitator' }
const HINT: Record<Kind, MessageKey> = {
  join: 'links.joinHint',
  view: 'links.viewHint',
  facilitator: 'links.facilitatorHint',
}

export function SessionLinks(props: { tokens: LinkTokens; initiallyOpen: boolean }) {
  const t = useT()
  const [open, setOpen] = useState(props.initiallyOpen)
  const rootRef = useRef<HTMLDivElement>(null)

  useDismiss(open, rootRef, () => setOpen(false))

  const kinds: Kind[] = props.tokens.facilitator ? ['join', 'view', 'facilitator'] : ['join', 'view']

  return (
    <div className="session-links" ref={rootRef}>
      <button
        type="button"
        className="button primary share-button"
        data-testid="links-toggle"
        aria-expanded={open}
        aria-controls="session-links-panel"
        title={t('links.button')}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="share-button-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="share-button-label">{t('links.button')}</span>
      </button>
      <div
        id="session-links-panel"
        className="card links-panel"
        data-testid="session-links"
        hidden={!open}
        role="dialog"
        aria-label={t('links.title')}
      >
        <div className="links-panel-header">
          <h2>{t('links.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('links.close')} onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
        {kinds.map((kind) => (
          <LinkRow key={kind} kind={kind} url={boardUrl(PREFIX[kind], props.tokens[kind]!)} />
        ))}
      </div>
    </div>
  )
}

function LinkRow({ kind, url }: { kind: Kind; url: string }) {
  const t = useT()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(null), 2500)
    return () => clearTimeout(timer)
  }, [copied])

  return (
    <div className={`link-row link-${kind}`}>
      <label htmlFor={`link-${kind}`}>
        <strong>{t(LABEL[kind])}</strong> <span className="hint">{t(HINT[kind])}</span>
      </label>
      <div className="link-field">
        <input
          id={`link-${kind}`}
          ref={inputRef}
          data-testid={`link-${kind}`}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button secondary"
          data-testid={`copy-${kind}`}
          onClick={async () => setCopied((await copyText(url, inputRef.current)) ? 'yes' : 'failed')}
        >
          {copied === 'yes' ? t('links.copied') : t('links.copy')}
        </button>
      </div>
      {copied === 'failed' && (
        <p className="form-error" role="alert">
          {t('links.copyFailed')}
        </p>
      )}
    </div>
  )
}
