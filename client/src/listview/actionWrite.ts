// The list view's writes of a note's action and decision state: straight into the synced board
// document (no editor here), under the same shared rules as the canvas's edits (actions/edits.ts):
// toggleActionMark, toggleDecisionMark and planActionEdit (validation, the note's text, the Terugblik
// lane). The origin is not the canvas binding's, so a canvas open on the same document takes them in.
// A note of ours still private in a silent round lives in our private document: it is written there.
import { planActionEdit, toggleActionMark, type ActionEditPlan, type NoteEditContext } from '../../../shared/actions/index.ts'
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { BoardDoc, BoardRecord } from '../../../shared/board/index.ts'
import { toggleDecisionMark } from '../../../shared/decisions/mark.ts'
import { readControl } from '../../../shared/facilitation/controlDoc.ts'

export const LIST_ACTION_ORIGIN = Symbol('samenbord:list-action')

export interface NoteDocs {
  board: BoardDoc
  privateBoard?: BoardDoc | null
}

/** The document that holds note `noteId`, and the note. */
function holder(docs: NoteDocs, noteId: string): { doc: BoardDoc; note: BoardRecord } | null {
  for (const doc of [docs.board, docs.privateBoard]) {
    const note = doc?.get(noteId)
    if (doc && note && note.type === 'note') return { doc, note }
  }
  return null
}

function toggle(docs: NoteDocs, noteId: string, rule: (record: BoardRecord) => BoardRecord): boolean {
  const found = holder(docs, noteId)
  if (!found) return false
  found.doc.apply({ put: [rule(found.note)] }, LIST_ACTION_ORIGIN)
  return true
}

/** Marks the note as an action, or unmarks it (owner, due and status stay for a next mark). */
export function toggleActionOnBoard(docs: NoteDocs, noteId: string): boolean {
  return toggle(docs, noteId, toggleActionMark)
}

export function toggleDecisionOnBoard(docs: NoteDocs, noteId: string): boolean {
  return toggle(docs, noteId, toggleDecisionMark)
}

/**
 * Owner, due date and/or status, written as one update. A full Terugblik lane grows to take a note
 * whose status moved it there, unless the structure lock holds participants back (the server would
 * refuse the whole update): then the least covered spot in the lane, as the phone page's notes do.
 */
export function patchActionOnBoard(docs: NoteDocs, noteId: string, patch: ActionPatch, context: NoteEditContext): ActionEditPlan {
  const found = holder(docs, noteId)
  if (!found) return { ok: false, error: 'unknown-note', message: `no note ${noteId}` }
  const grow = !readControl(docs.board.doc).lock.structure
  const plan = planActionEdit(found.doc.all(), noteId, patch, context, { grow })
  if (plan.ok) found.doc.apply({ put: plan.put }, LIST_ACTION_ORIGIN)
  return plan
}
