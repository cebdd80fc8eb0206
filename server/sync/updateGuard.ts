// What a client's Yjs update would change, found BEFORE it is applied: which root types it writes or
// deletes in, and which entries of the `records` YKeyValue array it inserts or deletes. The write
// policy (writePolicy.ts) decides from this whether the update may be applied at all.
//
// Cost is proportional to the update (plus a binary search in the document per reference), never to
// the document: it runs on every message. Items are resolved the way Yjs would integrate them:
//   parent given as a root name      → that root;
//   parent given as an ID            → the root of the item holding that type;
//   otherwise origin / rightOrigin   → the same parent as that neighbour.
// Neighbours and parents are looked up in the document or earlier/later in the same update. Anything
// Yjs could not integrate yet (a missing dependency, a gap in a client's clocks, a deletion of
// something not there yet) would be kept pending by Yjs and applied later, unseen by this guard, so
// it is reported as `unresolved` and the policy must not apply the update.
//
// The records array holds plain JSON `{ key, val }` entries only. Anything else written into it (a
// string, a nested Y.Map/Y.Array/Y.Text, a map-style write with a parentSub, a write inside such a
// nested type, an entry that is not `{ key: string, val: object }`) is reported in `malformed`: Yjs
// would apply it, every reader of the board would trip over it.
import * as Y from 'yjs'
import { RECORDS_KEY } from '../../shared/board/boardDoc.ts'
import { entryProblem } from '../../shared/board/recordRules.ts'

/** One entry of the records array an update inserts or deletes. */
export interface RecordTouch {
  key: string
  /** From the entry's value, when it has them (a tldraw record: 'shape', 'page'…; 'note', 'sb-area'…). */
  typeName?: string
  type?: string
  /** The entry's value as written (not copied: read it, never change it); undefined if not an object. */
  val: Record<string, unknown> | undefined
}

export interface UpdateAnalysis {
  /** The update's size: what it may add to the document at most (the size limit judges this). */
  bytes: number
  /** Root types (doc.get* names) the update writes or deletes in. */
  roots: Set<string>
  /** Some part cannot be resolved against the document yet (Yjs would keep it pending). */
  unresolved: boolean
  /** Entries of the records array (YKeyValue) the update inserts. */
  inserted: RecordTouch[]
  /** Live entries of the records array the update deletes (already deleted ones change nothing). */
  deleted: RecordTouch[]
  /** What the update writes into the records array that is not a plain `{ key, val }` entry, described. */
  malformed: string[]
}

/** Where an item lands: in a root (directly as its child, `top`, or deeper), nowhere, or unknown yet. */
type Where = { root: string; top: boolean } | 'garbage' | 'unresolved'
type Struct = Y.Item | Y.GC | Y.Skip

const IN_PROGRESS = 'in-progress' as const

/** Root of each type seen, so a deep parent chain is walked once per type. */
const typeRoots = new WeakMap<Y.AbstractType<unknown>, { root: string; top: boolean }>()

function whereInType(type: Y.AbstractType<unknown>): { root: string; top: boolean } {
  const cached = typeRoots.get(type)
  if (cached) return cached
  let top = type
  while (top._item !== null) top = top._item.parent as Y.AbstractType<unknown>
  const where = { root: Y.findRootTypeKey(top), top: type._item === null }
  typeRoots.set(type, where)
  return where
}

/** Where an existing item of the document sits; undefined when the document has no struct there. */
function whereInDoc(doc: Y.Doc, id: Y.ID): Where | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined
  const structs = doc.store.clients.get(id.client)!
  const struct = structs[Y.findIndexSS(structs, id.clock)]
  if (!(struct instanceof Y.Item)) return 'garbage'
  if (!(struct.parent instanceof Y.AbstractType)) return 'unresolved'
  return whereInType(struct.parent)
}

function entryTouch(entry: unknown): RecordTouch {
  const e = (typeof entry === 'object' && entry !== null ? entry : {}) as { key?: unknown; val?: unknown }
  const val = typeof e.val === 'object' && e.val !== null && !Array.isArray(e.val) ? (e.val as Record<string, unknown>) : undefined
  const touch: RecordTouch = { key: typeof e.key === 'string' ? e.key : '', val }
  if (typeof val?.typeName === 'string') touch.typeName = val.typeName
  if (typeof val?.type === 'string') touch.type = val.type
  return touch
}

/** The JSON values an item holds (records entries are ContentAny; ContentJSON is the older encoding). */
function entriesOf(item: Y.Item): unknown[] | undefined {
  const content = item.content
  return content instanceof Y.ContentAny || content instanceof Y.ContentJSON ? (content as { arr: unknown[] }).arr : undefined
}

/** Content Yjs would put into the records array that is not JSON: a string, a nested type, binary… */
function contentName(item: Y.Item): string {
  return item.content.constructor.name.replace(/^_?Content/, '').toLowerCase() || 'unknown'
}

export function analyseUpdate(doc: Y.Doc, update: Uint8Array): UpdateAnalysis {
  const { structs, ds } = Y.decodeUpdate(update) as { structs: Struct[]; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } }
  const out: UpdateAnalysis = { bytes: update.byteLength, roots: new Set(), unresolved: false, inserted: [], deleted: [], malformed: [] }

  // Per client: indices of its structs (ascending clocks), and how far its clocks are covered without
  // a gap by the document plus this update. A struct beyond that coverage would stay pending.
  const byClient = new Map<number, number[]>()
  const integrable: boolean[] = new Array(structs.length).fill(false)
  const covered = new Map<number, number>()
  structs.forEach((struct, i) => {
    const client = struct.id.client
    let list = byClient.get(client)
    if (!list) {
      list = []
      byClient.set(client, list)
    }
    list.push(i)
    if (struct instanceof Y.Skip) return
    const upTo = covered.get(client) ?? Y.getState(doc.store, client)
    if (struct.id.clock > upTo) return
    integrable[i] = true
    covered.set(client, Math.max(upTo, struct.id.clock + struct.length))
  })

  const memo: Array<Where | typeof IN_PROGRESS | undefined> = new Array(structs.length)

  /** The struct of this update holding `id`, by binary search over its client's structs. */
  const indexInUpdate = (id: Y.ID): number | undefined => {
    const list = byClient.get(id.client)
    if (!list) return undefined
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = structs[list[mid]!]!
      if (id.clock < s.id.clock) hi = mid - 1
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1
      else return list[mid]
    }
    return undefined
  }

  /** Where the item at `id` is, or the index of an update struct that must be resolved first. */
  const lookup = (id: Y.ID): Where | { need: number } => {
    const inDoc = whereInDoc(doc, id)
    if (inDoc !== undefined) return inDoc
    const i = indexInUpdate(id)
    if (i === undefined || !integrable[i]) return 'unresolved'
    const struct = structs[i]!
    if (!(struct instanceof Y.Item)) return 'garbage'
    const known = memo[i]
    if (known === IN_PROGRESS) return 'unresolved' // a cycle: only a forged update has one
    return known ?? { need: i }
  }

  /** One attempt at an item's place, mirroring Item.getMissing: neighbours first, then the parent. */
  const attempt = (item: Y.Item): Where | { need: number } => {
    const parent = item.parent as unknown
    if (typeof parent === 'string' && item.origin === null && item.rightOrigin === null) return { root: parent, top: true }
    const left = item.origin ? lookup(item.origin) : null
    const right = item.rightOrigin ? lookup(item.rightOrigin) : null
    for (const side of [left, right]) {
      if (side !== null && typeof side === 'object' && 'need' in side) return side
      if (side === 'unresolved') return 'unresolved'
    }
    // Next to garbage, Yjs garbage-collects the new item too.
    if (left === 'garbage' || right === 'garbage') return 'garbage'
    if (typeof parent === 'string') return { root: parent, top: true }
    if (parent instanceof Y.ID) {
      const holder = lookup(parent)
      if (typeof holder === 'object' && 'need' in holder) return holder
      if (typeof holder === 'string') return holder
      return { root: holder.root, top: false }
    }
    const neighbour = (left ?? right) as Where | null
    return neighbour ?? 'garbage'
  }

  /** Resolves update struct `start` (and what it depends on) without recursion: updates can be long chains. */
  const resolve = (start: number): Where => {
    const stack = [start]
    while (stack.length > 0) {
      const i = stack[stack.length - 1]!
      const known = memo[i]
      if (known !== undefined && known !== IN_PROGRESS) {
        stack.pop()
        continue
      }
      memo[i] = IN_PROGRESS
      const result = attempt(structs[i] as Y.Item)
      if (typeof result === 'object' && 'need' in result) {
        stack.push(result.need)
        continue
      }
      memo[i] = result
      stack.pop()
    }
    return memo[start] as Where
  }

  structs.forEach((struct, i) => {
    if (!(struct instanceof Y.Item)) return // GC and Skip structs write nothing
    const known = Y.getState(doc.store, struct.id.client) - struct.id.clock
    if (known >= struct.length) return // the document has all of it already: a no-op
    if (!integrable[i]) {
      out.unresolved = true
      return
    }
    const where = resolve(i)
    if (where === 'unresolved') out.unresolved = true
    if (typeof where === 'string') return
    out.roots.add(where.root)
    if (where.root !== RECORDS_KEY) return
    if (!where.top) {
      out.malformed.push('a write inside a value nested in the records array')
      return
    }
    if (struct.parentSub !== null) {
      out.malformed.push('a map-style write into the records array')
      return
    }
    // Inserted and deleted again within the update: it holds nothing.
    if (struct.content instanceof Y.ContentDeleted) return
    const entries = entriesOf(struct)
    if (!entries) {
      out.malformed.push(`${contentName(struct)} content in the records array`)
      return
    }
    for (const entry of entries.slice(Math.max(0, known))) {
      const problem = entryProblem(entry)
      if (problem) out.malformed.push(problem)
      else out.inserted.push(entryTouch(entry))
    }
  })

  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(doc.store, client)
    const structsOfClient = doc.store.clients.get(client)
    for (const { clock, len } of ranges) {
      const end = clock + len
      // Deleting what is neither in the document nor in this update: Yjs would keep it pending.
      if (end > state && end > (covered.get(client) ?? state)) out.unresolved = true
      if (!structsOfClient || clock >= state) continue
      const docEnd = Math.min(end, state)
      for (let j = Y.findIndexSS(structsOfClient, clock); j < structsOfClient.length; j++) {
        const item = structsOfClient[j]!
        if (item.id.clock >= docEnd) break
        if (!(item instanceof Y.Item) || item.deleted) continue
        if (!(item.parent instanceof Y.AbstractType)) continue
        const where = whereInType(item.parent)
        out.roots.add(where.root)
        if (where.root !== RECORDS_KEY || !where.top || item.parentSub !== null) continue
        const entries = entriesOf(item)
        if (!entries) continue
        const from = Math.max(clock, item.id.clock) - item.id.clock
        const to = Math.min(docEnd, item.id.clock + item.length) - item.id.clock
        for (const entry of entries.slice(from, to)) out.deleted.push(entryTouch(entry))
      }
    }
  }
  return out
}
