// Migrate-on-load: the document keeps the schema its records were written with; the server brings them
// up to its own schema in one transaction when it loads the board (server/sync/boardRepair.ts), so a
// board made with today's tldraw opens after an upgrade. A board written by a newer version than ours
// is left untouched and reported; clients only compare (storedSchemaState) and refuse a newer one.
import type { SerializedSchema, SerializedStore, StoreSchema, UnknownRecord } from '@tldraw/store'
import type { BoardDoc, BoardRecord } from './boardDoc.ts'

export type MigrateResult = { ok: true; changed: number } | { ok: false; reason: string }

type AnySchema = StoreSchema<UnknownRecord, unknown>

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
  const result = schema.migrateStoreSnapshot({ store: store as unknown as SerializedStore<UnknownRecord>, schema: stored })
  if (result.type === 'error') return { ok: false, reason: result.reason }

  const migrated = result.value as unknown as Record<string, BoardRecord>
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

/**
 * How the schema a board says it was written with compares to ours. 'newer' when it names a migration
 * sequence we do not know or a version past ours (a newer Samenbord wrote it: we cannot read its
 * records, only refuse); 'unreadable' when it is no tldraw schema at all (damage: the server stamps
 * its own again on load).
 */
export type StoredSchemaState = 'missing' | 'current' | 'older' | 'newer' | 'unreadable'

export function storedSchemaState(stored: unknown, schema: AnySchema): StoredSchemaState {
  if (stored === undefined) return 'missing'
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return 'unreadable'
  const version = (stored as { schemaVersion?: unknown }).schemaVersion
  if (typeof version !== 'number') return 'unreadable'
  if (version > 2) return 'newer'
  if (version !== 2) return schema.getMigrationsSince(stored as SerializedSchema).ok ? 'older' : 'unreadable'
  const sequences = (stored as { sequences?: unknown }).sequences
  if (typeof sequences !== 'object' || sequences === null || Array.isArray(sequences)) return 'unreadable'
  const ours = (schema.serialize() as { sequences: Record<string, number> }).sequences
  let older = false
  for (const [id, v] of Object.entries(sequences)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return 'unreadable'
    const mine = ours[id]
    if (mine === undefined || v > mine) return 'newer'
    if (v < mine) older = true
  }
  // A sequence we have and the board does not name: tldraw migrates it from the start (retroactive).
  if (!older && Object.keys(ours).some((id) => !(id in sequences))) older = true
  if (!older) return 'current'
  return schema.getMigrationsSince(stored as SerializedSchema).ok ? 'older' : 'unreadable'
}
