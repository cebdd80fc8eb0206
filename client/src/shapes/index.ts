// Samenbord's own tldraw shapes: template areas, structure labels and actor cards.
import type { TLAnyShapeUtilConstructor } from 'tldraw'
import { ActorCardShapeUtil } from './ActorCardShapeUtil.tsx'
import { AreaShapeUtil } from './AreaShapeUtil.tsx'
import { LabelShapeUtil } from './LabelShapeUtil.tsx'

export const templateShapeUtils: readonly TLAnyShapeUtilConstructor[] = [AreaShapeUtil, LabelShapeUtil, ActorCardShapeUtil]
