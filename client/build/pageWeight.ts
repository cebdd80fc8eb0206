// What one page of the client downloads before it can show itself, read from Vite's build manifest:
// the HTML entry's chunk and the page's own chunks, each with every chunk it imports statically and the
// CSS they carry (also CSS imported as a URL). Chunks loaded later on demand (dynamic imports) are not part of the page's weight:
// that is the point of loading them on demand. Fonts and images are not counted here either (a page
// asks for a font only when text in it is drawn; see client/src/board/fontsOnDemand.ts).
import type { Manifest } from 'vite'

export interface PageSpec {
  name: string
  /** Manifest keys (source paths relative to the client root) of the page's lazily loaded chunks. */
  chunks: string[]
  /** Bytes, brotli-compressed, of the page's JS and CSS together. */
  budget: number
}

export interface PageWeight {
  name: string
  files: string[]
  bytes: number
  budget: number
}

export type PageWeightResult = { ok: true; pages: PageWeight[] } | { ok: false; error: string }

/** Every JS and CSS file the page loads up front: `entry` and `chunks` with their static imports. */
export function pageFiles(manifest: Manifest, entry: string, chunks: string[]): string[] | { missing: string } {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string): string | null => {
    if (seen.has(key)) return null
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return key
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    // A stylesheet imported as a URL (tldraw's, put first in the cascade by board/tldrawStyles.ts) is an asset.
    for (const asset of chunk.assets ?? []) if (/\.(css|js)$/.test(asset)) files.add(asset)
    for (const imported of chunk.imports ?? []) {
      const missing = visit(imported)
      if (missing) return missing
    }
    return null
  }
  for (const key of [entry, ...chunks]) {
    const missing = visit(key)
    if (missing) return { missing }
  }
  return [...files]
}

/** Each page's weight, or the first page that cannot be measured (a chunk the manifest does not have). */
export function weighPages(manifest: Manifest, entry: string, pages: PageSpec[], sizeOf: (file: string) => number): PageWeightResult {
  const weights: PageWeight[] = []
  for (const page of pages) {
    const files = pageFiles(manifest, entry, page.chunks)
    if (!Array.isArray(files)) {
      return {
        ok: false,
        error:
          `size budget: page "${page.name}" cannot be measured: ${files.missing} is not a chunk of its own in the build manifest ` +
          `(load it with a dynamic import, or correct the page list in vite.config.ts)`,
      }
    }
    weights.push({ name: page.name, files, bytes: files.reduce((sum, file) => sum + sizeOf(file), 0), budget: page.budget })
  }
  return { ok: true, pages: weights }
}

/** The pages over their budget, one readable line each (empty: all within budget). */
export function overBudget(pages: PageWeight[]): string[] {
  return pages
    .filter((page) => page.bytes > page.budget)
    .map((page) => `size budget: page "${page.name}" loads ${kB(page.bytes)} of JS and CSS (brotli), over its budget of ${kB(page.budget)}`)
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}
