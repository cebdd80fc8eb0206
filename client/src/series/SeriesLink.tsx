// The way to a working group's actieoverzicht (/s/<token>/acties, /f/<token>/acties): from the board's
// actions panel, the phone page and "Mijn sessies". A link (it can open in a new tab), navigated in place.
import type { ReactNode } from 'react'
import { followInPlace, seriesPath } from '../app/route.ts'
import { useT } from '../i18n/I18nProvider.tsx'

export function SeriesLink(props: { prefix: 's' | 'f'; token: string; className?: string; children?: ReactNode; title?: string }) {
  const t = useT()
  const path = seriesPath(props.prefix, props.token)
  return (
    <a
      className={props.className ?? 'button secondary'}
      href={path}
      data-testid="series-link"
      title={props.title ?? t('series.openHint')}
      onClick={(event) => followInPlace(event, path)}
    >
      {props.children ?? t('series.open')}
    </a>
  )
}
