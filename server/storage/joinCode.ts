// The short join code of the short link /j/<code>: 8 characters people can read off a projector and
// type on a phone. No I/O/0/1, so nothing is mistaken for something else; case does not matter.
// 32^8 ≈ 10^12 codes: the code only leads to the join link, which the room sees on the projector anyway.
import { customAlphabet } from 'nanoid'

const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const JOIN_CODE_LENGTH = 8

export const newJoinCode: () => string = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH)

const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)

/** The code as stored (upper case), or undefined when `input` cannot be one. */
export function normalizeJoinCode(input: string): string | undefined {
  const code = input.trim().toUpperCase()
  return JOIN_CODE.test(code) ? code : undefined
}
