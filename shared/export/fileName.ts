// File names and content types of the exports. Names are plain ASCII slugs, so that they survive
// every mail client, file system and Content-Disposition header unchanged.
import { translate, type Lang } from '../i18n/translate.ts'
import { parseYmd } from './labels.ts'
import type { ExportFormat } from './types.ts'

const MAX_SLUG = 60

/** Letters that do not fall apart into letter + accent under NFKD. */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }

/** "Café-terras Oosterhout!" → "cafe-terras-oosterhout"; '' when nothing Latin is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD') // é → e + ◌́, and the Dutch ĳ → ij
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '')
}

/**
 * e.g. "actieplan-winkelstraat-oosterhout-2026-11-23.md"; the date is left out when it is not one. The
 * image of the board is named like the client's board image ("bord-…"), with the template when it
 * shows one ("bord-winkelstraat-oosterhout-actorenkaart-2026-11-23.png").
 */
export function exportFileName(title: string, date: string, format: ExportFormat, lang: Lang = 'nl', part?: string): string {
  const slug = slugify(title) || translate(lang, 'export.fileName.untitled')
  const day = parseYmd(date) ? `-${date}` : ''
  const prefix = format === 'png' ? translate(lang, 'exportMenu.imageFileName') : translate(lang, 'export.fileName')
  const extra = part ? slugify(part) : ''
  return `${prefix}-${slug}${extra ? `-${extra}` : ''}${day}.${format}`
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
}

export function contentType(format: ExportFormat): string {
  return CONTENT_TYPES[format]
}
