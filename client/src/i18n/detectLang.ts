import { pickLang, type Lang } from '../../../shared/i18n/index.ts'

/** The UI language: ?lang= first, then the browser's preferred languages, Dutch by default. */
export function detectLang(): Lang {
  return pickLang({
    query: new URLSearchParams(window.location.search).get('lang'),
    preferred: navigator.languages ?? [navigator.language],
  })
}
