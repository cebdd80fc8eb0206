// Note labels measured together. tldraw measures a note's text in the DOM the first time it needs the
// note's geometry, one note at a time, and every measurement forces a layout: when 1,000 notes arrive
// at once (or a board opens) that is 1,000 layouts, a fifth of the renderer's time in bench scenario 8.
// Here the first note that needs measuring brings every other unmeasured note of the page with it:
// tldraw's own measuring code runs once to record what it would measure, the DOM measures all of it in
// one layout per chunk (TextManager.measureHtmlBatch, the same measuring elements), and tldraw's code
// runs again, answered from those results. The sizes are exactly tldraw's; only fewer layouts happen.
// Anything the replay asks that was not recorded (a long word that needs a smaller font: tldraw measures
// again) is measured on the spot, as before.
import { unsafe__withoutCapture, type Editor, type TLMeasureTextOpts, type TLNoteShape } from 'tldraw'

type Measured = ReturnType<Editor['textMeasure']['measureHtml']>
type MeasureHtml = (html: string, opts: TLMeasureTextOpts) => Measured
interface Request {
  html: string
  opts: TLMeasureTextOpts
}

/** tldraw's NoteShapeUtil internals used here (private in its types; checked when installed). */
interface NoteLabelInternals {
  getLabelSize(shape: TLNoteShape): unknown
  measureNoteLabelSize(shape: TLNoteShape): unknown
}

/** At most this many measuring elements at a time (tldraw keeps them in the page until a smaller batch). */
export const CHUNK = 100

export type Phase = 'record' | 'answer'

/**
 * Measures what `measureAll` needs (it calls `measure` for every label), in batches: a recording pass
 * with placeholder answers, one batch measurement per chunk, then the real pass answered from the batch.
 * A request the real pass makes that the recording did not foresee goes to `measureOne`.
 */
export function measureTogether(
  measureAll: (measure: MeasureHtml, phase: Phase) => void,
  measureOne: MeasureHtml,
  measureBatch: (requests: Request[]) => Measured[],
): void {
  const recorded = new Map<string, Request>()
  // A placeholder whose scroll width equals its width: tldraw's loop takes the first answer and stops.
  measureAll((html, opts) => {
    recorded.set(keyOf(html, opts), { html, opts })
    return { x: 0, y: 0, w: 100, h: 20, scrollWidth: 100 }
  }, 'record')
  const keys = [...recorded.keys()]
  const requests = [...recorded.values()]
  const answers = new Map<string, Measured>()
  for (let i = 0; i < requests.length; i += CHUNK) {
    measureBatch(requests.slice(i, i + CHUNK)).forEach((result, k) => {
      answers.set(keys[i + k]!, result)
    })
  }
  measureAll((html, opts) => answers.get(keyOf(html, opts)) ?? measureOne(html, opts), 'answer')
}

function keyOf(html: string, opts: TLMeasureTextOpts): string {
  return `${JSON.stringify(opts)}\n${html}`
}

/** Makes the editor's note util measure unmeasured notes together; returns how to undo it. */
export function batchNoteLabels(editor: Editor): () => void {
  if (!editor.hasShapeUtil('note')) return () => {}
  const util = editor.getShapeUtil('note') as unknown as NoteLabelInternals
  const proto = Object.getPrototypeOf(util) as Partial<NoteLabelInternals>
  const { getLabelSize, measureNoteLabelSize } = proto
  if (typeof getLabelSize !== 'function' || typeof measureNoteLabelSize !== 'function') {
    console.warn('samenbord: tldraw’s note util changed; note labels are measured one by one')
    return () => {}
  }
  const textMeasure = editor.textMeasure
  const known = new WeakSet<TLNoteShape>()
  let busy = false

  const measureWithOthers = (first: TLNoteShape) => {
    // Not captured: the geometry being computed must not depend on the page's other shapes.
    const others = unsafe__withoutCapture(() =>
      editor.getCurrentPageShapes().filter((s): s is TLNoteShape => s.type === 'note' && s !== first && !known.has(s as TLNoteShape)),
    )
    if (others.length === 0) return
    const shapes = [first, ...others]
    const real = textMeasure.measureHtml
    busy = true
    try {
      measureTogether(
        (measure, phase) => {
          textMeasure.measureHtml = measure
          try {
            unsafe__withoutCapture(() => {
              for (const shape of shapes) {
                // Recording: tldraw's measuring, uncached. Answering: its cached getter, which keeps the result.
                if (phase === 'record') measureNoteLabelSize.call(util, shape)
                else {
                  getLabelSize.call(util, shape)
                  known.add(shape)
                }
              }
            })
          } finally {
            textMeasure.measureHtml = real
          }
        },
        (html, opts) => real.call(textMeasure, html, opts),
        (requests) => textMeasure.measureHtmlBatch(requests),
      )
      // Give the measuring elements back: tldraw keeps as many as the largest batch asked for.
      textMeasure.measureHtmlBatch([
        { html: '', opts: { fontFamily: 'inherit', fontSize: 12, lineHeight: 1, fontWeight: 'normal', fontStyle: 'normal', padding: '0px', maxWidth: null } },
      ])
    } finally {
      busy = false
    }
  }

  util.getLabelSize = (shape: TLNoteShape) => {
    if (!busy && !known.has(shape)) measureWithOthers(shape)
    const size = getLabelSize.call(util, shape)
    known.add(shape)
    return size
  }
  return () => {
    delete (util as Partial<NoteLabelInternals>).getLabelSize
  }
}
