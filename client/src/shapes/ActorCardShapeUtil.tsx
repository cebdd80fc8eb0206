// sb-actor: an actor card (who, what kind of party, their interest, attitude and role). Content, not
// structure: anyone who can edit moves it, resizes it and edits it in place (double-click opens a form
// on the card); viewers only see it.
import { Rectangle2d, resizeBox, ShapeUtil, type Geometry2d, type TLResizeInfo, type TLShape } from 'tldraw'
import { ACTOR_SHAPE, actorCardShapeMigrations, actorCardShapeProps, defaultActorCardProps, type ActorCardProps } from '../../../shared/board/shapes/index.ts'
import { ActorCardView } from './ActorCardView.tsx'
import { exportedSvg, roundRectPath } from './exportSvg.tsx'
import { ACTOR_CARD_RADIUS } from './metrics.ts'

export type ActorShape = TLShape<typeof ACTOR_SHAPE>

export class ActorCardShapeUtil extends ShapeUtil<ActorShape> {
  static override type = ACTOR_SHAPE
  static override props = actorCardShapeProps
  static override migrations = actorCardShapeMigrations

  override getDefaultProps(): ActorCardProps {
    return defaultActorCardProps()
  }

  override getGeometry(shape: ActorShape): Geometry2d {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override component(shape: ActorShape) {
    return <ActorCardView shape={shape} />
  }

  /** In board images (PNG/SVG export): the same view as on the canvas, styles inlined by tldraw. */
  override toSvg(shape: ActorShape) {
    return exportedSvg(this.editor, shape, <ActorCardView shape={shape} />)
  }

  override getIndicatorPath(shape: ActorShape): Path2D {
    return roundRectPath(shape.props.w, shape.props.h, ACTOR_CARD_RADIUS)
  }

  override getText(shape: ActorShape): string {
    return shape.props.name
  }

  override canEdit(): boolean {
    return true
  }

  override hideRotateHandle(): boolean {
    return true
  }

  override onResize(shape: ActorShape, info: TLResizeInfo<ActorShape>) {
    return resizeBox(shape, info, { minWidth: 180, minHeight: 110 })
  }
}
