// Who wrote a note: every sticky note made in this browser gets meta.createdBy (the browser's author id,
// the same for all its tabs) and meta.createdAt (server clock). The silent brainstorm hides by it, and
// the facilitator's list of participants counts and finds each person's notes by it.
import type { Editor, TLShape } from 'tldraw'
import { serverClockOffset } from '../app/api.ts'
import { browserId } from './identity.ts'

export interface NoteAuthorship {
  createdBy: string
  createdAt: number
}

/** What a note made here carries; the time is the server's, like the silent brainstorm's start. */
export function authorshipNow(): NoteAuthorship {
  return { createdBy: browserId(), createdAt: Date.now() + serverClockOffset() }
}

/**
 * Stamps notes as they are created by this user (not those arriving from others). A note that already
 * has an author keeps it: undo after a delete brings back the original note, not a new one of ours.
 */
export function stampNoteAuthorship(editor: Editor): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape: TLShape, source) => {
    if (source !== 'user' || shape.type !== 'note') return shape
    const meta = shape.meta ?? {}
    if (typeof meta.createdBy === 'string' && typeof meta.createdAt === 'number') return shape
    return { ...shape, meta: { ...meta, ...authorshipNow() } }
  })
}
