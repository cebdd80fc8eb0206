// "Delen": the session's links. First the short /j/<code> link with its QR code, for the room; then the
// full join and view links, each with a copy button. The facilitator's own link is hidden unless asked
// for (the room photographs the beamer): it can be copied without being shown, and is hidden again when
// the panel closes. Participants see the short, join and view links.
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { boardUrl } from '../app/route.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { shortJoinUrl } from '../projector/JoinCard.tsx'
import { copyText } from './copyText.ts'
import { useQrCode } from './qrCode.ts'
import { useDismiss } from './useDismiss.ts'

export interface LinkTokens {
  join: string
  view: string
  /** The short code of /j/<code> (every role may see it). */
  joinCode?: string
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
  const [revealed, setRevealed] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)

  useDismiss(open, rootRef, () => setOpen(false))
  // Shown once is not shown for good: closing the panel hides the facilitator link again.
  useEffect(() => {
    if (!open) setRevealed(false)
  }, [open])

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
          <path
            d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        <span className="share-button-label">{t('links.button')}</span>
      </button>
      <div id="session-links-panel" className="card links-panel" data-testid="session-links" hidden={!open} role="dialog" aria-label={t('links.title')}>
        <div className="links-panel-header">
          <h2>{t('links.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('links.close')} onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
        {props.tokens.joinCode && open && <ShortLink url={shortJoinUrl(window.location.origin, props.tokens.joinCode)} />}
        {kinds.map((kind) => (
          <LinkRow
            key={kind}
            kind={kind}
            url={boardUrl(PREFIX[kind], props.tokens[kind]!)}
            hidden={kind === 'facilitator' ? { revealed, onToggle: () => setRevealed((value) => !value) } : undefined}
          />
        ))}
      </div>
    </div>
  )
}

/** The short link and its QR code: what a facilitator shows the room, or sends round. */
function ShortLink({ url }: { url: string }) {
  const t = useT()
  const qr = useQrCode(url)
  // As on the projector: the scheme is noise, people type the host and the code.
  const shown = url.replace(/^https?:\/\//, '')
  const slash = shown.indexOf('/')
  return (
    <div className="link-row link-short">
      <div className="link-short-qr">{qr && <img src={qr} data-testid="share-qr" alt={t('share.qrAlt', { url })} width={132} height={132} />}</div>
      <div className="link-short-text">
        <p className="link-short-label">
          <strong>{t('share.short')}</strong> <span className="hint">{t('share.shortHint')}</span>
        </p>
        <a className="link-short-url" data-testid="link-short" href={url} target="_blank" rel="noreferrer">
          {slash > 0 ? shown.slice(0, slash) : shown}
          {slash > 0 && <strong>{shown.slice(slash)}</strong>}
        </a>
        <CopyButton testId="short" url={url} />
      </div>
    </div>
  )
}

function LinkRow(props: { kind: Kind; url: string; hidden?: { revealed: boolean; onToggle: () => void } }) {
  const t = useT()
  const { kind, url, hidden } = props
  const concealed = hidden !== undefined && !hidden.revealed
  // Never the token, not even in the field's value: only where it leads.
  const shown = concealed ? `${url.slice(0, url.lastIndexOf('/') + 1).replace(/^https?:\/\//, '')}${'•'.repeat(10)}` : url
  return (
    <div className={`link-row link-${kind}`} data-concealed={concealed || undefined}>
      <label htmlFor={`link-${kind}`}>
        <strong>{t(LABEL[kind])}</strong> <span className="hint">{t(HINT[kind])}</span>
      </label>
      <CopyField
        id={`link-${kind}`}
        testId={kind}
        url={url}
        shown={shown}
        extra={
          hidden && (
            <button type="button" className="button secondary" data-testid={`reveal-${kind}`} aria-pressed={hidden.revealed} onClick={hidden.onToggle}>
              {hidden.revealed ? t('share.hide') : t('share.reveal')}
            </button>
          )
        }
      />
      {hidden && (
        <p className="hint link-secret-hint">
          {concealed ? `${t('share.facilitatorHidden')} ` : ''}
          {t('share.facilitatorSaved')}
        </p>
      )}
    </div>
  )
}

/** A read-only field with a copy button; `shown` may differ from what is copied (a hidden link). */
function CopyField(props: { id: string; testId: string; url: string; shown: string; extra?: ReactNode }) {
  const inputRef = useRef<HTMLInputElement>(null)
  const concealed = props.shown !== props.url
  return (
    <div className="link-field">
      <input
        id={props.id}
        ref={inputRef}
        data-testid={`link-${props.testId}`}
        type="text"
        readOnly
        value={props.shown}
        onFocus={(event) => event.currentTarget.select()}
      />
      {props.extra}
      {/* A hidden link is copied through a field of its own, never by showing it in this one. */}
      <CopyButton testId={props.testId} url={props.url} fallbackInput={concealed ? undefined : inputRef} />
    </div>
  )
}

function CopyButton(props: { testId: string; url: string; fallbackInput?: RefObject<HTMLInputElement | null> }) {
  const t = useT()
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(null), 2500)
    return () => clearTimeout(timer)
  }, [copied])

  return (
    <>
      <button
        type="button"
        className="button secondary"
        data-testid={`copy-${props.testId}`}
        onClick={async () => setCopied((await copyText(props.url, props.fallbackInput?.current)) ? 'yes' : 'failed')}
      >
        {copied === 'yes' ? t('links.copied') : t('links.copy')}
      </button>
      {copied === 'failed' && (
        <p className="form-error link-copy-failed" role="alert">
          {t('links.copyFailed')}
        </p>
      )}
    </>
  )
}
