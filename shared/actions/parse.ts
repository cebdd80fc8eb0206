// Quick syntax on a note: "@Jan Subsidie aanvragen vóór 1 maart" gives owner Jan, due 1 March and the
// text "Subsidie aanvragen". Parsed on every read, never stored, so editing the note re-parses it.
import { findDueDate } from './dueDate.ts'
import { findOwnerTokens, maskOwnerTokens } from './owner.ts'
import { cutRanges, tidyText } from './tidy.ts'

export interface QuickSyntax {
  /** The text without the owner token and the date phrase, whitespace tidied. */
  text: string
  /** The first `@owner`, or null. */
  owner: string | null
  /** The first date as YYYY-MM-DD, or null. */
  due: string | null
}

/**
 * Reads the first owner and the first due date from a note's text. `reference` is the workshop's
 * date: dates without a year are the next such day on or after it.
 */
export function parseQuickSyntax(text: string, reference: Date): QuickSyntax {
  // "vóór" typed with a combining accent must match the same as the precomposed one.
  const source = text.normalize('NFC')
  const owners = findOwnerTokens(source)
  // chrono reads "@Jan" as January: the date parser must never see owner tokens (any of them).
  const date = findDueDate(maskOwnerTokens(source, owners), reference)
  const first = owners[0]
  const cut = [...(first ? [first] : []), ...(date ? [date] : [])]
  return { text: tidyText(cutRanges(source, cut)), owner: first?.owner ?? null, due: date?.due ?? null }
}
