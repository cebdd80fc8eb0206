// A board as the server loads it (or imports it) made fit to open: whatever the records array holds
// that the record rules refuse (shared/board/recordRules.ts) is taken out of the document and handed
// back to the caller to keep, and records written with an older tldraw schema are migrated to ours.
// Boards written by this version never need it (the write policy checks every update); it is for a
// board damaged anyway: written before those checks, by a bug, or restored from an old file.
//
// Order matters: entries that are not plain { key, val } objects go first, on the raw Yjs items,
// because every reader of the key-value array (BoardDoc) assumes that shape; then the schema is
// judged, records migrated, and the whole board checked.
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { BoardDoc, RECORDS_KEY, type BoardRecord } from '../../shared/board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../../shared/board/initBoard.ts'
import { storedSchemaState, type StoredSchemaState } from '../../shared/board/migrate.ts'
import { boardProblems, entryProblem, recordProblem } from '../../shared/board/recordRules.ts'
import { boardSchema } from '../../shared/board/schema.ts'

/** Something taken out of the board, as JSON (binary as base64). */
export interface SetAsideEntry {
  /** The entry's key, when it had one. */
  key?: string
  reason: string
  value: unknown
}

export interface RepairReport {
  /** How the board's stored schema compared to ours before the repair. */
  schema: StoredSchemaState
  /** Records brought up to our schema. */
  migrated: number
  /** What was taken out, in board order. Nothing is removed from a board of a newer schema. */
  setAside: SetAsideEntry[]
}

export interface RepairOptions {
  origin?: unknown
  /**
   * A board that had content but lost its document record or every page (a damaged file set aside, a
   * record set aside now) gets them back, the page named this; without it, a missing base is left
   * missing (a session's empty document before it is first written).
   */
  basePageName?: string
}

/** Repairs `doc` in place, in server transactions; a sound board comes back untouched. */
export function repairBoard(doc: Y.Doc, options: RepairOptions = {}): RepairReport {
  const { origin = 'server', basePageName } = options
  const setAside = removeMalformedEntries(doc, origin)
  const board = BoardDoc.of(doc)
  const stored = board.meta.get('schema')
  const state = storedSchemaState(stored, boardSchema())
  const report: RepairReport = { schema: state, migrated: 0, setAside }
  // Records of a newer version cannot be judged by our rules: leave them for that version.
  if (state === 'newer') return report
  const formatVersion = board.meta.get('formatVersion')
  const empty = board.records.map.size === 0 && stored === undefined && formatVersion === undefined
  if (empty && basePageName === undefined) return report
  if (state === 'unreadable') setAside.push({ reason: 'meta.schema is not a tldraw schema', value: jsonSafe(stored) })

  const records = new Map<string, unknown>()
  for (const [key, entry] of board.records.map) records.set(key, entry.val)
  if (state === 'older') report.migrated = migrate(records, stored, setAside)

  if (basePageName !== undefined) for (const record of missingBase(records, basePageName)) records.set(record.id, record)
  const problems = boardProblems(records)
  const put: BoardRecord[] = []
  for (const [key, value] of records) {
    const problem = problems.get(key)
    if (problem) setAside.push({ key, reason: problem, value: jsonSafe(board.records.get(key)) })
    else if (value !== board.records.get(key)) put.push(value as BoardRecord)
  }
  const stamp = state !== 'current' || typeof formatVersion !== 'number'
  if (put.length === 0 && problems.size === 0 && !stamp) return report
  doc.transact(() => {
    board.apply({ put, remove: [...problems.keys()] }, origin)
    if (stamp) board.setSchema(boardSchema().serialize(), origin)
  }, origin)
  return report
}

/**
 * The document record and a page, for a board that has no valid ones (they replace invalid ones under
 * the same id, so the board's own notes keep their parent when it was the first page).
 */
function missingBase(records: Map<string, unknown>, pageName: string): BoardRecord[] {
  const valid = (key: string, value: unknown) => recordProblem(key, value) === undefined
  const out: BoardRecord[] = []
  if (!valid(TLDOCUMENT_ID, records.get(TLDOCUMENT_ID))) out.push(DocumentRecordType.create({ id: TLDOCUMENT_ID }) as unknown as BoardRecord)
  const hasPage = [...records].some(([key, value]) => valid(key, value) && (value as BoardRecord).typeName === 'page')
  if (!hasPage) out.push(PageRecordType.create({ id: FIRST_PAGE_ID as never, name: pageName, index: 'a1' as never }) as unknown as BoardRecord)
  return out
}

/**
 * Migrates `records` (key → record) from `stored` to our schema in place; returns how many changed.
 * A record whose migration fails is removed from `records` and set aside, so one bad record does not
 * keep the rest of the board on an old schema.
 */
function migrate(records: Map<string, unknown>, stored: unknown, setAside: SetAsideEntry[]): number {
  const schema = boardSchema()
  const run = (store: Record<string, unknown>) => schema.migrateStoreSnapshot({ store: store as never, schema: stored as never })
  let result = run(Object.fromEntries(records))
  if (result.type === 'error') {
    for (const [key, value] of Array.from(records)) {
      const alone = run({ [key]: value })
      if (alone.type === 'error') {
        records.delete(key)
        setAside.push({ key, reason: `cannot be migrated from the stored schema (${alone.reason})`, value: jsonSafe(value) })
      }
    }
    result = run(Object.fromEntries(records))
    if (result.type === 'error') return 0
  }
  let changed = 0
  const migrated = result.value as Record<string, unknown>
  for (const key of Array.from(records.keys())) {
    const next = migrated[key]
    if (next === undefined) {
      records.delete(key)
      continue
    }
    if (JSON.stringify(next) !== JSON.stringify(records.get(key))) {
      records.set(key, next)
      changed++
    }
  }
  return changed
}

/**
 * Takes out of the records array, on the raw Yjs items, everything that is not a plain { key, val }
 * entry: other values in a JSON item, strings, nested types, binary, map-style entries.
 */
function removeMalformedEntries(doc: Y.Doc, origin: unknown): SetAsideEntry[] {
  const records = doc.getArray<unknown>(RECORDS_KEY)
  const out: SetAsideEntry[] = []
  const badEntries: Y.ID[] = []
  const badItems: Y.Item[] = []
  for (let item = records._start; item !== null; item = item.right) {
    if (item.deleted || item.content instanceof Y.ContentDeleted) continue
    const content = item.content
    if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
      const entries = (content as { arr: unknown[] }).arr
      entries.forEach((entry, k) => {
        const problem = entryProblem(entry)
        if (!problem) return
        const key = (entry as { key?: unknown } | null)?.key
        out.push({ ...(typeof key === 'string' ? { key } : {}), reason: problem, value: jsonSafe(entry) })
        badEntries.push(Y.createID(item.id.client, item.id.clock + k))
      })
    } else {
      badItems.push(item)
      out.push({ reason: `${content.constructor.name.replace(/^_?Content/, '').toLowerCase()} content in the records array`, value: contentValue(item) })
    }
  }
  for (const [key, item] of records._map) {
    if (item.deleted) continue
    badItems.push(item)
    out.push({ key, reason: 'a map-style entry in the records array', value: contentValue(item) })
  }
  if (badEntries.length === 0 && badItems.length === 0) return out
  doc.transact((tr) => {
    for (const item of badItems) item.delete(tr)
    for (const id of badEntries) {
      const item = Y.getItemCleanStart(tr, id)
      if (item.deleted) continue
      if (item.length > 1) Y.getItemCleanEnd(tr, doc.store, id)
      item.delete(tr)
    }
    if (records._searchMarker) records._searchMarker.length = 0
  }, origin)
  return out
}

function contentValue(item: Y.Item): unknown {
  const content = item.content
  if (content instanceof Y.ContentType) return jsonSafe(content.type.toJSON())
  return jsonSafe(content.getContent())
}

/** A value as JSON can hold it: binary as base64, anything else JSON cannot say as a string. */
function jsonSafe(value: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(value ?? null, (_key, v: unknown) => {
        if (v instanceof Uint8Array) return { base64: Buffer.from(v).toString('base64') }
        if (typeof v === 'bigint') return v.toString()
        return v
      }),
    )
  } catch {
    return String(value)
  }
}
