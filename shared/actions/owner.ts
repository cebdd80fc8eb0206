// `@Name` on a note names the owner of an action. Workshop notes are typed fast on tablets, so the
// rule is loose about names (diacritics, hyphens, "Jan de Vries" in straight or typographic quotes)
// and strict about what comes before the @: an e-mail address (a@b.nl) is not an owner.

export interface OwnerToken {
  owner: string
  /** Where the token (including the @ and quotes) is in the text: [start, end). */
  start: number
  end: number
}

/** Maximum length of an owner name, here and in hand edits (edit.ts). */
export const OWNER_MAX_LENGTH = 120

// Not after a letter, digit, dot, underscore or @: that is an e-mail address or a handle in a URL.
const NOT_IN_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_.@])`
// Straight quotes, or Dutch/English typographic ones („Jan”, “Jan”); typed quotes often mismatch.
const QUOTED = String.raw`["“„”]([^"“„”\n]{1,${OWNER_MAX_LENGTH}})["“”]`
// A bare name: one word, letters first; inner hyphens and apostrophes (Anne-Marie, D'Hondt).
const BARE = String.raw`(\p{L}[\p{L}\p{M}\p{N}_'’-]*)`
const OWNER_TOKEN = new RegExp(`${NOT_IN_WORD}@(?:${QUOTED}|${BARE})`, 'gu')

/** Every `@owner` token in the text, in order. Quoted names that are only spaces are no owner. */
export function findOwnerTokens(text: string): OwnerToken[] {
  const tokens: OwnerToken[] = []
  for (const match of text.matchAll(OWNER_TOKEN)) {
    const quoted = match[1]
    let raw = quoted ?? match[2] ?? ''
    let end = match.index + match[0].length
    if (quoted === undefined) {
      // "@Anna's" keeps its apostrophe, but "@Anna-" at the end of a phrase does not keep the dash.
      const trimmed = raw.replace(/['’-]+$/u, '')
      end -= raw.length - trimmed.length
      raw = trimmed
    }
    const owner = raw.trim().replace(/\s+/gu, ' ')
    if (owner && owner.length <= OWNER_MAX_LENGTH) tokens.push({ owner, start: match.index, end })
  }
  return tokens
}

/**
 * The text with every owner token blanked out by spaces of the same length, so that positions found
 * in it (by the date parser) are positions in the original text too.
 */
export function maskOwnerTokens(text: string, tokens: readonly OwnerToken[]): string {
  let masked = text
  for (const { start, end } of tokens) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end)
  return masked
}
