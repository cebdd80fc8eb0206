// How tall a sticky note must be for its text, and at what font size, without a DOM: the same rule
// tldraw's NoteShapeUtil.measureNoteLabelSize applies in the browser (tldraw 5.4.2), with text widths
// from a table of the note font's advance widths instead of a measuring element. Notes made in the
// editor get these from tldraw itself; notes written by the server or the phone page (no editor) get
// them from here, so a long text grows its note downwards (growY) and a long word shrinks the font
// instead of spilling out. The estimate errs on the tall side: a note a line too tall is harmless, text
// outside its note is not.
import { plainText } from '../board/richText.ts'

/** tldraw's note: 200×200 at scale 1, label padding 16, theme font size 16 × LABEL_FONT_SIZES, line height 1.35. */
export const NOTE_WIDTH = 200
export const NOTE_HEIGHT = 200
const LABEL_PADDING = 16
const FUZZ = 1
const LINE_HEIGHT = 1.35
const LABEL_FONT_SIZE: Readonly<Record<string, number>> = { s: 18, m: 22, l: 26, xl: 32 }
/** tldraw stops shrinking the font at 14 px and lets long words break there (overflow-wrap: break-word). */
const MIN_FONT_SIZE = 14

/**
 * Advance widths of Shantell Sans (tldraw's "draw" font) in em, measured in Chromium. Characters not
 * listed count as WIDE; other fonts use the same table, which is wider than their glyphs on average.
 */
const EM: Readonly<Record<string, number>> = {
  a: 0.665,
  b: 0.598,
  c: 0.495,
  d: 0.664,
  e: 0.603,
  f: 0.475,
  g: 0.66,
  h: 0.677,
  i: 0.307,
  j: 0.337,
  k: 0.619,
  l: 0.355,
  m: 0.898,
  n: 0.654,
  o: 0.612,
  p: 0.598,
  q: 0.626,
  r: 0.5,
  s: 0.523,
  t: 0.483,
  u: 0.612,
  v: 0.597,
  w: 0.951,
  x: 0.583,
  y: 0.599,
  z: 0.611,
  A: 0.755,
  B: 0.625,
  C: 0.595,
  D: 0.679,
  E: 0.665,
  F: 0.593,
  G: 0.804,
  H: 0.724,
  I: 0.626,
  J: 0.635,
  K: 0.675,
  L: 0.512,
  M: 0.968,
  N: 0.77,
  O: 0.7,
  P: 0.598,
  Q: 0.798,
  R: 0.764,
  S: 0.559,
  T: 0.634,
  U: 0.667,
  V: 0.705,
  W: 0.96,
  X: 0.641,
  Y: 0.631,
  Z: 0.638,
  '0': 0.689,
  '1': 0.41,
  '2': 0.691,
  '3': 0.683,
  '4': 0.723,
  '5': 0.616,
  '6': 0.706,
  '7': 0.657,
  '8': 0.69,
  '9': 0.682,
  ' ': 0.343,
  '.': 0.274,
  ',': 0.288,
  ';': 0.307,
  ':': 0.301,
  '!': 0.292,
  '?': 0.511,
  '-': 0.509,
  "'": 0.264,
  '"': 0.496,
  '(': 0.474,
  ')': 0.397,
  '/': 0.345,
  '&': 0.67,
  '@': 0.895,
  '%': 0.961,
}
const WIDE = 0.97
/** Kerning, font hinting and a different fallback font can make text a little wider than the table says. */
const SAFETY = 1.06

export interface NoteFit {
  /** Extra height below the 200 px note (tldraw's growY), in unscaled note units. */
  growY: number
  /** Font size as a fraction of the size's normal font (1 unless a long word needed a smaller one). */
  fontSizeAdjustment: number
}

function charEm(ch: string): number {
  const direct = EM[ch]
  if (direct !== undefined) return direct
  // Accented letters are as wide as their base letter (ë, é, ï …).
  const base = ch.normalize('NFD')[0]
  return (base !== undefined ? EM[base] : undefined) ?? WIDE
}

function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em * fontSize * SAFETY
}

/** Lines the text wraps into at `maxWidth` (white-space: pre-wrap; words break only when `breakWords`). */
function countLines(text: string, fontSize: number, maxWidth: number, breakWords: boolean): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += paragraphLines(paragraph, fontSize, maxWidth, breakWords)
  }
  return Math.max(1, lines)
}

function paragraphLines(paragraph: string, fontSize: number, maxWidth: number, breakWords: boolean): number {
  const space = textWidth(' ', fontSize)
  let lines = 1
  let x = 0
  for (const word of paragraph.split(' ')) {
    let w = textWidth(word, fontSize)
    const needed = x === 0 ? w : x + space + w
    if (needed <= maxWidth) {
      x = needed
      continue
    }
    if (x > 0) {
      lines++
      x = 0
    }
    if (w > maxWidth && breakWords) {
      // overflow-wrap: break-word: the word is cut where the line is full.
      lines += Math.ceil(w / maxWidth) - 1
      w = w % maxWidth || maxWidth
    }
    x = w
  }
  return lines
}

function longestWordWidth(text: string, fontSize: number): number {
  let widest = 0
  for (const word of text.split(/[ \n]/)) widest = Math.max(widest, textWidth(word, fontSize))
  return widest
}

/** The growY and font adjustment tldraw would give a note of this text and size. */
function estimateNoteFit(text: string, size: string = 'm'): NoteFit {
  const normal = LABEL_FONT_SIZE[size] ?? LABEL_FONT_SIZE.m!
  const maxWidth = NOTE_WIDTH - 2 * LABEL_PADDING - FUZZ
  if (text.trim() === '') return { growY: 0, fontSizeAdjustment: 1 }
  // tldraw steps the font down by 1 px until the longest word fits on a line, down to 14 px.
  let fontSize = normal
  while (fontSize > MIN_FONT_SIZE && longestWordWidth(text, fontSize) > maxWidth) fontSize--
  const breakWords = fontSize <= MIN_FONT_SIZE
  const lines = countLines(text, fontSize, maxWidth, breakWords)
  const labelHeight = lines * fontSize * LINE_HEIGHT + 2 * LABEL_PADDING
  const growY = labelHeight > NOTE_HEIGHT ? Math.ceil(labelHeight - NOTE_HEIGHT + fontSize * 0.5) : 0
  return { growY, fontSizeAdjustment: fontSize === normal ? 1 : fontSize / normal }
}

/** The fit for a note record's props (its rich text and size). */
export function estimateNotePropsFit(props: { richText?: unknown; size?: unknown }): NoteFit {
  return estimateNoteFit(plainText(props.richText), typeof props.size === 'string' ? props.size : 'm')
}
