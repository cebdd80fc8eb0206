import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { DEFAULT_THEME, DefaultFontFaces, FontManager, allDefaultFontFaces, type TLFontFace } from 'tldraw'
import { describe, expect, it, vi } from 'vitest'
import { PRELOAD_LISTS, loadFontsOnDemand } from './fontsOnDemand.ts'

// tldraw's own mount code, as shipped: the preload this module stops must still look like this. When a
// tldraw upgrade fails this test, look at what it does with fonts on mount now (perhaps an option to
// switch the preload off, which would replace fontsOnDemand.ts).
function tldrawMountSource(): string {
  // The ES build the client is bundled from (dist-esm/index.mjs), next to the CommonJS one require finds.
  const cjsEntry = createRequire(import.meta.url).resolve('tldraw')
  return readFileSync(join(dirname(cjsEntry), '..', 'dist-esm', 'lib', 'Tldraw.mjs'), 'utf8')
}

/** A FontManager without an editor: requestFonts only needs its queue, the editor's disposal flag and ensureFontIsLoaded. */
function bareManager() {
  const manager = Object.create(FontManager.prototype) as FontManager
  const loaded: TLFontFace[] = []
  Object.assign(manager, { editor: { isDisposed: false }, fontsToLoad: new Set<TLFontFace>() })
  vi.spyOn(manager, 'ensureFontIsLoaded').mockImplementation((font) => {
    loaded.push(font)
    return Promise.resolve()
  })
  return { manager, loaded }
}

describe('fonts on demand', () => {
  it('tldraw still preloads every default face, and the theme faces, through requestFonts on mount', () => {
    const source = tldrawMountSource()
    expect(source).toContain('editor.fonts.requestFonts(allDefaultFontFaces)')
    expect(source).toMatch(/editor\.fonts\.requestFonts\(font\.faces\)/)
    expect(allDefaultFontFaces).toHaveLength(16)
    expect(PRELOAD_LISTS.size).toBe(1 + Object.values(DEFAULT_THEME.fonts).filter((font) => font.faces).length)
  })

  it('skips the preload lists and still loads the faces a shape asks for', async () => {
    loadFontsOnDemand()
    loadFontsOnDemand() // idempotent: one wrapper, not two
    const { manager, loaded } = bareManager()
    manager.requestFonts(allDefaultFontFaces)
    for (const font of Object.values(DEFAULT_THEME.fonts)) if (font.faces) manager.requestFonts(font.faces)
    const draw = DefaultFontFaces.tldraw_draw.normal.normal
    // What Shape.tsx passes: the shape's faces, a list of its own (here with the same face as in the preload).
    manager.requestFonts([draw])
    await Promise.resolve()
    expect(loaded).toEqual([draw])
  })
})
