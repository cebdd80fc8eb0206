// The board document format: the one module that knows which Yjs types hold a Samenbord board.
// Everything else (client binding, server templates, outcomes, exports) goes through BoardDoc.
//
//   doc.getArray('records')  KeyValueArray<BoardRecord> (y-utility's YKeyValue format, O(change) per
//                            edit): every persistent tldraw record (document, pages, shapes, bindings,
//                            assets) keyed by record id. A key-value array rather than Y.Map so that
//                            moving the same note a thousand times does not grow the document.
//   doc.getMap('meta')       'formatVersion' (number), 'schema' (tldraw SerializedSchema the records
//                            were written with; the server migrates on load, see migrate.ts).
//   doc.getMap('participants') who took part: lower-cased name → Participant, written by the server
//                            from awareness when someone with a join/facilitator link first appears.
//   doc.getMap('control')    the facilitator's controls (lock, timer, follow, vote, silent, focus);
//                            see shared/facilitation.
//   doc.getMap('votes')      dot votes: note id → total dots (a number), as far as the room may see
//                            them; who placed them stays on the server (server/voting). Older boards
//                            hold { voterId: dots } per note: read as their sum.
//
// 'meta', 'participants', 'control' and 'votes' are PROTECTED_ROOTS: only the server writes them, and
// it refuses client updates that touch them. Every record written into 'records' must pass the record
// rules (recordRules.ts).
//
// Session-scoped tldraw records (camera, instance, pointer, presence) never enter the document:
// presence travels over Yjs awareness instead.
import type { SerializedSchema } from '@tldraw/store'
import type * as Y from 'yjs'
import { KeyValueArray } from './keyValueArray.ts'

export const BOARD_FORMAT_VERSION = 1
export const RECORDS_KEY = 'records'
export const META_KEY = 'meta'
const PARTICIPANTS_KEY = 'participants'
export const CONTROL_KEY = 'control'
export const VOTES_KEY = 'votes'
export const PROTECTED_ROOTS: ReadonlySet<string> = new Set([META_KEY, PARTICIPANTS_KEY, CONTROL_KEY, VOTES_KEY])

/** Someone who took part (join or facilitator link), recorded by the server when they first appear. */
export interface Participant {
  name: string
  color: string
  role: 'join' | 'facilitator'
  /** ISO time of the first appearance: the list is in order of arrival. */
  firstSeen: string
  /**
   * The browser's author id (at most 64 of [A-Za-z0-9_-]), as its notes carry it in meta.createdBy,
   * so the UI can tell whose notes are whose. Absent for clients that do not send one.
   */
  authorId?: string
  /** Organisation or role as the participant gave it with their name ("Gemeente", "bewoner"); optional. */
  organisation?: string
  /** Marked by the facilitator as not a participant (a test name, an observer): left out of the plan. */
  excluded?: boolean
}

/** The key of a name in the participants map: trimmed and lower-cased, so "Anna " and "anna" are one person. */
export function participantKey(name: string): string {
  return name.trim().toLowerCase()
}

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
export const DOCUMENT_TYPE_NAMES: ReadonlySet<string> = new Set(['document', 'page', 'shape', 'binding', 'asset'])

export function isDocumentRecord(record: { typeName: string }): boolean {
  return DOCUMENT_TYPE_NAMES.has(record.typeName)
}

const boards = new WeakMap<Y.Doc, BoardDoc>()

export class BoardDoc {
  readonly doc: Y.Doc
  readonly records: KeyValueArray<BoardRecord>
  readonly meta: Y.Map<unknown>
  /** Who took part, keyed by lower-cased name (a name typed twice is one person). */
  readonly participantsMap: Y.Map<Participant>
  /**
   * The key-value array updates its map only when the outermost transaction ends, so within one transaction
   * (a template placed after the first page, in one update) reads would miss earlier writes. Writes
   * made through apply() are kept here until then; null marks a removal.
   */
  private readonly pending = new Map<string, BoardRecord | null>()

  /**
   * One BoardDoc per Y.Doc: each KeyValueArray registers an observer on the document for good, so making
   * a new one per read would leak observers and rescan the array every time.
   */
  static of(doc: Y.Doc): BoardDoc {
    let board = boards.get(doc)
    if (!board) {
      board = new BoardDoc(doc)
      boards.set(doc, board)
    }
    return board
  }

  /** Prefer BoardDoc.of(doc); the constructor is for a doc nobody else reads as a board. */
  constructor(doc: Y.Doc) {
    const existing = boards.get(doc)
    this.doc = doc
    this.records = existing?.records ?? new KeyValueArray<BoardRecord>(doc.getArray<{ key: string; val: BoardRecord }>(RECORDS_KEY))
    this.meta = doc.getMap<unknown>(META_KEY)
    this.participantsMap = doc.getMap<Participant>(PARTICIPANTS_KEY)
    if (!existing) boards.set(doc, this)
    doc.on('afterTransaction', () => this.pending.clear())
  }

  get(id: string): BoardRecord | undefined {
    const pending = this.pending.get(id)
    if (pending !== undefined) return pending ?? undefined
    return this.records.get(id)
  }

  all(): BoardRecord[] {
    if (this.pending.size === 0) return Array.from(this.records.map.values(), (entry) => entry.val)
    const out: BoardRecord[] = []
    for (const [id, entry] of this.records.map) if (!this.pending.has(id)) out.push(entry.val)
    for (const record of this.pending.values()) if (record) out.push(record)
    return out
  }

  size(): number {
    return this.all().length
  }

  /** Writes and deletes in one transaction, so peers see one update. */
  apply(changes: { put?: readonly BoardRecord[]; remove?: readonly string[] }, origin?: unknown): void {
    const { put = [], remove = [] } = changes
    if (put.length === 0 && remove.length === 0) return
    for (const record of put) {
      if (!isDocumentRecord(record)) {
        throw new Error(`record ${record.id} of type ${record.typeName} is not part of the shared board`)
      }
    }
    this.doc.transact(() => {
      for (const id of remove) {
        if (this.get(id) === undefined) continue
        this.records.delete(id)
        this.pending.set(id, null)
      }
      for (const record of put) {
        this.records.set(record.id, record)
        this.pending.set(record.id, record)
      }
    }, origin)
  }

  participants(): Participant[] {
    return Array.from(this.participantsMap.values()).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen))
  }

  /**
   * Records a participant once; later appearances under the same name change nothing, except that an
   * entry without an author id gets the first one that comes along (older clients sent none), and a
   * new organisation given with the name replaces the one recorded (one left empty keeps it).
   */
  recordParticipant(participant: Participant, origin?: unknown): boolean {
    const key = participantKey(participant.name)
    if (!key) return false
    const existing = this.participantsMap.get(key)
    if (existing) {
      const next: Participant = { ...existing }
      if (existing.authorId === undefined && participant.authorId !== undefined) next.authorId = participant.authorId
      if (participant.organisation && participant.organisation !== existing.organisation) next.organisation = participant.organisation
      if (next.authorId === existing.authorId && next.organisation === existing.organisation) return false
      this.doc.transact(() => this.participantsMap.set(key, next), origin)
      return true
    }
    this.doc.transact(() => this.participantsMap.set(key, { ...participant, name: participant.name.trim() }), origin)
    return true
  }

  /**
   * Marks a recorded participant as not a participant (a test name, an observer) or takes the mark
   * away; the entry stays, so the name is still known. Undefined for a name never recorded.
   */
  setParticipantExcluded(name: string, excluded: boolean, origin?: unknown): Participant | undefined {
    const key = participantKey(name)
    const existing = key ? this.participantsMap.get(key) : undefined
    if (!existing) return undefined
    const { excluded: _was, ...rest } = existing
    const next: Participant = excluded ? { ...rest, excluded: true } : rest
    if (Boolean(existing.excluded) !== excluded) this.doc.transact(() => this.participantsMap.set(key, next), origin)
    return next
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
    const handler = (changes: Map<string, { action: 'add' | 'update' | 'delete'; newValue?: BoardRecord }>, tr: Y.Transaction) => {
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
