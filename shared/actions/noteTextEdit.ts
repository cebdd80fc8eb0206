// A hand edit of an action's owner or due date (panel or API) must change what the note says too: the
// room reads the note on the board (and an image of it in the exports), not the actions list. One rule
// for the client's edit and the server's patch:
//   when a hand edit sets owner or due, and the note's text spells an owner or a date (read as the
//   actions list reads it: parseQuickSyntax with the board's known names and the hand edits) that is
//   not the action's owner and due after the edit, the text becomes the clean action text
//   (the note minus exactly the parsed owner and date) with the owner and date on a line of their own in
//   the board's shorthand ("@Gemeente, vóór 28 februari 2027", carriedNoteText). A note that spells
//   neither an owner nor a date stays as typed: the quick syntax is not added where nobody used it.
import { toRichText } from '@tldraw/tlschema'
import type { BoardRecord } from '../board/boardDoc.ts'
import { noteText } from '../board/richText.ts'
import { carriedNoteText } from '../followUp/carriedNoteText.ts'
import { withTextFit } from '../layout/boardLayout.ts'
import { applyActionPatch } from './edit.ts'
import { NO_KNOWN_NAMES, type KnownNames } from './knownNames.ts'
import { actionMeta, isPlainObject } from './meta.ts'
import { parseQuickSyntax } from './parse.ts'
import type { ActionMeta, ActionPatch } from './types.ts'

export interface NoteEditContext {
  /** The workshop's date, relative to which the note's dates are read (as readActions does). */
  reference: Date
  /** The names the board knows before the edit (boardKnownNames), as readActions reads the note. */
  known?: KnownNames
}

function ownerKey(owner: string | null): string | null {
  return owner === null ? null : owner.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
}

/**
 * The note's text after the edit `patch` of a note whose hand edits so far are `before`, or undefined
 * when the text stays as it is (the patch sets neither owner nor due, the text spells neither, or what
 * it spells is still the action's owner and due; a name in other capitals counts as the same name).
 */
export function noteTextAfterEdit(text: string, before: ActionMeta, patch: ActionPatch, context: NoteEditContext): string | undefined {
  if (patch.owner === undefined && patch.due === undefined) return undefined
  const known = context.known ?? NO_KNOWN_NAMES
  const read = (hints: ActionMeta) => parseQuickSyntax(text, context.reference, { known, owner: hints.owner, due: hints.due })
  // The hand values after the edit (undefined: none, the text decides).
  const wanted: ActionMeta = {
    owner: patch.owner !== undefined ? patch.owner : before.owner,
    due: patch.due !== undefined ? patch.due : before.due,
  }
  // Which words are the owner and the date (parse.ts): where the text spells the new owner or date,
  // those ("@Jan Bakker Subsidie" corrected to Jan Bakker: the text already says it); otherwise the
  // words the actions list took for them until now, read with the hand edits made before this one.
  const asWanted = read(wanted)
  const hints: ActionMeta = {
    owner: ownerKey(asWanted.owner) === ownerKey(wanted.owner ?? null) ? wanted.owner : before.owner,
    due: asWanted.due === wanted.due ? wanted.due : before.due,
  }
  const spelled = hints.owner === wanted.owner && hints.due === wanted.due ? asWanted : read(hints)
  if (spelled.owner === null && spelled.due === null) return undefined
  const owner = wanted.owner !== undefined ? wanted.owner : spelled.owner
  const due = wanted.due !== undefined ? wanted.due : spelled.due
  if (ownerKey(spelled.owner) === ownerKey(owner) && spelled.due === due) return undefined
  return carriedNoteText({ text: spelled.text, owner, due }, known)
}

/**
 * applyActionPatch, and the note's text rewritten by the rule above when it applies: the text as plain
 * rich text (one paragraph a line), the note's height and font fitted to it (withTextFit; an editor
 * measures again itself), every other prop and meta kept. The record itself is not touched.
 */
export function applyActionEdit(record: BoardRecord, patch: ActionPatch, context: NoteEditContext): BoardRecord {
  const patched = applyActionPatch(record, patch)
  const text = noteTextAfterEdit(noteText(record), actionMeta(record), patch, context)
  if (text === undefined) return patched
  const props = isPlainObject(patched.props) ? patched.props : {}
  return withTextFit({ ...patched, props: { ...props, richText: toRichText(text) } })
}
