import type { Manifest } from 'vite'
import { describe, expect, it } from 'vitest'
import { overBudget, pageFiles, weighPages } from './pageWeight.ts'

// The shape Vite writes: the HTML entry, two lazily loaded pages sharing a chunk, the board's chunk
// importing tldraw's statically and the export code dynamically.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    css: ['assets/index.css'],
    dynamicImports: ['src/app/HomePage.tsx', 'src/app/BoardPage.tsx'],
  },
  'src/app/HomePage.tsx': { file: 'assets/HomePage.js', src: 'src/app/HomePage.tsx', isDynamicEntry: true, imports: ['index.html', '_shared.js'] },
  'src/app/BoardPage.tsx': {
    file: 'assets/BoardPage.js',
    src: 'src/app/BoardPage.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js', '_tldraw.js'],
    dynamicImports: ['src/actions/ExportMenu.tsx'],
    css: ['assets/BoardPage.css'],
    assets: ['assets/draw.woff2', 'assets/tldraw-url.css'],
  },
  'src/actions/ExportMenu.tsx': { file: 'assets/ExportMenu.js', src: 'src/actions/ExportMenu.tsx', isDynamicEntry: true, imports: ['_tldraw.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
  '_tldraw.js': { file: 'assets/tldraw.js', css: ['assets/tldraw.css'] },
}

const sizes: Record<string, number> = {
  'assets/index.js': 60_000,
  'assets/index.css': 10_000,
  'assets/HomePage.js': 5_000,
  'assets/shared.js': 2_000,
  'assets/BoardPage.js': 30_000,
  'assets/BoardPage.css': 1_000,
  'assets/tldraw.js': 500_000,
  'assets/tldraw.css': 15_000,
  'assets/ExportMenu.js': 40_000,
  'assets/tldraw-url.css': 16_000,
}
const sizeOf = (file: string) => sizes[file] ?? Number.NaN

describe('pageFiles', () => {
  it('follows static imports and their CSS (also CSS imported as a URL, not fonts), each file once, and leaves out what is loaded on demand', () => {
    expect(pageFiles(manifest, 'index.html', ['src/app/HomePage.tsx'])?.toString()).toBe(
      ['assets/index.js', 'assets/index.css', 'assets/HomePage.js', 'assets/shared.js'].toString(),
    )
    const board = pageFiles(manifest, 'index.html', ['src/app/BoardPage.tsx'])
    expect(Array.isArray(board) && [...board].sort()).toEqual([
      'assets/BoardPage.css',
      'assets/BoardPage.js',
      'assets/index.css',
      'assets/index.js',
      'assets/shared.js',
      'assets/tldraw-url.css',
      'assets/tldraw.css',
      'assets/tldraw.js',
    ])
  })

  it('names a chunk the manifest does not have', () => {
    expect(pageFiles(manifest, 'index.html', ['src/phone/PhonePage.tsx'])).toEqual({ missing: 'src/phone/PhonePage.tsx' })
  })
})

describe('weighPages and overBudget', () => {
  it('adds up each page and names the page over its budget with its figure and budget', () => {
    const result = weighPages(
      manifest,
      'index.html',
      [
        { name: 'home', chunks: ['src/app/HomePage.tsx'], budget: 80_000 },
        { name: 'board', chunks: ['src/app/BoardPage.tsx'], budget: 600_000 },
      ],
      sizeOf,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.pages.map((p) => [p.name, p.bytes])).toEqual([
      ['home', 77_000],
      ['board', 634_000],
    ])
    expect(overBudget(result.pages)).toEqual(['size budget: page "board" loads 634.0 kB of JS and CSS (brotli), over its budget of 600.0 kB'])
  })

  it('a page exactly at its budget passes', () => {
    const result = weighPages(manifest, 'index.html', [{ name: 'home', chunks: ['src/app/HomePage.tsx'], budget: 77_000 }], sizeOf)
    expect(result.ok && overBudget(result.pages)).toEqual([])
  })

  it('refuses to guess when a page chunk is missing (the build should fail, not pass unmeasured)', () => {
    const result = weighPages(manifest, 'index.html', [{ name: 'phone', chunks: ['src/phone/PhonePage.tsx'], budget: 300_000 }], sizeOf)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/page "phone" cannot be measured: src\/phone\/PhonePage\.tsx is not a chunk of its own/)
  })
})
