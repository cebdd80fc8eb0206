// The projector's join card (in its own margin beside the canvas): a QR code and the short join link,
// so people in the room join from their phone without typing a long token.
import { useT } from '../i18n/I18nProvider.tsx'
import { useQrCode } from '../panels/qrCode.ts'

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
      <div className="join-qr">{qr && <img src={qr} data-testid="projector-qr" alt={t('projector.qrAlt', { url })} width={240} height={240} />}</div>
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
