// Which devices count as phones, and the phone-or-board choice a tab remembers: plain values without
// dependencies, so the entry can guess the phone page's code before the board page is even loaded
// (app/boardPrefetch.ts) while phoneMode.ts keeps the live signal.
export const PHONE_QUERY = '(max-width: 720px), (pointer: coarse) and (max-height: 500px)'
const KEY = 'samenbord.phoneView'

export type PhoneChoice = 'phone' | 'board'

/** Only participants (join links) get the phone page, on a phone, unless they chose the full board. */
export function showsPhonePage(role: string, isPhone: boolean, choice: PhoneChoice | null): boolean {
  return role === 'join' && isPhone && choice !== 'board'
}

export function readChoice(): PhoneChoice | null {
  try {
    const value = window.sessionStorage.getItem(KEY)
    return value === 'phone' || value === 'board' ? value : null
  } catch {
    return null
  }
}

export function writeChoice(choice: PhoneChoice): void {
  try {
    window.sessionStorage.setItem(KEY, choice)
  } catch {
    // storage off: the choice lasts until the page is reloaded
  }
}
