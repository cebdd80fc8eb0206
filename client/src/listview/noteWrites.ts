// The list view's edits of an existing note, written straight into the synced board as the phone page
// writes its notes (PHONE_ORIGIN), so they are live on every canvas and the server's write policy judges
// them exactly as it judges the same edit made on the canvas. A note still waiting in our private
// document (a silent round) is edited there. Errors are values: the page says them through i18n.
import { toRichText } from '@tldraw/tlschema'
import type { BoardDoc, BoardRecord } from '../../../shared/board/index.ts'
import { readControl } from '../../../shared/facilitation/controlDoc.ts'
import { placeNoteInArea, withTextFit } from '../../../shared/layout/boardLayout.ts'
import { PHONE_ORIGIN } from '../phone/addPhoneNote.ts'

export type WriteResult = { ok: true } | { ok: false; error: 'gone' | 'area' | 'taken' }

/** What a delete took away, to put back with restoreNote (undo): the record as it was, and where it lived. */
export interface Removed {
  record: BoardRecord
  private: boolean
}

/** Where the note lives: our private document first (a silent-round note), else the board. */
function home(board: BoardDoc, mine: BoardDoc | null, id: string): { doc: BoardDoc; record: BoardRecord } | undefined {
  const waiting = mine?.get(id)
  if (mine && waiting) return { doc: mine, record: waiting }
  const record = board.get(id)
  return record ? { doc: board, record } : undefined
}

export function editNoteText(board: BoardDoc, mine: BoardDoc | null, id: string, text: string): WriteResult {
  const at = home(board, mine, id)
  if (!at) return { ok: false, error: 'gone' }
  const props = at.record.props as Record<string, unknown>
  at.doc.apply({ put: [withTextFit({ ...at.record, props: { ...props, richText: toRichText(text) } })] }, PHONE_ORIGIN)
  return { ok: true }
}

export function deleteNote(board: BoardDoc, mine: BoardDoc | null, id: string): { ok: true; removed: Removed } | { ok: false; error: 'gone' } {
  const at = home(board, mine, id)
  if (!at) return { ok: false, error: 'gone' }
  at.doc.apply({ remove: [id] }, PHONE_ORIGIN)
  return { ok: true, removed: { record: at.record, private: at.doc !== board } }
}

/**
 * Undo of a delete: the same record (same id, text, place, author) back where it lived, unless someone
 * has put a record with that id back meanwhile (then nothing is overwritten). The server judges the
 * write as any new note of ours (a lock refuses it).
 */
export function restoreNote(board: BoardDoc, mine: BoardDoc | null, removed: Removed): WriteResult {
  const id = removed.record.id
  if (board.get(id) !== undefined || mine?.get(id) !== undefined) return { ok: false, error: 'taken' }
  const doc = removed.private ? mine : board
  if (!doc) return { ok: false, error: 'gone' }
  doc.apply({ put: [removed.record] }, PHONE_ORIGIN)
  return { ok: true }
}

/**
 * Into another area, placed by the shared rule new notes follow (inside it, covering no other note);
 * the area grows when full unless the structure lock holds participants back, as for a new note.
 */
export function moveNote(board: BoardDoc, mine: BoardDoc | null, id: string, areaId: string): WriteResult {
  const at = home(board, mine, id)
  if (!at) return { ok: false, error: 'gone' }
  const isPrivate = at.doc !== board
  const records = [...board.all(), ...(mine?.all() ?? []).filter((r) => r.id !== id || isPrivate)]
  // A private note cannot grow the board's areas (that write would be ours, on the board, in the open).
  const grow = !isPrivate && !readControl(board.doc).lock.structure
  const placed = placeNoteInArea(records, areaId, at.record, { grow })
  if (!placed) return { ok: false, error: 'area' }
  if (isPrivate) at.doc.apply({ put: [placed.note] }, PHONE_ORIGIN)
  else board.apply({ put: [placed.note, ...placed.also.filter((r) => board.get(r.id) !== undefined)] }, PHONE_ORIGIN)
  return { ok: true }
}
