// One translation layer for UI and exports: t(lang, key, params) with {name} placeholders.
import { en, nl, type MessageKey } from './messages.ts'

export type Lang = 'nl' | 'en'
export const LANGS: readonly Lang[] = ['nl', 'en']

const catalogues: Record<Lang, Record<MessageKey, string>> = { nl, en }

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogues[lang][key] ?? nl[key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/**
 * Dutch unless asked otherwise: an explicit ?lang= wins, then the browser's preferred languages
 * (the first one that is Dutch or English decides).
 */
export function pickLang(opts: { query?: string | null; preferred?: readonly string[] }): Lang {
  const q = opts.query?.toLowerCase()
  if (q === 'nl' || q === 'en') return q
  for (const tag of opts.preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'nl') return 'nl'
    if (base === 'en') return 'en'
  }
  return 'nl'
}
