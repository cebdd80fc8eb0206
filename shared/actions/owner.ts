// `@Name` on a note names the owner of an action. Workshop notes are typed fast on tablets, so the
// rule is loose about names (diacritics, hyphens, "Jan de Vries" in straight or typographic quotes)
// and strict about what comes before the @: an e-mail address (a@b.nl) is not an owner.
// What one owner is, after the @ (documented in the README), first rule that applies:
//   1. a quoted name: @"Jan de Vries", @„Jan de Vries”;
//   2. the note's own owner set by hand, when the text there spells it (so a corrected owner also
//      cleans the text: owner set to "Jan Bakker" makes "@Jan Bakker Subsidie" read "Subsidie");
//   3. the longer of: the longest known name written there (knownNames.ts), and the grammar below;
//   4. the grammar: a first name, then optionally particles and a capitalised surname (particles.ts:
//      "@Jan de Vries", "@Anna van der Berg", "@Fatima El Amrani", "@Jan d'Ancona"), or particles and a
//      surname alone ("@de Vries"). A capitalised word with no particle before it is NOT a surname:
//      "@Anna Buurt uitnodigen" is Anna's (notes start actions with a capital); write @"Jan Jansen",
//      or have Jan Jansen known, for a two-word name. A lowercase word never is: "@Jan kerstverlichting".
//      An organisation word (organisations.ts) never is either: "@Jan van de Gemeente" is Jan.
import { isOrganisationWord } from './organisations.ts'
import { isParticle, PARTICLE } from './particles.ts'
import { knownNameAt, NO_KNOWN_NAMES, type KnownNames } from './knownNames.ts'
import { OWNER_MAX_LENGTH } from './types.ts'

export interface OwnerToken {
  owner: string
  /** Where the token (including the @ and quotes) is in the text: [start, end). */
  start: number
  end: number
}

export interface OwnerContext {
  known?: KnownNames
  /** The owner set by hand on this note, tried first at every @. */
  preferred?: string | null
}

// Not after a letter, digit, dot, underscore or @: that is an e-mail address or a handle in a URL.
const NOT_IN_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_.@])`
// Straight quotes, or Dutch/English typographic ones („Jan”, “Jan”); typed quotes often mismatch.
const QUOTED_SOURCE = String.raw`["“„”]([^"“„”\n]{1,${OWNER_MAX_LENGTH}})["“”]`
const QUOTED = new RegExp(QUOTED_SOURCE, 'uy')
const AT = new RegExp(`${NOT_IN_WORD}@`, 'gu')
// A bare name: one word, letters first; inner hyphens and apostrophes (Anne-Marie, D'Hondt).
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}_'’-]*`
const SURNAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`
// "de Vries", "van der Berg", or "d'Ancona" (the particle written against the surname).
const PARTICLE_SURNAME = String.raw`(?:(${PARTICLE})[ \t\u00a0]+|([dDlL]['’]))(${SURNAME})`
const SURNAME_ONLY = new RegExp(PARTICLE_SURNAME, 'uy')
const FIRST_AND_SURNAME = new RegExp(String.raw`(${WORD})(?:[ \t\u00a0]+${PARTICLE_SURNAME})?`, 'uy')

function trimEnd(raw: string): string {
  return raw.replace(/['’-]+$/u, '')
}

function isSurname(word: string): boolean {
  return !isParticle(word) && !isOrganisationWord(trimEnd(word))
}

/** The length of the name the grammar reads at `at` (just after the @), 0 for none. */
function grammarNameLength(text: string, at: number): number {
  SURNAME_ONLY.lastIndex = at
  const alone = SURNAME_ONLY.exec(text)
  if (alone && isSurname(alone[3]!)) return trimEnd(alone[0]).length
  FIRST_AND_SURNAME.lastIndex = at
  const m = FIRST_AND_SURNAME.exec(text)
  if (!m) return 0
  const surname = m[4]
  if (surname && isSurname(surname)) return trimEnd(m[0]).length
  return trimEnd(m[1]!).length
}

function startsWithName(text: string, at: number, name: string | null | undefined): boolean {
  if (!name) return false
  return knownNameAt(text, at, { names: [name.normalize('NFC').trim().replace(/\s+/gu, ' ')] }) !== undefined
}

/** Every `@owner` token in the text, in order. Quoted names that are only spaces are no owner. */
export function findOwnerTokens(text: string, context: OwnerContext = {}): OwnerToken[] {
  const known = context.known ?? NO_KNOWN_NAMES
  const tokens: OwnerToken[] = []
  for (const match of text.matchAll(AT)) {
    const start = match.index
    const at = start + 1
    QUOTED.lastIndex = at
    const quoted = QUOTED.exec(text)
    let owner: string
    let end: number
    if (quoted) {
      owner = quoted[1]!.trim().replace(/\s+/gu, ' ')
      end = at + quoted[0].length
    } else if (startsWithName(text, at, context.preferred)) {
      owner = context.preferred!.trim().replace(/\s+/gu, ' ')
      end = at + owner.length
    } else {
      const grammar = grammarNameLength(text, at)
      const knownName = knownNameAt(text, at, known)
      if (knownName && knownName.length >= grammar) {
        owner = knownName
        end = at + knownName.length
      } else {
        owner = text.slice(at, at + grammar).replace(/\s+/gu, ' ')
        end = at + grammar
      }
    }
    if (owner && owner.length <= OWNER_MAX_LENGTH) tokens.push({ owner, start, end })
  }
  return tokens
}

/**
 * The text with every token blanked out by spaces of the same length, so that positions found in it
 * (by the date parser) are positions in the original text too.
 */
export function maskOwnerTokens(text: string, tokens: ReadonlyArray<{ start: number; end: number }>): string {
  let masked = text
  for (const { start, end } of tokens) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end)
  return masked
}
