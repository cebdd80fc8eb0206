// Only the font files the board draws with, each fetched when first needed.
//
// tldraw's <Tldraw> asks its FontManager, once mounted, to load every default font face "so switching
// fonts is quick": allDefaultFontFaces and each theme font's faces (tldraw/src/lib/Tldraw.tsx,
// InsideOfEditorAndUiContext). That is all 16 woff2 files (draw, sans, serif, mono × bold × italic),
// 1.35 MB, on every first visit, while a board of notes uses one: tldraw_draw, normal. Nothing needs
// the preload: the FontManager already loads a shape's own faces before the canvas first shows
// (loadRequiredFontsForCurrentPage) and whenever a shape is drawn (Shape.tsx → requestFonts), and an
// export embeds the faces its shapes use (getSvgJsx → toEmbeddedCssDeclaration).
//
// tldraw has no option to switch the preload off, and it runs in the same effect as onMount, before
// it; so the one way is to have requestFonts ignore those lists. They are recognised by identity (the
// very arrays tldraw passes), never by content, so a shape that uses many faces still gets them all.
// fontsOnDemand.test.ts checks that tldraw still preloads this way (an upgrade that changes it must be
// looked at), and e2e/delivery.e2e.test.ts that a board downloads the draw font and no other family.
import { DEFAULT_THEME, FontManager, allDefaultFontFaces, type TLFontFace } from 'tldraw'

/** The lists tldraw's mount effect hands to requestFonts to warm every face. */
export const PRELOAD_LISTS: ReadonlySet<readonly TLFontFace[]> = new Set<readonly TLFontFace[]>([
  allDefaultFontFaces,
  ...Object.values(DEFAULT_THEME.fonts).flatMap((font) => (font.faces ? [font.faces] : [])),
])

let installed = false

/** Makes every editor's FontManager skip the preload lists; idempotent. */
export function loadFontsOnDemand(): void {
  if (installed) return
  installed = true
  const requestFonts = FontManager.prototype.requestFonts
  FontManager.prototype.requestFonts = function requestFontsOnDemand(this: FontManager, fonts: TLFontFace[]) {
    if (PRELOAD_LISTS.has(fonts)) return
    requestFonts.call(this, fonts)
  }
}
