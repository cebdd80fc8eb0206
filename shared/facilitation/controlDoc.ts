// The facilitation state in the board document: `doc.getMap('control')` (one key per part of
// ControlState) and `doc.getMap('votes')` (note id → NoteVotes). Both are protected roots: the server
// refuses any client update that writes them, and writes them itself for the facilitator's API.
// Reads fall back to defaults field by field, so an old board or a damaged value still reads.
import * as Y from 'yjs'
import { CONTROL_KEY, VOTES_KEY } from '../board/boardDoc.ts'
import { DEFAULT_CONTROL, type ControlState, type NoteVotes } from './types.ts'

type Part = keyof ControlState

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Keeps only the fields of `fallback` whose stored value has the same JSON type. */
function merged<T extends object>(fallback: T, stored: unknown): T {
  if (!isObject(stored)) return fallback
  const out: Record<string, unknown> = { ...(fallback as Record<string, unknown>) }
  for (const [key, def] of Object.entries(fallback)) {
    const value = stored[key]
    if (value === undefined) continue
    if (def === null || typeof value === typeof def || (Array.isArray(def) && Array.isArray(value))) out[key] = value
  }
  return out as T
}

export function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CONTROL_KEY)
}

export function votesMap(doc: Y.Doc): Y.Map<NoteVotes> {
  return doc.getMap<NoteVotes>(VOTES_KEY)
}

export function readControl(doc: Y.Doc): ControlState {
  const map = controlMap(doc)
  const vote = map.get('vote')
  return {
    lock: merged(DEFAULT_CONTROL.lock, map.get('lock')),
    timer: merged(DEFAULT_CONTROL.timer, map.get('timer')),
    follow: merged(DEFAULT_CONTROL.follow, map.get('follow')),
    vote: isObject(vote) && typeof vote.id === 'string' && typeof vote.dots === 'number' ? (vote as never) : null,
    silent: merged(DEFAULT_CONTROL.silent, map.get('silent')),
    focus: merged(DEFAULT_CONTROL.focus, map.get('focus')),
  }
}

/** Writes parts of the control state in one transaction (one update for every screen). */
export function writeControl(doc: Y.Doc, parts: Partial<ControlState>, origin?: unknown): void {
  const map = controlMap(doc)
  doc.transact(() => {
    for (const [key, value] of Object.entries(parts) as [Part, unknown][]) map.set(key, value)
  }, origin)
}

/** Votes on one note; anything that is not a whole positive number of dots is not a vote. */
export function noteVotes(doc: Y.Doc, noteId: string): NoteVotes {
  const stored = votesMap(doc).get(noteId)
  const out: NoteVotes = {}
  if (!isObject(stored)) return out
  for (const [voter, n] of Object.entries(stored)) if (typeof n === 'number' && Number.isInteger(n) && n > 0) out[voter] = n
  return out
}

export function voteTotal(doc: Y.Doc, noteId: string): number {
  return Object.values(noteVotes(doc, noteId)).reduce((sum, n) => sum + n, 0)
}

/** Calls back after every change to the control state or the votes, from anyone. */
export function observeControl(doc: Y.Doc, listener: () => void): () => void {
  const control = controlMap(doc)
  const votes = votesMap(doc)
  control.observe(listener)
  votes.observe(listener)
  return () => {
    control.unobserve(listener)
    votes.unobserve(listener)
  }
}
