// Text helpers for the template shapes: the viewer's language outside React (geometry, getText), the
// label fonts, and text measuring through tldraw's own measurer so geometry matches what is drawn.
import type { Editor } from 'tldraw'
import { isMessageKey, translate, type Lang } from '../../../shared/i18n/index.ts'

/** One language per page load: the I18nProvider puts it on <html lang>. */
export function currentLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'nl'
}

/** Typed text wins; else the message key translated; unknown keys (a newer client's) give ''. */
export function shapeText(typed: string, labelKey: string, lang: Lang = currentLang()): string {
  if (typed.trim()) return typed
  return isMessageKey(labelKey) ? translate(lang, labelKey) : ''
}

export const SHAPE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', sans-serif"

/** Label sizes in page units: readable on a projector at the zoom a whole template is shown at. */
export const LABEL_FONT_SIZE = { s: 24, m: 30, l: 44, xl: 72 } as const
export const LABEL_LINE_HEIGHT = 1.2

export interface TextStyle {
  fontSize: number
  fontWeight?: number
  lineHeight?: number
}

/** Size of `text` in page units, wrapped at `maxWidth` (null: no wrapping). */
export function measure(editor: Editor, text: string, style: TextStyle, maxWidth: number | null): { w: number; h: number } {
  const size = editor.textMeasure.measureText(text || ' ', {
    fontFamily: SHAPE_FONT,
    fontSize: style.fontSize,
    fontWeight: String(style.fontWeight ?? 400),
    fontStyle: 'normal',
    lineHeight: style.lineHeight ?? LABEL_LINE_HEIGHT,
    maxWidth,
    padding: '0px',
  })
  return { w: size.w, h: size.h }
}
