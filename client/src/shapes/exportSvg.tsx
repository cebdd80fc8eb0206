// Board images (PNG/SVG export): tldraw renders toSvg() in a React root of its own, outside our
// providers, so the shape views get the page's language again here. The class asks tldraw to inline
// the computed CSS of what is inside (without it the image loses every colour, border and font).
import type { ReactNode } from 'react'
import type { Editor, TLShape } from 'tldraw'
import { I18nProvider } from '../i18n/I18nProvider.tsx'

function ExportedView({ w, h, children }: { w: number; h: number; children: ReactNode }) {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'nl'
  return (
    <foreignObject x={0} y={0} width={w} height={h} className="tl-export-embed-styles">
      <I18nProvider lang={lang}>{children}</I18nProvider>
    </foreignObject>
  )
}

/** A ShapeUtil's toSvg(): `view` (the canvas's own view of `shape`) in the shape's bounds. */
export function exportedSvg(editor: Editor, shape: TLShape, view: ReactNode) {
  const { w, h } = editor.getShapeGeometry(shape).bounds
  return (
    <ExportedView w={w} h={h}>
      {view}
    </ExportedView>
  )
}

/** The selection outline of a box with rounded corners. */
export function roundRectPath(w: number, h: number, radius: number): Path2D {
  const path = new Path2D()
  path.roundRect(0, 0, w, h, radius)
  return path
}
