// IBM Plex Sans for the PDF: tldraw's own woff2 files, so the plan reads like the board. pdfkit subsets
// fonts with fontkit, whose subsetter copies each glyph's bytes from the glyf table as stored: in a
// woff2 file that table is transformed, so letters came out invisible and accented ones (composite
// glyphs: é, ĳ) threw. Each subset glyph is re-encoded here from its decoded outline instead.
import fs from 'node:fs'
import { createRequire } from 'node:module'

export const FONTS = {
  body: 'IBMPlexSans-Medium',
  bold: 'IBMPlexSans-Bold',
  italic: 'IBMPlexSans-MediumItalic',
} as const
export type FontName = keyof typeof FONTS

const require = createRequire(import.meta.url)

/** Resolved from node_modules, so it works from server/ (tsx) and from dist/server alike. */
export function fontPath(file: string): string {
  return require.resolve(`@tldraw/assets/fonts/${file}.woff2`)
}

let files: Map<FontName, Buffer> | undefined

/** The font files, read once per process. */
function fontFiles(): Map<FontName, Buffer> {
  files ??= new Map(Object.entries(FONTS).map(([name, file]) => [name as FontName, fs.readFileSync(fontPath(file))]))
  return files
}

interface GlyphPoint {
  x: number
  y: number
  onCurve: boolean
}

/** The parts of fontkit's glyph and TTFSubset this relies on (fontkit ships no types). */
interface FontkitGlyph {
  advanceWidth: number
  _getContours(): GlyphPoint[][]
  _getMetrics(): { leftBearing: number }
}
interface FontkitFont {
  getGlyph(id: number): FontkitGlyph
  glyphForCodePoint(codePoint: number): FontkitGlyph
  characterSet: number[]
}
interface FontkitSubset {
  font: FontkitFont
  glyf: Uint8Array[]
  loca: { offsets: number[] }
  hmtx: { metrics: Array<{ advance: number; bearing: number }> }
  offset: number
  _addGlyph(gid: number): number
}

const ON_CURVE = 0x01

/** A TrueType simple glyph (composites flattened into their contours), padded to 4 bytes. */
function encodeSimpleGlyph(contours: readonly GlyphPoint[][]): Uint8Array {
  const points = contours.filter((c) => c.length > 0)
  if (points.length === 0) return new Uint8Array(0)
  const flat = points.flat().map((p) => ({ x: Math.round(p.x), y: Math.round(p.y), onCurve: p.onCurve }))
  const n = flat.length
  const size = 10 + 2 * points.length + 2 + n + 4 * n
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4))
  const view = new DataView(bytes.buffer)
  const xs = flat.map((p) => p.x)
  const ys = flat.map((p) => p.y)
  view.setInt16(0, points.length)
  view.setInt16(2, Math.min(...xs))
  view.setInt16(4, Math.min(...ys))
  view.setInt16(6, Math.max(...xs))
  view.setInt16(8, Math.max(...ys))
  let at = 10
  let end = -1
  for (const contour of points) {
    end += contour.length
    view.setUint16(at, end)
    at += 2
  }
  view.setUint16(at, 0) // no hinting instructions: a PDF viewer does not need them
  at += 2
  for (const p of flat) bytes[at++] = p.onCurve ? ON_CURVE : 0
  let prev = 0
  for (const p of flat) {
    view.setInt16(at, p.x - prev)
    prev = p.x
    at += 2
  }
  prev = 0
  for (const p of flat) {
    view.setInt16(at, p.y - prev)
    prev = p.y
    at += 2
  }
  return bytes
}

/**
 * fontkit caches glyph objects, and working out an accented letter's box (from its outline, in a woff2
 * file) creates its base letter's glyph without the character it stands for: that 'e' would then be
 * copied out of the PDF as nothing. Creating every mapped glyph first, through the character map, gives
 * each its character.
 */
function warmGlyphs(font: FontkitFont): void {
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint)
}

/** Makes a fontkit TTFSubset write glyphs from their outlines (see the comment at the top). */
function patchSubset(subset: FontkitSubset): void {
  subset._addGlyph = function addGlyph(this: FontkitSubset, gid: number): number {
    const glyph = this.font.getGlyph(gid)
    const buffer = encodeSimpleGlyph(glyph._getContours())
    this.glyf.push(buffer)
    this.loca.offsets.push(this.offset)
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing })
    this.offset += buffer.length
    return this.glyf.length - 1
  }
}

/** pdfkit's current font, as far as this module needs it (pdfkit's types do not describe it). */
interface PdfkitInternals {
  _font: { font: FontkitFont; subset: FontkitSubset }
}

let parsed: Map<FontName, FontkitFont> | undefined

/**
 * Registers body, bold and italic with a new pdfkit document. The fonts are parsed (and their glyphs
 * warmed) once per process and shared by every document: each document still gets its own subset.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as PdfkitInternals
  if (!parsed) {
    parsed = new Map()
    for (const [name, bytes] of fontFiles()) {
      doc.registerFont(name, bytes)
      doc.font(name)
      warmGlyphs(internals._font.font)
      parsed.set(name, internals._font.font)
    }
  }
  for (const [name, font] of parsed) {
    // pdfkit takes an already parsed fontkit font as well as bytes (anything with a layout()).
    doc.registerFont(name, font as unknown as Buffer)
    doc.font(name)
    patchSubset(internals._font.subset)
  }
  doc.font('body')
}
