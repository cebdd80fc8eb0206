// Whether a participant gets the phone page or the full canvas. Phones (narrow, or a touch screen with
// little height, i.e. a phone held sideways) get the phone page; "Naar het volledige bord" and back is
// remembered for this tab's session (sessionStorage), so a reload keeps the choice. The choice is one
// signal for the whole tab: the board page decides with it which of the two it loads, and the board's
// "back to the phone page" button flips it from inside the board.
import { atom } from '@tldraw/state'
import { useValue } from '@tldraw/state-react'
import { useMediaQuery } from '../app/useMediaQuery.ts'
import { PHONE_QUERY, readChoice, showsPhonePage, writeChoice, type PhoneChoice } from './phoneQuery.ts'

const $choice = atom<PhoneChoice | null>('samenbord phone choice', readChoice())

function choose(next: PhoneChoice): void {
  writeChoice(next)
  $choice.set(next)
}

export interface PhoneMode {
  /** This device is a phone. */
  isPhone: boolean
  /** Show the phone page now. */
  showPhonePage: boolean
  choose: (choice: PhoneChoice) => void
}

/** The facilitator and the projector keep the board (phoneQuery.ts showsPhonePage). */
export function usePhoneMode(role: string): PhoneMode {
  const isPhone = useMediaQuery(PHONE_QUERY)
  const choice = useValue($choice)
  return { isPhone, showPhonePage: showsPhonePage(role, isPhone, choice), choose }
}
