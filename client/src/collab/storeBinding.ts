// tldraw store ↔ BoardDoc. Loads the board's records into the store, then mirrors both ways:
// the user's own document changes go into the Y.Doc (also while offline: y-websocket sends them on
// reconnect), and every change that arrives in the Y.Doc from elsewhere is merged into the store.
import type { SerializedSchema } from '@tldraw/store'
import type { TLRecord, TLStore } from 'tldraw'
import { isDocumentRecord, type BoardDoc, type BoardRecord } from '../../../shared/board/index.ts'

/** Origin of the Y.Doc transactions this client makes from tldraw changes. */
export const LOCAL_ORIGIN = Symbol('samenbord:tldraw')

export interface StoreBindingOptions {
  /** Viewers never write into the Y.Doc (the server would drop it anyway). */
  readOnly: boolean
}

export function bindStoreToBoard(store: TLStore, board: BoardDoc, opts: StoreBindingOptions): () => void {
  const toCurrentSchema = recordMigrator(store, board)

  // 1. Load what the board holds.
  store.mergeRemoteChanges(() => putRecords(store, toCurrentSchema(board.all())))

  // 2. Y.Doc → store, for every transaction that isn't our own.
  const unobserve = board.observe((changes, origin) => {
    if (origin === LOCAL_ORIGIN) return
    const put = toCurrentSchema([...changes.added, ...changes.updated])
    const remove = changes.removed.filter((id) => store.has(id as TLRecord['id'])) as TLRecord['id'][]
    if (put.length === 0 && remove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (remove.length) store.remove(remove)
      putRecords(store, put)
    })
  })

  // 3. store → Y.Doc, for the user's own document changes (remote merges have source 'remote').
  const unlisten = opts.readOnly
    ? () => {}
    : store.listen(
        ({ changes }) => {
          const put: BoardRecord[] = []
          for (const record of Object.values(changes.added)) if (isDocumentRecord(record)) put.push(asBoard(record))
          for (const [, to] of Object.values(changes.updated)) if (isDocumentRecord(to)) put.push(asBoard(to))
          const remove = Object.values(changes.removed)
            .filter((record) => isDocumentRecord(record))
            .map((record) => record.id as string)
          board.apply({ put, remove }, LOCAL_ORIGIN)
        },
        { source: 'user', scope: 'document' },
      )

  return () => {
    unlisten()
    unobserve()
  }
}

function asBoard(record: TLRecord): BoardRecord {
  return record as unknown as BoardRecord
}

/**
 * Brings records written with the board's stored schema up to ours. The server migrates the whole
 * board when it loads it, so this only does work when that migration could not be done.
 */
function recordMigrator(store: TLStore, board: BoardDoc): (records: BoardRecord[]) => TLRecord[] {
  const current = JSON.stringify(store.schema.serialize())
  let lastStored: SerializedSchema | undefined
  let lastSame = true
  return (records) => {
    const stored = board.schema()
    if (stored !== lastStored) {
      lastStored = stored
      lastSame = !stored || JSON.stringify(stored) === current
    }
    if (lastSame || !stored) return records as unknown as TLRecord[]
    const out: TLRecord[] = []
    for (const record of records) {
      const result = store.schema.migratePersistedRecord(record as unknown as TLRecord, stored)
      if (result.type === 'success') out.push(result.value)
      else console.warn(`samenbord: cannot migrate ${record.id}: ${result.reason}`)
    }
    return out
  }
}

/** Puts all records; when one is invalid, puts the others and skips (and reports) the bad one. */
function putRecords(store: TLStore, records: TLRecord[]): void {
  if (records.length === 0) return
  try {
    store.put(records)
  } catch {
    for (const record of records) {
      try {
        store.put([record])
      } catch (error) {
        console.warn(`samenbord: skipped invalid record ${record.id}`, error)
      }
    }
  }
}
