// Quick syntax on a note: "@Jan Subsidie aanvragen vóór 1 maart" gives owner Jan, due 1 March and the
// text "Subsidie aanvragen". Parsed on every read, never stored, so editing the note re-parses it.
import { findDueDate } from './dueDate.ts'
import { knownNames, type KnownNames } from './knownNames.ts'
import { findOwnerTokens, maskOwnerTokens } from './owner.ts'
import { findOwnerPrefix } from './ownerPrefix.ts'
import { capitaliseStart, cutRanges, tidyText } from './tidy.ts'

export interface QuickSyntax {
  /** The text without the owner token and the date phrase, whitespace tidied, starting with a capital. */
  text: string
  /** The first `@owner` (or, without one, the organisation before a colon at the start), or null. */
  owner: string | null
  /** The first date as YYYY-MM-DD, or null. */
  due: string | null
}

export interface QuickSyntaxOptions {
  /** Names known in the session or the working group, matched before the name grammar (knownNames.ts). */
  known?: KnownNames | readonly string[]
  /** The owner set by hand on this note: where the text spells it, that is the owner token to cut. */
  owner?: string | null
  /** The due date set by hand on this note: the phrase meaning that day is the date to cut. */
  due?: string | null
}

/**
 * Reads the first owner and the first due date from a note's text. `reference` is the workshop's
 * date: dates without a year are the next such day on or after it. The text left is the note minus
 * exactly those parts (with a date's lead-in word such as "vóór"), its first word capitalised.
 */
export function parseQuickSyntax(text: string, reference: Date, options: QuickSyntaxOptions = {}): QuickSyntax {
  // "vóór" typed with a combining accent must match the same as the precomposed one.
  const source = text.normalize('NFC')
  const given = options.known ?? []
  const known = Array.isArray(given) ? knownNames(given as readonly string[]) : (given as KnownNames)
  const owners = findOwnerTokens(source, { known, preferred: options.owner })
  const prefix = owners.length === 0 ? findOwnerPrefix(source, options.owner ? knownNames([options.owner, ...known.names]) : known) : undefined
  const preferred = options.owner?.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
  const first = prefix ?? owners.find((token) => token.owner.toLowerCase() === preferred) ?? owners[0]
  // chrono reads "@Jan" as January: the date parser must never see owner tokens (any of them).
  const date = findDueDate(maskOwnerTokens(source, prefix ? [prefix] : owners), reference, options.due)
  const cut = [...(first ? [first] : []), ...(date ? [date] : [])]
  return { text: capitaliseStart(tidyText(cutRanges(source, cut))), owner: first?.owner ?? null, due: date?.due ?? null }
}
