// Who took part: the organisation or role people give with their name, and the facilitator's
// "not a participant" mark (PATCH /api/sessions/:id/participants/:name). One rule for the name dialog,
// the server's participant recorder and the API.
import { isPlainObject } from '../actions/meta.ts'
import { oneLine } from '../text/plainText.ts'

/** The longest name a person can give in the name dialog (and a series change's `by`). */
export const MAX_NAME_LENGTH = 60

/**
 * The longest name the server records from presence and any screen shows: longer than MAX_NAME_LENGTH,
 * as other clients than ours may send names too.
 */
export const MAX_SHOWN_NAME_LENGTH = 80

/** "Gemeente Oosterhout, afdeling Economie" fits; a paragraph does not. */
export const MAX_ORGANISATION_LENGTH = 80

/**
 * The organisation as kept: one line (line breaks and tabs become spaces, other control characters go),
 * runs of white space as one space, trimmed, at most MAX_ORGANISATION_LENGTH characters. '' for none
 * or anything that is not a string.
 */
export function cleanOrganisation(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  return oneLine(raw.replace(/\t/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, MAX_ORGANISATION_LENGTH).trim()
}

export type ParticipantPatchValidation = { ok: true; excluded: boolean } | { ok: false; message: string }

/** The body of PATCH …/participants/:name: exactly `{ "excluded": true | false }`. */
export function validateParticipantPatch(input: unknown): ParticipantPatchValidation {
  if (!isPlainObject(input)) return { ok: false, message: 'expected an object { "excluded": true | false }' }
  const unknown = Object.keys(input).filter((key) => key !== 'excluded')
  const issues: string[] = []
  if (unknown.length > 0)
    issues.push(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: only excluded can be changed`)
  if (typeof input.excluded !== 'boolean') issues.push('excluded must be true or false')
  if (issues.length > 0) return { ok: false, message: issues.join('; ') }
  return { ok: true, excluded: input.excluded as boolean }
}
