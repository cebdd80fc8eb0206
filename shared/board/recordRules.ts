// What a record must be to enter the board, one rule set for every way in: a client's live update (the
// server's write policy), a board loaded from disk (records that break a rule are set aside), and an
// imported backup. Two kinds of rules:
//
//   one record on its own (recordProblem)   a document type tldraw knows, valid for tldraw's record
//                                            validators with our shapes' props, plain JSON, bounded in
//                                            size, stored under its own id;
//   the board around it (structureProblem)  a shape's parent (page or shape) and a binding's shapes
//                                            exist, parents form no cycle, the document record and at
//                                            least one page stay.
//
// A record that breaks the first kind can never be shown; one that breaks the second makes tldraw fail
// or lose shapes. Both are pure: no Yjs, no I/O.
import { DOCUMENT_TYPE_NAMES, type BoardRecord } from './boardDoc.ts'
import { boardSchema } from './schema.ts'

/**
 * Longest record (its JSON, in UTF-16 code units) for every type but assets. A 2,000-character note
 * with rich text is about 2.5k; with every word formatted (bold, italic, a link) still under 40k, so
 * 128k leaves room for long lines and freehand strokes while keeping any one record a small part of
 * a board.
 */
export const MAX_RECORD_CHARS = 128 * 1024
/**
 * Assets may carry a pasted image inline (a data: URL, tldraw's default without an asset store); the
 * WebSocket message limit (MAX_MESSAGE_BYTES) and the document limit bound them further.
 */
const MAX_ASSET_RECORD_CHARS = 16 * 1024 * 1024

const DOCUMENT_ID = 'document:document'

/** The size a record may have, by type name. */
function maxRecordChars(typeName: string): number {
  return typeName === 'asset' ? MAX_ASSET_RECORD_CHARS : MAX_RECORD_CHARS
}

/**
 * Why `value`, stored under `key` in the records array, cannot be on the board; undefined when it can.
 * Checks the record on its own; structureProblem checks it against the board.
 */
export function recordProblem(key: string, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${describeKey(key)}: not a record object`
  const record = value as Record<string, unknown>
  const { id, typeName } = record
  if (typeof id !== 'string') return `${describeKey(key)}: record without a string id`
  if (id !== key) return `${describeKey(key)}: record id ${describeKey(id)} differs from its key`
  if (typeof typeName !== 'string' || !DOCUMENT_TYPE_NAMES.has(typeName))
    return `${describeKey(key)}: type ${describeKey(String(typeName))} does not belong on the board`
  const limit = maxRecordChars(typeName)
  const size = jsonChars(record, limit)
  if (size === NOT_JSON) return `${describeKey(key)}: not plain JSON`
  if (size === TOO_LARGE) return `${describeKey(key)}: larger than ${limit} characters`
  try {
    boardSchema().validateRecord(null as never, record as never, 'createRecord', null)
  } catch (error) {
    return `${describeKey(key)}: ${firstLine(error)}`
  }
  return undefined
}

/**
 * Why an entry of the records array is not a plain `{ key, val }` entry with an object value (the
 * YKeyValue format every reader of the board expects); undefined when it is one.
 */
export function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'an entry that is not a { key, val } object'
  const keys = Object.keys(entry)
  if (keys.length !== 2 || !('key' in entry) || !('val' in entry)) return 'an entry with other fields than key and val'
  const { key, val } = entry as { key: unknown; val: unknown }
  if (typeof key !== 'string') return 'an entry whose key is not a string'
  if (typeof val !== 'object' || val === null || Array.isArray(val)) return `entry ${describeKey(key)} whose value is not an object`
  return undefined
}

/** Whether recordProblem finds nothing wrong: `value` is a record the board can hold under `key`. */
export function isValidRecord(key: string, value: unknown): value is BoardRecord {
  return recordProblem(key, value) === undefined
}

/** The board after a change, as the structure rules need to see it. */
export interface BoardAfter {
  /** The record with this id once the change is applied (undefined: there is none). */
  get(id: string): BoardRecord | undefined
  /** Every record once the change is applied; read only when the change removes records. */
  all(): Iterable<BoardRecord>
}

/**
 * Why the board after a change breaks the structure rules, or undefined when it does not. `changed`
 * are the records the change writes (each already valid on its own), `removed` the ids it takes away
 * without writing them again. Cost: the parent chains of the changed records, plus one pass over the
 * board when something is removed (a removed parent or bound shape must leave nothing behind).
 */
export function structureProblem(changed: Iterable<BoardRecord>, removed: Iterable<string>, after: BoardAfter): string | undefined {
  for (const record of changed) {
    const problem = referenceProblem(record, after)
    if (problem) return problem
  }
  const gone = new Set<string>()
  for (const id of removed) if (after.get(id) === undefined) gone.add(id)
  if (gone.size === 0) return undefined
  if (gone.has(DOCUMENT_ID)) return 'the document record cannot be removed'
  let pages = 0
  for (const record of after.all()) {
    if (record.typeName === 'page') pages++
    const refs = references(record)
    for (const ref of refs) if (gone.has(ref)) return `${record.id} refers to ${ref}, which is removed`
  }
  if (pages === 0 && [...gone].some((id) => id.startsWith('page:'))) return 'the last page cannot be removed'
  return undefined
}

/**
 * Every record of a whole board that cannot stay, with the reason: records that break a rule on their
 * own, then (repeatedly, as taking one away can strand others) shapes whose parent is missing, of the
 * wrong kind or in a cycle, and bindings whose shapes are missing. Empty for a board that opens as it
 * is. Linear in the board (each parent chain is walked once).
 */
export function boardProblems(records: ReadonlyMap<string, unknown>): Map<string, string> {
  const problems = new Map<string, string>()
  const valid = new Map<string, BoardRecord>()
  for (const [key, value] of records) {
    const problem = recordProblem(key, value)
    if (problem) problems.set(key, problem)
    else valid.set(key, value as BoardRecord)
  }
  for (let changed = true; changed; ) {
    changed = false
    const rooted = new Set<string>()
    for (const record of valid.values()) {
      const problem = referenceProblem(record, { get: (id) => valid.get(id), all: () => valid.values() }, rooted)
      if (!problem) continue
      problems.set(record.id, problem)
      valid.delete(record.id)
      changed = true
    }
  }
  return problems
}

/** The ids a record needs to exist: a shape's parent, a binding's two shapes. */
function references(record: BoardRecord): string[] {
  if (record.typeName === 'shape') return [record.parentId as string]
  if (record.typeName === 'binding') return [record.fromId as string, record.toId as string]
  return []
}

/** `rooted`: shapes already known to lead up to a page (a whole-board pass walks each chain once). */
function referenceProblem(record: BoardRecord, after: BoardAfter, rooted?: Set<string>): string | undefined {
  for (const ref of references(record)) {
    const target = after.get(ref)
    if (!target) return `${record.id} refers to ${ref}, which is not on the board`
    const expected = record.typeName === 'shape' && ref.startsWith('page:') ? 'page' : 'shape'
    if (target.typeName !== expected) return `${record.id} refers to ${ref}, which is not a ${expected}`
  }
  if (record.typeName !== 'shape') return undefined
  // Up the parent chain to a page; meeting the shape again (or any shape twice) is a cycle.
  const seen = new Set<string>([record.id])
  let parentId = record.parentId as string
  while (parentId.startsWith('shape:') && !rooted?.has(parentId)) {
    if (seen.has(parentId)) return `${record.id} is its own ancestor`
    seen.add(parentId)
    const parent = after.get(parentId)
    if (!parent) return `${record.id} has an ancestor ${parentId} that is not on the board`
    parentId = parent.parentId as string
  }
  if (rooted) for (const id of seen) rooted.add(id)
  return undefined
}

const NOT_JSON = -1
const TOO_LARGE = -2

/**
 * Roughly the length of the value's JSON (exact for ASCII strings), without building it and without
 * recursion, stopping as soon as it passes `limit`; NOT_JSON for anything JSON cannot hold (binary,
 * bigint, non-finite numbers, class instances). `undefined` inside an object counts as absent, as in
 * JSON.stringify, because Yjs keeps it and tldraw's optional fields may hold it.
 */
function jsonChars(value: unknown, limit: number): number {
  let size = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || v === undefined || typeof v === 'boolean') size += 5
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return NOT_JSON
      size += 8
    } else if (typeof v === 'string') size += v.length + 2
    else if (Array.isArray(v)) {
      size += 2 + v.length
      for (const item of v) stack.push(item)
    } else if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== null) return NOT_JSON
      for (const [k, item] of Object.entries(v)) {
        size += k.length + 4
        stack.push(item)
      }
      size += 2
    } else return NOT_JSON
    if (size > limit) return TOO_LARGE
  }
  return size
}

function describeKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 200)
}
