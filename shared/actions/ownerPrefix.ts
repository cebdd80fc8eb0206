// "Gemeente: vergunning aanvragen": an organisation (or a known name) and a colon at the very start of
// a note names the owner. The rule is in organisations.ts; the @ form wins when a note has both.
import { knownNameAt, type KnownNames } from './knownNames.ts'
import { isOrganisationWord } from './organisations.ts'
import { PARTICLE } from './particles.ts'
import type { OwnerToken } from './owner.ts'

const SPACE = String.raw`[ \t\u00a0]`
// A colon that is not a time's ("10:00") nor a web address's ("https://").
const COLON = new RegExp(String.raw`^${SPACE}*:(?![\d/])`, 'u')
// An organisation word, then up to three capitalised words, each perhaps after particles: "Gemeente
// Oosterhout", "Politie Den Bosch", "Woonstichting De Key".
const ORGANISATION = new RegExp(String.raw`^(\p{L}[\p{L}\p{M}'’-]*)((?:${SPACE}+(?:${PARTICLE}${SPACE}+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3})`, 'u')

function colonAfter(text: string, at: number): number | undefined {
  const colon = COLON.exec(text.slice(at))
  return colon ? at + colon[0].length : undefined
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** The owner named before a colon at the start of the text, as a token covering name and colon. */
export function findOwnerPrefix(text: string, known: KnownNames): OwnerToken | undefined {
  const start = text.length - text.trimStart().length
  const name = knownNameAt(text, start, known)
  if (name) {
    const end = colonAfter(text, start + name.length)
    if (end !== undefined) return { owner: name, start, end }
  }
  const m = ORGANISATION.exec(text.slice(start))
  if (!m || !isOrganisationWord(m[1]!)) return undefined
  // The longest reading with a colon after it: "Gemeente Oosterhout:", else "Gemeente:".
  for (const typed of [m[0], m[1]!]) {
    const end = colonAfter(text, start + typed.length)
    if (end !== undefined) return { owner: capitalised(typed.replace(/\s+/gu, ' ')), start, end }
  }
  return undefined
}
