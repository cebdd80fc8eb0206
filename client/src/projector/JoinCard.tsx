// The projector's join card (in its own margin beside the canvas): a QR code and the short join link,
// so people in the room join from their phone without typing a long token. The QR code is made in the
// browser (no image service).
import { useEffect, useState } from 'react'
import QRCode from 'qrcode'
import { useT } from '../i18n/I18nProvider.tsx'

/** The short link everyone can type: `${origin}/j/<code>` (the server redirects it to the join page). */
export function shortJoinUrl(origin: string, joinCode: string): string {
  return `${origin}/j/${encodeURIComponent(joinCode)}`
}

export function JoinCard(props: { joinCode: string }) {
  const t = useT()
  const url = shortJoinUrl(window.location.origin, props.joinCode)
  const qr = useQrCode(url)
  // The scheme is noise on a wall: people type the host and the code.
  const shown = url.replace(/^https?:\/\//, '')
  const slash = shown.indexOf('/')
  return (
    <aside className="join-card card" data-testid="join-card" aria-label={t('projector.join')}>
      <div className="join-qr">
        {qr && <img src={qr} data-testid="projector-qr" alt={t('projector.qrAlt', { url })} width={240} height={240} />}
      </div>
      <div className="join-text">
        <p className="join-title">{t('projector.join')}</p>
        <p className="join-hint">{t('projector.joinHint')}</p>
        <a className="join-link" data-testid="projector-join-link" href={url} target="_blank" rel="noreferrer">
          <span className="join-host">{slash > 0 ? shown.slice(0, slash) : shown}</span>
          {slash > 0 && <span className="join-path">{shown.slice(slash)}</span>}
        </a>
      </div>
    </aside>
  )
}

/** An SVG data URL of the QR code for `text` (medium error correction: still scans on a dim beamer). */
function useQrCode(text: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1d2433', light: '#ffffff' } })
      .then((svg) => {
        if (!cancelled) setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
      })
      .catch((error: unknown) => console.warn('samenbord: could not make the QR code', error))
    return () => {
      cancelled = true
    }
  }, [text])
  return dataUrl
}
