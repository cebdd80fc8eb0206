// The board document format: the one module that knows which Yjs types hold a Samenbord board.
// Everything else (client binding, server templates, outcomes, exports) goes through BoardDoc.
//
//   doc.getArray('records')  YKeyValue<BoardRecord>: every persistent tldraw record (document, pages,
//                            shapes, bindings, assets) keyed by record id. YKeyValue rather than Y.Map
//                            so that moving the same note a thousand times does not grow the document.
//   doc.getMap('meta')       'formatVersion' (number), 'schema' (tldraw SerializedSchema the records
//                            were written with; migrated on load, see migrate.ts).
//
// Session-scoped tldraw records (camera, instance, pointer, presence) never enter the document:
// presence travels over Yjs awareness instead.
import type { SerializedSchema } from '@tldraw/store'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

export const BOARD_FORMAT_VERSION = 1
export const RECORDS_KEY = 'records'
export const META_KEY = 'meta'

/** A tldraw record as stored: plain JSON with an id and a type name. */
export interface BoardRecord {
  id: string
  typeName: string
  [key: string]: unknown
}

export interface BoardChanges {
  added: BoardRecord[]
  updated: BoardRecord[]
  removed: string[]
}

/** Type names of records that belong in the shared document (tldraw's "document" scope). */
export const DOCUMENT_TYPE_NAMES: ReadonlySet<string> = new Set([
  'document',
  'page',
  'shape',
  'binding',
  'asset',
])

export function isDocumentRecord(record: { typeName: string }): boolean {
  return DOCUMENT_TYPE_NAMES.has(record.typeName)
}

export class BoardDoc {
  readonly doc: Y.Doc
  readonly records: YKeyValue<BoardRecord>
  readonly meta: Y.Map<unknown>

  constructor(doc: Y.Doc) {
    this.doc = doc
    this.records = new YKeyValue<BoardRecord>(doc.getArray<{ key: string; val: BoardRecord }>(RECORDS_KEY))
    this.meta = doc.getMap<unknown>(META_KEY)
  }

  get(id: string): BoardRecord | undefined {
    return this.records.get(id)
  }

  all(): BoardRecord[] {
    return Array.from(this.records.map.values(), (entry) => entry.val)
  }

  size(): number {
    return this.records.map.size
  }

  /** Writes and deletes in one transaction, so peers see one update. */
  apply(changes: { put?: readonly BoardRecord[]; remove?: readonly string[] }, origin?: unknown): void {
    const { put = [], remove = [] } = changes
    if (put.length === 0 && remove.length === 0) return
    this.doc.transact(() => {
      for (const id of remove) this.records.delete(id)
      for (const record of put) {
        if (!isDocumentRecord(record)) {
          throw new Error(`record ${record.id} of type ${record.typeName} is not part of the shared board`)
        }
        this.records.set(record.id, record)
      }
    }, origin)
  }

  schema(): SerializedSchema | undefined {
    return this.meta.get('schema') as SerializedSchema | undefined
  }

  formatVersion(): number | undefined {
    return this.meta.get('formatVersion') as number | undefined
  }

  setSchema(schema: SerializedSchema, origin?: unknown): void {
    this.doc.transact(() => {
      this.meta.set('formatVersion', BOARD_FORMAT_VERSION)
      this.meta.set('schema', schema)
    }, origin)
  }

  /** Calls back with the records changed by every transaction, and the transaction's origin. */
  observe(listener: (changes: BoardChanges, origin: unknown, local: boolean) => void): () => void {
    const handler = (
      changes: Map<string, { action: 'add' | 'update' | 'delete'; newValue?: BoardRecord }>,
      tr: Y.Transaction,
    ) => {
      const out: BoardChanges = { added: [], updated: [], removed: [] }
      for (const [id, change] of changes) {
        if (change.action === 'delete') out.removed.push(id)
        else if (change.action === 'add' && change.newValue) out.added.push(change.newValue)
        else if (change.newValue) out.updated.push(change.newValue)
      }
      listener(out, tr.origin, tr.local)
    }
    this.records.on('change', handler)
    return () => this.records.off('change', handler)
  }
}
