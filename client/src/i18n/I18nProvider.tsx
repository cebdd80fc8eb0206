// The React face of shared/i18n: one language per page load, t() for every visible string.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { translate, type Lang, type MessageKey } from '../../../shared/i18n/index.ts'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

interface I18nValue {
  lang: Lang
  t: Translate
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useT/useLang used outside <I18nProvider>')
  return value
}

export function useT(): Translate {
  return useI18n().t
}

export function useLang(): Lang {
  return useI18n().lang
}
