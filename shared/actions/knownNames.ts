// Names already known in a session or its working group: participants, their organisations, owners
// set by hand, and whatever the server adds (owners in the series). A name typed after @ or before a
// colon is matched against these first, so "@Jan Bakker Subsidie aanvragen" is Jan Bakker's action
// when Jan Bakker is known, and Jan's otherwise.
// Matching: case-insensitive, diacritics as typed ("Zoe" is not "Zoë"), whole words only; of several
// known names the longest wins. The owner is then spelled as the known name.
import type { BoardDoc } from '../board/boardDoc.ts'
import { rawActionMeta } from './meta.ts'
import { OWNER_MAX_LENGTH } from './types.ts'

export interface KnownNames {
  /** Trimmed, single-spaced, NFC, longest first, no duplicates (case-insensitive). */
  readonly names: readonly string[]
}

export const NO_KNOWN_NAMES: KnownNames = { names: [] }

/** Prepares a list of names for matching; empty, overlong and multi-line entries are left out. */
export function knownNames(names: Iterable<string | null | undefined>): KnownNames {
  const seen = new Map<string, string>()
  for (const raw of names) {
    if (typeof raw !== 'string') continue
    const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ')
    if (!name || name.length > OWNER_MAX_LENGTH || !/\p{L}/u.test(name)) continue
    const key = name.toLowerCase()
    if (!seen.has(key)) seen.set(key, name)
  }
  return { names: [...seen.values()].sort((a, b) => b.length - a.length) }
}

const NAME_CHAR = /[\p{L}\p{M}\p{N}_]/u

/** The known name written at `at` (whole words), the longest of them; undefined when none is. */
export function knownNameAt(text: string, at: number, known: KnownNames): string | undefined {
  for (const name of known.names) {
    const typed = text.slice(at, at + name.length)
    if (typed.length !== name.length || typed.toLowerCase() !== name.toLowerCase()) continue
    const next = text.charAt(at + name.length)
    if (next && NAME_CHAR.test(next)) continue
    return name
  }
  return undefined
}

/**
 * The names a board knows: its participants (not those marked as not taking part) and the
 * organisations they gave, every owner set by hand on a note, and `more` (from the server).
 */
export function boardKnownNames(board: BoardDoc, more: readonly string[] = []): KnownNames {
  const names: Array<string | undefined> = [...more]
  for (const p of board.participants()) if (!p.excluded) names.push(p.name, p.organisation)
  for (const record of board.all()) {
    if (record.typeName !== 'shape' || record.type !== 'note') continue
    const owner = rawActionMeta(record).owner
    if (typeof owner === 'string') names.push(owner)
  }
  return knownNames(names)
}
