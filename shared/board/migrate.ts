// Migrate-on-load: the document keeps the schema its records were written with; a newer client
// brings them up to its own schema in one transaction, so a board made with today's tldraw opens after
// an upgrade. A board written by a newer version than ours is left untouched and reported.
import type { StoreSchema, SerializedSchema } from '@tldraw/store'
import type { BoardDoc, BoardRecord } from './boardDoc.ts'

export type MigrateResult =
  | { ok: true; changed: number }
  | { ok: false; reason: string }

type AnySchema = StoreSchema<any, any>

export function migrateBoard(board: BoardDoc, schema: AnySchema, origin?: unknown): MigrateResult {
  const stored: SerializedSchema | undefined = board.schema()
  const current = schema.serialize()
  if (!stored) {
    // A board without a schema is either empty or was written by this schema's code path before
    // setSchema ran; stamp it so future versions know where to migrate from.
    board.setSchema(current, origin)
    return { ok: true, changed: 0 }
  }
  if (JSON.stringify(stored) === JSON.stringify(current)) return { ok: true, changed: 0 }

  const store: Record<string, BoardRecord> = {}
  for (const record of board.all()) store[record.id] = record
  const result = schema.migrateStoreSnapshot({ store: store as any, schema: stored })
  if (result.type === 'error') return { ok: false, reason: result.reason }

  const migrated = result.value as Record<string, BoardRecord>
  const put: BoardRecord[] = []
  for (const [id, record] of Object.entries(migrated)) {
    if (JSON.stringify(record) !== JSON.stringify(store[id])) put.push(record)
  }
  const remove = Object.keys(store).filter((id) => !(id in migrated))
  board.doc.transact(() => {
    board.apply({ put, remove }, origin)
    board.setSchema(current, origin)
  }, origin)
  return { ok: true, changed: put.length + remove.length }
}
