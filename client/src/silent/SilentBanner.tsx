// The silent round's banner where the page has no canvas (phone page, list view): a status region that
// is always in the page, so the banner's text is announced when a round starts, not only shown.
import { useControl } from '../facilitation/useControl.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function SilentBanner(props: { className: string }) {
  const t = useT()
  const { control } = useControl()
  return (
    <div role="status">
      {control.silent.on && (
        <p className={`${props.className} silent-banner`} data-testid="silent-banner">
          {t('silent.banner')}
        </p>
      )}
    </div>
  )
}
