// Text for the template images, laid out without a DOM or a font file: widths are estimated from the
// letters (IBM Plex Sans, the board's font, averages a little over half an em), so the pure model can
// wrap and cut a note's text to fit its square. Renderers still clamp each line to its box width.

/** Rough advance widths of IBM Plex Sans Medium in ems, by kind of letter. */
function charWidth(c: string): number {
  if (c === ' ') return 0.26
  if (/[il.,:;'!|ıjtf()[\]]/.test(c)) return 0.3
  if (/[mwMW@]/.test(c)) return 0.86
  if (/[A-Z0-9ÀÁÂÄÉÈÊËÍÏÓÖÔÚÜÇŞĞİ]/.test(c)) return 0.64
  return 0.55
}

export function textWidth(text: string, size: number): number {
  let w = 0
  for (const c of text) w += charWidth(c)
  return w * size
}

const ELLIPSIS = '…'

/** Cuts a line to fit width, ending in an ellipsis. */
function cut(line: string, width: number, size: number): string {
  let out = line
  while (out.length > 0 && textWidth(out + ELLIPSIS, size) > width) out = out.slice(0, -1)
  return out.trimEnd() + ELLIPSIS
}

/** Breaks one word that is wider than a line into pieces that fit. */
function splitWord(word: string, width: number, size: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const c of word) {
    if (piece && textWidth(piece + c, size) > width) {
      pieces.push(piece)
      piece = ''
    }
    piece += c
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Text wrapped into at most maxLines lines of at most `width` at font size `size`; paragraphs ('\n')
 * start new lines; when it does not all fit, the last line ends in "…".
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  if (maxLines <= 0 || width <= 0) return []
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    const words = paragraph.split(/\s+/).filter(Boolean)
    for (const word of words.flatMap((w) => (textWidth(w, size) > width ? splitWord(w, width, size) : [w]))) {
      const candidate = line ? `${line} ${word}` : word
      if (line && textWidth(candidate, size) > width) {
        lines.push(line)
        line = word
      } else line = candidate
    }
    if (line) lines.push(line)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = cut(kept[maxLines - 1]!, width, size)
  return kept
}
