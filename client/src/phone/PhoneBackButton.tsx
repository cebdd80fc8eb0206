// On a phone that chose the full canvas: the way back to the phone page, floating over the canvas.
import { useT } from '../i18n/I18nProvider.tsx'

export function PhoneBackButton(props: { onClick: () => void }) {
  const t = useT()
  return (
    <button type="button" className="button primary phone-back" data-testid="phone-back" onClick={props.onClick}>
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <rect x="5.5" y="2.5" width="9" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M9 14.5h2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {t('phone.back')}
    </button>
  )
}
