// tldraw store ↔ BoardDoc. Loads the board's records into the store, then mirrors both ways:
// the user's own document changes go into the Y.Doc (also while offline: y-websocket sends them on
// reconnect), and every change that arrives in the Y.Doc from elsewhere is merged into the store.
//
// With a private document (a participant's silent-round notes, see shared/board/privateDoc.ts) the
// store shows the board plus those notes, the private copy winning where both hold an id. A note the
// user creates while a silent round covers it goes to the private document, and so do its later edits,
// moves and deletion, for as long as it lives there. At the reveal the server writes the notes onto
// the board and then deletes them here, listing them as revealed: a revealed note stays on screen
// (same id) until the board brings it, whichever of the two sockets delivers first.
//
// Remote changes are merged once per animation frame (nextFrame.ts), all of them in one tldraw
// transaction: 1,000 notes from ten people are one store update and one render, not ten. Only the
// changed ids wait; their values are read from the Y.Doc at the flush (pendingRemote.ts), after the
// user's own pending store changes have been written into it, so the store always ends up as the
// Y.Doc is and a local edit made in between is never overwritten by an older remote value.
import type { SerializedSchema } from '@tldraw/store'
import type { TLRecord, TLStore } from 'tldraw'
import { isDocumentRecord, revealedIds, type BoardChanges, type BoardDoc, type BoardRecord } from '../../../shared/board/index.ts'
import { goesPrivate } from '../../../shared/workshop/silentView.ts'
import { nextFrame, type Schedule } from './nextFrame.ts'
import { PendingRemote, type StoreChanges } from './pendingRemote.ts'
import { shareUnchanged } from './shareUnchanged.ts'

/** Origin of the Y.Doc transactions this client makes from tldraw changes. */
export const LOCAL_ORIGIN = Symbol('samenbord:tldraw')

export interface StoreBindingOptions {
  /** Viewers never write into the Y.Doc (the server would drop it anyway). */
  readOnly: boolean
  /** This participant's private document (silent rounds); none for viewers. */
  privateBoard?: BoardDoc
  /** When a batch of remote changes is merged (tests pass their own). */
  schedule?: Schedule
}

export function bindStoreToBoard(store: TLStore, board: BoardDoc, opts: StoreBindingOptions): () => void {
  const toCurrentSchema = recordMigrator(store, board)
  const mine = opts.privateBoard
  const isMine = (id: string) => mine?.get(id) !== undefined
  const merge = (put: TLRecord[], remove: string[]) => {
    const present = remove.filter((id) => store.has(id as TLRecord['id'])) as TLRecord['id'][]
    if (put.length === 0 && present.length === 0) return
    store.mergeRemoteChanges(() => {
      if (present.length) store.remove(present)
      putRecords(
        store,
        put.map((record) => shareUnchanged(store.get(record.id), record)),
      )
    })
  }

  // 1. Load what the board holds, and our private notes.
  const shown = mine ? [...board.all().filter((r) => !isMine(r.id)), ...mine.all()] : board.all()
  store.mergeRemoteChanges(() => putRecords(store, toCurrentSchema(shown)))

  // 2. Y.Doc → store, for every transaction that isn't our own, batched per frame.
  const pending = new PendingRemote()
  const schedule = opts.schedule ?? nextFrame
  let cancelFlush: (() => void) | undefined
  const flush = () => {
    cancelFlush = undefined
    // The user's store changes of this frame go into the Y.Doc first (tldraw hands them to our
    // listener below only once a frame): what is read next already holds them.
    store._flushHistory()
    const { put, remove } = pending.take(board, mine, () => (mine ? revealedIds(mine.doc) : new Set()))
    merge(toCurrentSchema(put), remove)
  }
  const later = () => {
    cancelFlush ??= schedule(flush)
  }
  const unobserveBoard = board.observe((changes, origin) => {
    if (origin === LOCAL_ORIGIN) return
    pending.boardChanged(changedIds(changes))
    later()
  })
  const unobserveMine = mine
    ? mine.observe((changes, origin) => {
        if (origin === LOCAL_ORIGIN) return
        pending.mineChanged(changedIds(changes))
        later()
      })
    : () => {}

  // 3. store → Y.Doc, for the user's own document changes (remote merges have source 'remote').
  const unlisten = opts.readOnly
    ? () => {}
    : store.listen(
        ({ changes }) => {
          const toBoard: StoreChanges = { put: [], remove: [] }
          const toMine: StoreChanges = { put: [], remove: [] }
          for (const record of Object.values(changes.added)) {
            if (!isDocumentRecord(record)) continue
            const r = asBoard(record)
            ;(mine && (isMine(r.id) || goesPrivate(board, r)) ? toMine : toBoard).put.push(r)
          }
          for (const [, to] of Object.values(changes.updated)) {
            if (isDocumentRecord(to)) (isMine(to.id) ? toMine : toBoard).put.push(asBoard(to))
          }
          for (const record of Object.values(changes.removed)) {
            if (!isDocumentRecord(record)) continue
            if (isMine(record.id)) toMine.remove.push(record.id)
            if (board.get(record.id)) toBoard.remove.push(record.id)
          }
          board.apply(toBoard, LOCAL_ORIGIN)
          mine?.apply(toMine, LOCAL_ORIGIN)
        },
        { source: 'user', scope: 'document' },
      )

  return () => {
    cancelFlush?.()
    pending.clear()
    unlisten()
    unobserveBoard()
    unobserveMine()
  }
}

function changedIds(changes: BoardChanges): string[] {
  return [...changes.added.map((r) => r.id), ...changes.updated.map((r) => r.id), ...changes.removed]
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
