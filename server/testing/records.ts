// Records for tests that must pass the record rules (shared/board/recordRules.ts) unless a test means
// them not to: a geo shape's full props (tldraw's validators want every one).
import { toRichText } from '@tldraw/tlschema'

export function geoProps(w = 200, h = 200, text = ''): Record<string, unknown> {
  return {
    geo: 'rectangle',
    dash: 'draw',
    url: '',
    w,
    h,
    growY: 0,
    scale: 1,
    flipX: false,
    flipY: false,
    labelColor: 'black',
    color: 'black',
    fill: 'none',
    size: 'm',
    font: 'draw',
    align: 'middle',
    verticalAlign: 'middle',
    richText: toRichText(text),
  }
}
