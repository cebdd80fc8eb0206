import type { ActorCardProps } from './actorCard.ts'
import type { AreaProps } from './area.ts'
import type { LabelProps } from './label.ts'

export * from './actorCard.ts'
export * from './area.ts'
export * from './label.ts'

// Our shapes, known to tldraw's types everywhere (client ShapeUtils, server template code).
declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    'sb-area': AreaProps
    'sb-label': LabelProps
    'sb-actor': ActorCardProps
  }
}
