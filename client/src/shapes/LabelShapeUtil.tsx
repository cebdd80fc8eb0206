// sb-label: structure text of a template (title, axis, caption, legend, the brainstorm question).
// Locked like the rest of the structure; the question alone can be edited while locked, by
// double-click (see board/selectTool.ts: tldraw never hits locked shapes, so its own double click
// would not reach it).
import { Rectangle2d, ShapeUtil, type Geometry2d, type TLShape } from 'tldraw'
import { LABEL_SHAPE, labelShapeMigrations, labelShapeProps, type LabelProps } from '../../../shared/board/shapes/index.ts'
import { LabelView } from './LabelView.tsx'
import { exportedSvg } from './exportSvg.tsx'
import { labelHeight } from './metrics.ts'
import { shapeText } from './shapeText.ts'

export type LabelShape = TLShape<typeof LABEL_SHAPE>

export class LabelShapeUtil extends ShapeUtil<LabelShape> {
  static override type = LABEL_SHAPE
  static override props = labelShapeProps
  static override migrations = labelShapeMigrations

  override getDefaultProps(): LabelProps {
    return {
      w: 600,
      role: 'caption',
      labelKey: '',
      text: '',
      size: 'm',
      align: 'start',
      vertical: false,
      template: 'board',
      instance: '',
    }
  }

  override getGeometry(shape: LabelShape): Geometry2d {
    const { w, vertical } = shape.props
    const length = labelHeight(this.editor, shape.props)
    return vertical ? new Rectangle2d({ width: length, height: w, isFilled: true }) : new Rectangle2d({ width: w, height: length, isFilled: true })
  }

  override component(shape: LabelShape) {
    return <LabelView shape={shape} />
  }

  /** In board images (PNG/SVG export): the same view as on the canvas, styles inlined by tldraw. */
  override toSvg(shape: LabelShape) {
    return exportedSvg(this.editor, shape, <LabelView shape={shape} />)
  }

  override getIndicatorPath(shape: LabelShape): Path2D {
    const bounds = this.editor.getShapeGeometry(shape).bounds
    const path = new Path2D()
    path.rect(0, 0, bounds.w, bounds.h)
    return path
  }

  override getText(shape: LabelShape): string {
    return shapeText(shape.props.text, shape.props.labelKey)
  }

  override canEdit(shape: LabelShape): boolean {
    return shape.props.role === 'question'
  }

  override canEditWhileLocked(shape: LabelShape): boolean {
    return shape.props.role === 'question'
  }

  override canResize(): boolean {
    return false
  }

  override hideRotateHandle(): boolean {
    return true
  }

  override hideResizeHandles(): boolean {
    return true
  }

  override hideSelectionBoundsFg(): boolean {
    return true
  }

  override canBind(): boolean {
    return false
  }
}
