// The text of a note carried over into a follow-up session: the action, then who and by when in the
// board's own quick syntax ("@Anna, vóór 1 maart 2026"). On the canvas and in an image of the board
// everyone reads the owner and the date on the note itself; the actions list and the exports read the
// same line back as owner and due (parse.ts), so the text they show stays the action alone, and a
// follow-up of a follow-up carries the same text instead of piling up owner lines. A hand edit of owner
// or due rewrites a note's text in the same format (shared/actions/noteTextEdit.ts).
import { NO_KNOWN_NAMES, type KnownNames } from '../actions/knownNames.ts'
import { findOwnerTokens } from '../actions/owner.ts'
import type { Action } from '../actions/types.ts'
import { longDate } from '../export/labels.ts'

/**
 * `@Jan de Vries`, or `@"Jan Bakker"` only where the quick syntax would not read the bare name back as
 * the whole owner (people find the quotes technical): without known names the grammar reads "@Jan
 * Bakker" as Jan, "@Gemeente Oosterhout" as Gemeente and "@Anna." as Anna. `known` are the names the
 * board reading the note knows (knownNames.ts); without them only the name grammar counts, which reads
 * the same in any session. Quote marks inside the name are dropped.
 */
export function ownerToken(owner: string, known: KnownNames = NO_KNOWN_NAMES): string {
  const name = owner
    .replace(/["“„”]/gu, '')
    .trim()
    .replace(/\s+/gu, ' ')
  const bare = `@${name}`
  const read = findOwnerTokens(bare, { known })
  if (read.length === 1 && read[0]!.owner === name && read[0]!.end === bare.length) return bare
  return `@"${name}"`
}

/**
 * The note text for an action: its text, then owner and due date on a line of their own; the text
 * alone when it has neither owner nor due date. `known`: see ownerToken.
 */
export function carriedNoteText(action: Pick<Action, 'text' | 'owner' | 'due'>, known?: KnownNames): string {
  const parts: string[] = []
  if (action.owner) parts.push(ownerToken(action.owner, known))
  // Always with the year: an overdue action must not read as next year's deadline. Dutch, because
  // the quick syntax is read with the Dutch date parser.
  if (action.due) parts.push(`vóór ${longDate('nl', action.due)}`)
  if (parts.length === 0) return action.text
  const line = parts.join(', ')
  return action.text.trim() ? `${action.text}\n${line}` : line
}
