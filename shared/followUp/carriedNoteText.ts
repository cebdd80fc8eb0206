// The text of a note carried over into a follow-up session: the action, then who and by when in the
// board's own quick syntax ("@Anna, vóór 1 maart 2026"). On the canvas and in an image of the board
// everyone reads the owner and the date on the note itself; the actions list and the exports read the
// same line back as owner and due (parse.ts), so the text they show stays the action alone, and a
// follow-up of a follow-up carries the same text instead of piling up owner lines.
import type { Action } from '../actions/types.ts'
import { longDate } from '../export/labels.ts'

// One word of letters, with inner hyphens and apostrophes (Anne-Marie, D'Hondt): read back as typed.
const ONE_WORD = /^\p{L}(?:[\p{L}\p{M}\p{N}_'’-]*[\p{L}\p{M}\p{N}_])?$/u

/**
 * `@Anna`, or `@"Jan de Vries"` when the name is more than one word (quote marks inside dropped).
 * Quoted even where the name grammar would read it unquoted: a quoted name reads back the same
 * whatever names the next session knows, and in a follow-up of a follow-up.
 */
export function ownerToken(owner: string): string {
  if (ONE_WORD.test(owner)) return `@${owner}`
  return `@"${owner.replace(/["“„”]/gu, '').trim()}"`
}

/** The note text for a carried-over action; the text alone when it has neither owner nor due date. */
export function carriedNoteText(action: Pick<Action, 'text' | 'owner' | 'due'>): string {
  const parts: string[] = []
  if (action.owner) parts.push(ownerToken(action.owner))
  // Always with the year: an overdue action must not read as next year's deadline. Dutch, because
  // the quick syntax is read with the Dutch date parser.
  if (action.due) parts.push(`vóór ${longDate('nl', action.due)}`)
  if (parts.length === 0) return action.text
  const line = parts.join(', ')
  return action.text.trim() ? `${action.text}\n${line}` : line
}
