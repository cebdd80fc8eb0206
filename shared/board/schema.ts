// The tldraw schema a Samenbord board is written with. Custom shapes (actor cards, template areas)
// are registered here so that client and server validate and migrate the same records.
import type { SerializedSchema } from '@tldraw/store'
import { createTLSchema, type TLSchema } from '@tldraw/tlschema'

let cached: TLSchema | undefined

export function boardSchema(): TLSchema {
  cached ??= createTLSchema()
  return cached
}

export function serializedBoardSchema(): SerializedSchema {
  return boardSchema().serialize()
}
