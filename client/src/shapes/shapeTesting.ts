// Test support for the ShapeUtils (no DOM, so no real Editor): a stand-in editor whose text measurer is
// deterministic, and shape records built the way the store holds them.
import { Box, type Editor, type TLShape } from 'tldraw'

/** Each character half the font size wide; lines wrap at maxWidth; height is lines × line height. */
export function measuringEditor(): { editor: Editor; measured: string[] } {
  const measured: string[] = []
  const textMeasure = {
    measureText(text: string, opts: { fontSize: number; lineHeight: number; maxWidth: number | null }) {
      measured.push(text)
      const w = text.length * opts.fontSize * 0.5
      const lines = opts.maxWidth ? Math.max(1, Math.ceil(w / opts.maxWidth)) : 1
      return { x: 0, y: 0, w: opts.maxWidth ? Math.min(w, opts.maxWidth) : w, h: lines * opts.fontSize * opts.lineHeight }
    },
  }
  return { editor: { textMeasure } as unknown as Editor, measured }
}

export function shapeRecord<S extends TLShape>(type: S['type'], props: S['props'], over: Partial<TLShape> = {}): S {
  return {
    id: `shape:${type}`,
    typeName: 'shape',
    type,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: 'page:board',
    isLocked: false,
    opacity: 1,
    props,
    meta: {},
    ...over,
  } as unknown as S
}

/** The shape as `onResize` leaves it after a drag of the bottom-right handle to a tenth of its size. */
export function shrunkToATenth<S extends TLShape & { props: { w: number; h: number } }>(
  util: { onResize(shape: S, info: never): Partial<S> },
  shape: S,
): Partial<S> {
  return util.onResize(shape, {
    newPoint: { x: 0, y: 0 },
    handle: 'bottom_right',
    mode: 'resize_bounds',
    scaleX: 0.1,
    scaleY: 0.1,
    initialBounds: new Box(0, 0, shape.props.w, shape.props.h),
    initialShape: shape,
  } as never)
}
