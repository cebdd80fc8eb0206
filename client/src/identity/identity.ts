// Who this browser tab is on a board: a display name and a colour remembered per browser, and an id
// per page load (two tabs of one browser are two people to tldraw, so each sees the other's cursor).
import { nanoid } from 'nanoid'
import { cleanOrganisation, MAX_NAME_LENGTH, MAX_ORGANISATION_LENGTH } from '../../../shared/api/participants.ts'

export { cleanOrganisation, MAX_NAME_LENGTH, MAX_ORGANISATION_LENGTH }

export interface Identity {
  /** Per page load; becomes the tldraw user id `user:<id>`. */
  id: string
  name: string
  color: string
  /** Organisation or role as given with the name ("Gemeente", "bewoner"); '' for none. */
  organisation: string
}

export const NAME_KEY = 'samenbord.name'
const COLOR_KEY = 'samenbord.color'
const ORGANISATION_KEY = 'samenbord.organisation'

/** Saturated enough for white cursor labels, distinct enough to tell eight people apart. */
const USER_COLORS: readonly string[] = [
  '#d1495b', // raspberry
  '#e07a1f', // orange
  '#b08900', // mustard
  '#3a8a3a', // leaf green
  '#158f86', // teal
  '#2f6fb3', // blue
  '#6258c9', // indigo
  '#9c4fb8', // purple
  '#c2477f', // pink
  '#7c5b3a', // brown
]

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // private mode or storage full: the name just isn't remembered
  }
}

export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH)
}

export function loadName(): string | null {
  const stored = readStorage(NAME_KEY)
  const name = stored ? cleanName(stored) : ''
  return name || null
}

export function saveName(name: string): void {
  writeStorage(NAME_KEY, cleanName(name))
}

/** The organisation or role given last time in this browser ('' for none). */
export function loadOrganisation(): string {
  return cleanOrganisation(readStorage(ORGANISATION_KEY) ?? '')
}

export function saveOrganisation(organisation: string): void {
  writeStorage(ORGANISATION_KEY, cleanOrganisation(organisation))
}

/** The browser's colour: picked once from the palette, then remembered. */
function loadColor(): string {
  const stored = readStorage(COLOR_KEY)
  if (stored && /^#[0-9a-f]{6}$/i.test(stored)) return stored
  const color = USER_COLORS[Math.floor(Math.random() * USER_COLORS.length)] ?? USER_COLORS[0]!
  writeStorage(COLOR_KEY, color)
  return color
}

export function saveColor(color: string): void {
  if (/^#[0-9a-f]{6}$/i.test(color)) writeStorage(COLOR_KEY, color)
}

export function createIdentity(name: string): Identity {
  return { id: nanoid(12), name: cleanName(name), color: loadColor(), organisation: loadOrganisation() }
}

const BROWSER_KEY = 'samenbord.browser'

/**
 * One id per browser, shared by all its tabs and kept across visits: the author of the notes made
 * here (silent brainstorm, "whose notes are whose") and the voter whose dot budget the server counts.
 */
export function browserId(): string {
  const stored = readStorage(BROWSER_KEY)
  if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored
  const id = nanoid()
  writeStorage(BROWSER_KEY, id)
  return id
}
