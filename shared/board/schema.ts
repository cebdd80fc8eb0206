// The tldraw schema a Samenbord board is written with: tldraw's own shapes plus ours (template areas,
// structure labels, actor cards), so that client and server validate and migrate the same records.
import type { SerializedSchema } from '@tldraw/store'
import { createTLSchema, defaultShapeSchemas, type TLSchema } from '@tldraw/tlschema'
import {
  ACTOR_SHAPE,
  AREA_SHAPE,
  LABEL_SHAPE,
  actorCardShapeMigrations,
  actorCardShapeProps,
  areaShapeMigrations,
  areaShapeProps,
  labelShapeMigrations,
  labelShapeProps,
} from './shapes/index.ts'

const customShapeSchemas = {
  [AREA_SHAPE]: { props: areaShapeProps, migrations: areaShapeMigrations },
  [LABEL_SHAPE]: { props: labelShapeProps, migrations: labelShapeMigrations },
  [ACTOR_SHAPE]: { props: actorCardShapeProps, migrations: actorCardShapeMigrations },
}

let cached: TLSchema | undefined

export function boardSchema(): TLSchema {
  cached ??= createTLSchema({ shapes: { ...defaultShapeSchemas, ...customShapeSchemas } })
  return cached
}

export function serializedBoardSchema(): SerializedSchema {
  return boardSchema().serialize()
}
