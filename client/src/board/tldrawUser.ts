// The current person as tldraw sees them, derived from the page load's Identity atom (identity/userRecord.ts;
// the phone page shares it, so switching to the board keeps who we are):
//  - `currentUser` (TLCurrentUser) for <Tldraw user=…>: preferences incl. name, colour and locale;
//  - `record` (Signal<TLUser>) for the store's user store and our presence.
// Changing the name or colour in tldraw's own UI updates the identity (and is remembered).
import { atom, computed, type Atom, type Signal } from '@tldraw/state'
import { createTLCurrentUser, type TLCurrentUser, type TLUser, type TLUserPreferences } from 'tldraw'
import { cleanName, saveColor, saveName, type Identity } from '../identity/identity.ts'
import { userRecordOf } from '../identity/userRecord.ts'
import { animationSpeedFor, chosenAnimationSpeed } from './motionPreference.ts'

const PREFS_KEY = 'samenbord.tldrawPrefs'

type ExtraPrefs = Omit<TLUserPreferences, 'id' | 'name' | 'color'>

function loadExtraPrefs(locale: string): ExtraPrefs {
  try {
    const stored = JSON.parse(window.localStorage.getItem(PREFS_KEY) ?? '{}') as ExtraPrefs
    // The page's language decides tldraw's locale on each load.
    return { ...stored, locale }
  } catch {
    return { locale }
  }
}

function saveExtraPrefs(prefs: ExtraPrefs): void {
  try {
    const { locale: _locale, ...rest } = prefs
    window.localStorage.setItem(PREFS_KEY, JSON.stringify(rest))
  } catch {
    // not remembered
  }
}

export interface TldrawUser {
  identity: Atom<Identity>
  currentUser: TLCurrentUser
  record: Signal<TLUser | null>
}

/** The system's "reduce motion" setting, live (it can change while the board is open): tldraw's animation speed follows it. */
function reducedMotionAtom(): Atom<boolean> {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null
  const reduce = atom('samenbord reduced motion', query?.matches ?? false)
  query?.addEventListener('change', (event) => reduce.set(event.matches))
  return reduce
}

export function createTldrawUser(identity: Atom<Identity>, locale: string): TldrawUser {
  const extra = atom<ExtraPrefs>('samenbord prefs', loadExtraPrefs(locale))
  const reducedMotion = reducedMotionAtom()

  const userPreferences = computed<TLUserPreferences>('samenbord user preferences', () => {
    const { id, name, color } = identity.get()
    const prefs = extra.get()
    return { ...prefs, animationSpeed: animationSpeedFor(prefs.animationSpeed, reducedMotion.get()), id, name, color }
  })

  const currentUser = createTLCurrentUser({
    userPreferences,
    setUserPreferences: ({ id: _id, name, color, ...changed }) => {
      // With every change tldraw writes back the speed we derived too: not a choice (motionPreference.ts).
      const { animationSpeed, ...rest } = changed
      const chosen = chosenAnimationSpeed(extra.get().animationSpeed, animationSpeed, reducedMotion.get())
      const next: ExtraPrefs = chosen === undefined ? rest : { ...rest, animationSpeed: chosen }
      extra.set(next)
      saveExtraPrefs(next)
      const now = identity.get()
      const nextName = typeof name === 'string' && cleanName(name) ? cleanName(name) : now.name
      const nextColor = typeof color === 'string' && color ? color : now.color
      if (nextName !== now.name || nextColor !== now.color) {
        identity.set({ ...now, name: nextName, color: nextColor })
        if (nextName !== now.name) saveName(nextName)
        if (nextColor !== now.color) saveColor(nextColor)
      }
    },
  })

  return { identity, currentUser, record: userRecordOf(identity) }
}
