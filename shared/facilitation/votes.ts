// Dot voting rules: which notes are in the vote, how many dots a voter has left, and casting or
// taking back a dot. The server applies these one request at a time, so a person with two tabs
// open (one voter id per browser) still cannot place more dots than the budget.
import type * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../board/boardDoc.ts'
import { listAreas, membersByArea } from '../areas/index.ts'
import { noteVotes, readControl, votesMap } from './controlDoc.ts'
import type { NoteVotes, VoteState } from './types.ts'

export const MAX_DOTS = 20
export const MAX_VOTER_ID = 64

/** Shapes that can get dots: notes and actor cards. */
export function isVotable(record: BoardRecord): boolean {
  return record.typeName === 'shape' && (record.type === 'note' || record.type === 'sb-actor')
}

/** The ids of the notes in the vote: the area's members, or the chosen selection. */
export function voteNoteIds(board: BoardDoc, vote: Pick<VoteState, 'areaId' | 'noteIds'>): Set<string> {
  if (vote.noteIds) return new Set(vote.noteIds.filter((id) => { const r = board.get(id); return r !== undefined && isVotable(r) }))
  if (!vote.areaId) return new Set(board.all().filter(isVotable).map((r) => r.id))
  const areas = listAreas(board, 'nl')
  const members = membersByArea(board, areas).get(vote.areaId) ?? []
  return new Set(members.filter(isVotable).map((r) => r.id))
}

/** Dots this voter has placed on the vote's notes. */
export function dotsUsed(doc: Y.Doc, voterId: string, noteIds: Iterable<string>): number {
  let used = 0
  for (const id of noteIds) used += noteVotes(doc, id)[voterId] ?? 0
  return used
}

export type CastError = 'no-open-vote' | 'not-in-vote' | 'no-dots-left' | 'no-dot-to-remove'
export type CastResult = { ok: true; votes: NoteVotes; left: number } | { ok: false; error: CastError }

/** Adds (+1) or takes back (-1) one of the voter's dots on a note, within the budget. */
export function castDot(doc: Y.Doc, voterId: string, noteId: string, delta: 1 | -1, origin?: unknown): CastResult {
  const vote = readControl(doc).vote
  if (!vote || vote.phase !== 'open') return { ok: false, error: 'no-open-vote' }
  const ids = voteNoteIds(BoardDoc.of(doc), vote)
  if (!ids.has(noteId)) return { ok: false, error: 'not-in-vote' }
  const used = dotsUsed(doc, voterId, ids)
  const votes = noteVotes(doc, noteId)
  const mine = votes[voterId] ?? 0
  if (delta > 0 && used >= vote.dots) return { ok: false, error: 'no-dots-left' }
  if (delta < 0 && mine === 0) return { ok: false, error: 'no-dot-to-remove' }
  const next = { ...votes }
  if (mine + delta === 0) delete next[voterId]
  else next[voterId] = mine + delta
  doc.transact(() => {
    if (Object.keys(next).length === 0) votesMap(doc).delete(noteId)
    else votesMap(doc).set(noteId, next)
  }, origin)
  return { ok: true, votes: next, left: vote.dots - used - delta }
}

/** Takes every dot off the notes of a vote (reset), leaving votes elsewhere alone. */
export function clearDots(doc: Y.Doc, noteIds: Iterable<string>, origin?: unknown): void {
  const map = votesMap(doc)
  doc.transact(() => {
    for (const id of noteIds) map.delete(id)
  }, origin)
}
