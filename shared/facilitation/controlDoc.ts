// The facilitation state in the board document: `doc.getMap('control')` (one key per part of
// ControlState) and `doc.getMap('votes')` (note id → total dots, a number: only what the room may see;
// who placed which dot is the server's alone). Both are protected roots: the server refuses any client
// update that writes them, and writes them itself for the facilitator's API. Reads fall back to
// defaults field by field, so an old board or a damaged value still reads; an older board's votes
// ({ voterId: dots } per note) read as their sum.
import type * as Y from 'yjs'
import { CONTROL_KEY, VOTES_KEY } from '../board/boardDoc.ts'
import { DEFAULT_CONTROL, type ControlState } from './types.ts'

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

export function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(VOTES_KEY)
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

const isDots = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0

/**
 * The dots on one note the document shows: a whole positive number, or (an older board) the sum of the
 * whole positive numbers of { voterId: dots }; anything else is no dots.
 */
export function voteTotal(doc: Y.Doc, noteId: string): number {
  return totalOf(votesMap(doc).get(noteId))
}

function totalOf(stored: unknown): number {
  if (isDots(stored)) return stored
  if (!isObject(stored)) return 0
  let sum = 0
  for (const n of Object.values(stored)) if (isDots(n)) sum += n
  return sum
}

/** Every note's total as the document holds it (older per-voter entries summed), zero totals left out. */
export function voteTotals(doc: Y.Doc): Map<string, number> {
  const out = new Map<string, number>()
  votesMap(doc).forEach((stored, noteId) => {
    const total = totalOf(stored)
    if (total > 0) out.set(noteId, total)
  })
  return out
}

/** Whether any note's entry is in the older per-voter format (voter ids the room should not read). */
export function hasVoterEntries(doc: Y.Doc): boolean {
  let found = false
  votesMap(doc).forEach((stored) => {
    if (!isDots(stored)) found = true
  })
  return found
}

/** Sets what the room sees on a note (server only): a total, or nothing (0 or hidden). */
export function writeVoteTotal(doc: Y.Doc, noteId: string, total: number | undefined): void {
  const map = votesMap(doc)
  if (total === undefined || total <= 0) {
    if (map.has(noteId)) map.delete(noteId)
  } else if (map.get(noteId) !== total) {
    map.set(noteId, total)
  }
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
