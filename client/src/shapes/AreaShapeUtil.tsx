// sb-area: a named region of a workshop template (quadrant, ring, rung, column, cluster). Structure is
// locked (the template places it so), so it is never hit, selected or brushed and notes are created and
// dragged on it as on an empty canvas. Clusters are the participants' own: unlocked, they are renamed
// by double-click, resized, and moved together with the notes that sit in them.
import { Polygon2d, Rectangle2d, resizeBox, ShapeUtil, Vec, type Geometry2d, type TLResizeInfo, type TLShape, type TLShapeId } from 'tldraw'
import { AREA_SHAPE, areaShapeMigrations, areaShapeProps, type AreaProps } from '../../../shared/board/shapes/index.ts'
import { AreaView } from './AreaView.tsx'
import { exportedSvg, roundRectPath } from './exportSvg.tsx'
import { areaRadius } from './metrics.ts'
import { ringOf, ringPolygon } from '../../../shared/areas/ring.ts'
import { ringPath } from './ringGeometry.ts'
import { shapeText } from './shapeText.ts'

export type AreaShape = TLShape<typeof AREA_SHAPE>

/** Shapes that travel with a cluster when it is dragged: what people put into areas. */
const CARRIED_TYPES = new Set<string>(['note', 'sb-actor', 'text', 'geo', 'draw', 'image'])

export class AreaShapeUtil extends ShapeUtil<AreaShape> {
  static override type = AREA_SHAPE
  static override props = areaShapeProps
  static override migrations = areaShapeMigrations

  /** For each cluster being dragged: the shapes in it and where they started. */
  private carried = new Map<TLShapeId, Array<{ id: TLShapeId; type: TLShape['type']; x: number; y: number }>>()

  override getDefaultProps(): AreaProps {
    return {
      w: 760,
      h: 520,
      kind: 'cluster',
      template: 'board',
      instance: '',
      key: '',
      order: 0,
      labelKey: 'brainstorm.cluster.unnamed',
      label: '',
      hintKey: '',
      tint: 'green',
      geometry: 'rect',
      ringInner: 0,
      side: 'full',
      lane: '',
    }
  }

  override getGeometry(shape: AreaShape): Geometry2d {
    if (shape.props.geometry === 'ring') {
      const points = ringPolygon(ringOf(shape.props)).map((p) => new Vec(p.x, p.y))
      return new Polygon2d({ points, isFilled: true })
    }
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override component(shape: AreaShape) {
    return <AreaView shape={shape} />
  }

  /** In board images (PNG/SVG export): the same view as on the canvas, styles inlined by tldraw. */
  override toSvg(shape: AreaShape) {
    return exportedSvg(this.editor, shape, <AreaView shape={shape} />)
  }

  override getIndicatorPath(shape: AreaShape): Path2D {
    if (shape.props.geometry === 'ring') return new Path2D(ringPath(ringOf(shape.props)))
    return roundRectPath(shape.props.w, shape.props.h, areaRadius(shape.props))
  }

  override getText(shape: AreaShape): string {
    return shapeText(shape.props.label, shape.props.labelKey)
  }

  // Only clusters have a name people type; the structure's labels come from the method.
  override canEdit(shape: AreaShape): boolean {
    return shape.props.kind === 'cluster'
  }

  override canResize(shape: AreaShape): boolean {
    return shape.props.kind === 'cluster' && shape.props.geometry === 'rect'
  }

  override hideRotateHandle(): boolean {
    return true
  }

  override canBind(): boolean {
    return false
  }

  override isAspectRatioLocked(): boolean {
    return false
  }

  override onResize(shape: AreaShape, info: TLResizeInfo<AreaShape>) {
    const next = resizeBox(shape, info, { minWidth: 320, minHeight: 220 })
    return next
  }

  // A cluster carries the things in it: they are page children (membership is geometric), so without
  // this a moved cluster would leave its notes behind.
  override onTranslateStart(shape: AreaShape) {
    if (shape.props.kind !== 'cluster') return
    const editor = this.editor
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds) return
    const moving = new Set(editor.getSelectedShapeIds())
    const alreadyCarried = new Set([...this.carried.values()].flat().map((item) => item.id))
    const items = []
    for (const other of editor.getCurrentPageShapes()) {
      if (moving.has(other.id) || alreadyCarried.has(other.id) || other.isLocked) continue
      if (!CARRIED_TYPES.has(other.type) || other.parentId !== shape.parentId) continue
      const box = editor.getShapePageBounds(other)
      if (box && bounds.containsPoint(box.center)) items.push({ id: other.id, type: other.type, x: other.x, y: other.y })
    }
    this.carried.set(shape.id, items)
  }

  override onTranslate(initial: AreaShape, current: AreaShape) {
    this.moveCarried(initial, current.x - initial.x, current.y - initial.y)
  }

  override onTranslateEnd(initial: AreaShape, current: AreaShape) {
    this.moveCarried(initial, current.x - initial.x, current.y - initial.y)
    this.carried.delete(initial.id)
  }

  override onTranslateCancel(initial: AreaShape) {
    this.carried.delete(initial.id)
  }

  private moveCarried(initial: AreaShape, dx: number, dy: number): void {
    const items = this.carried.get(initial.id)
    if (!items?.length) return
    this.editor.updateShapes(
      items.filter((item) => this.editor.getShape(item.id)).map((item) => ({ id: item.id, type: item.type, x: item.x + dx, y: item.y + dy })),
    )
  }
}
