// A note written on the phone page: placed by the same shared rule as the notes API (inside the
// current question's area, covering no other note) and written straight into the synced board, so it
// appears live on every canvas and survives a dropped connection like any other edit. While a silent
// round covers it, it goes into our private document instead, like a note made on the canvas.
import { nanoid } from 'nanoid'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { readControl } from '../../../shared/facilitation/controlDoc.ts'
import { addNoteToBoard } from '../../../shared/templates/addNote.ts'
import { goesPrivate } from '../../../shared/workshop/silentView.ts'
import { authorshipNow } from '../identity/authorship.ts'

/** The notes API's limit (shared/templates/addNote.ts); the textarea stops there. */
export { MAX_NOTE_TEXT as MAX_NOTE_LENGTH } from '../../../shared/templates/addNote.ts'

/** Origin of the phone page's writes: not the canvas binding's own, so the canvas store takes them in. */
export const PHONE_ORIGIN = Symbol('samenbord:phone')

export function addPhoneNote(board: BoardDoc, text: string, areaId: string | null, mine: BoardDoc | null = null): string {
  const id = `shape:${nanoid()}` as const
  const meta = { ...authorshipNow() }
  // Our private notes take room too, though nobody else has them.
  const alsoTaken = mine?.all() ?? []
  // A full area grows to take the note, unless the structure lock holds participants back (the server
  // would then refuse the whole update, note and all): then the least covered spot in the area.
  const grow = !readControl(board.doc).lock.structure
  let added = addNoteToBoard({ board, text, id, meta, alsoTaken, grow, ...(areaId ? { areaId } : {}) })
  // The area was deleted a moment ago: the note still goes on the board, at a free spot.
  if (!added.ok) added = addNoteToBoard({ board, text, id, meta, alsoTaken })
  if (!added.ok) throw new Error(added.error)
  if (mine && goesPrivate(board, added.record)) mine.apply({ put: [added.record] }, PHONE_ORIGIN)
  else board.apply({ put: [added.record, ...added.also] }, PHONE_ORIGIN)
  return id
}
