// Batched label measuring gives exactly what measuring one by one gives, in fewer layouts.
import { describe, expect, it } from 'vitest'
import { NoteShapeUtil, type TLMeasureTextOpts } from 'tldraw'
import { CHUNK, measureTogether } from './noteLabelBatch.ts'

type Measure = (html: string, opts: TLMeasureTextOpts) => { x: number; y: number; w: number; h: number; scrollWidth: number }

const OPTS = { fontFamily: 'draw', fontSize: 22, lineHeight: 1.25, fontWeight: 'normal', fontStyle: 'normal', padding: '0px', maxWidth: 180 }

/** A stand-in for the DOM: 10 px a character, words wider than the box overflow it. */
const dom: Measure = (html, opts) => {
  const longest = Math.max(0, ...html.split(' ').map((w) => w.length)) * (opts.fontSize / 2)
  const w = Math.min(opts.maxWidth ?? Infinity, html.length * (opts.fontSize / 2))
  return { x: 0, y: 0, w, h: Math.ceil((html.length * (opts.fontSize / 2)) / (opts.maxWidth ?? Infinity)) * opts.fontSize, scrollWidth: Math.max(w, longest) }
}

/** Shaped like tldraw's note label loop: smaller font while a word overflows. */
function labelSize(text: string, measure: Measure) {
  let fontSize = OPTS.fontSize
  for (;;) {
    const m = measure(text, { ...OPTS, fontSize })
    if (m.scrollWidth.toFixed(0) === m.w.toFixed(0) || fontSize <= 10) return { w: m.w, h: m.h, fontSize }
    fontSize--
  }
}

describe('measureTogether', () => {
  const texts = Array.from({ length: 250 }, (_, i) => (i % 10 === 0 ? `Onuitspreekbaarlangwoord${i}` : `idee ${i} ${'bla '.repeat(i % 7)}`))

  it('gives the same sizes as measuring one by one, in batches of at most CHUNK', () => {
    const expected = texts.map((t) => labelSize(t, dom))
    const got: unknown[] = []
    const batches: number[] = []
    let single = 0
    measureTogether(
      (measure, phase) => {
        for (const t of texts) {
          const size = labelSize(t, measure)
          if (phase === 'answer') got.push(size)
        }
      },
      (html, opts) => {
        single++
        return dom(html, opts)
      },
      (requests) => {
        batches.push(requests.length)
        return requests.map((r) => dom(r.html, r.opts))
      },
    )
    expect(got).toEqual(expected)
    expect(Math.max(...batches)).toBeLessThanOrEqual(CHUNK)
    expect(batches.reduce((a, b) => a + b, 0)).toBe(texts.length)
    // Only the overflowing words needed more than the first measurement.
    expect(single).toBe(expected.filter((s) => s.fontSize < OPTS.fontSize).reduce((n, s) => n + (OPTS.fontSize - s.fontSize), 0))
  })

  it('relies on note util internals that tldraw still has', () => {
    const proto = NoteShapeUtil.prototype as unknown as Record<string, unknown>
    expect(typeof proto.getLabelSize).toBe('function')
    expect(typeof proto.measureNoteLabelSize).toBe('function')
  })
})
