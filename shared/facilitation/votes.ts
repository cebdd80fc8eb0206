// Dot voting rules: which notes are in the vote, how many dots a person has left, casting or taking back
// a dot, and what the room may see of the result. Who placed which dot (the ballots) is kept by the
// server only (server/voting/ballotBox.ts); the board document shows per-note totals, and only while
// the tally is visible. The server applies these one request at a time, per person as its identity
// says (shared/api/identity.ts), so two tabs of one browser still cannot place more than the budget.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { listAreas, membersByArea } from '../areas/index.ts'
import type { NoteDots, VoteState } from './types.ts'
import { inScope, isVoteScope } from './voteScope.ts'

export const MAX_DOTS = 20

/**
 * The voter of dots whose people are unknown: an older board's dots (stored per browser id in the
 * document, or as totals in an imported backup). They count in the totals; nobody can take them back.
 */
export const BOARD_VOTER = '~board'

/** Per-person dots, as the server keeps them: never in the board document, never sent to others. */
export interface Ballots {
  /** This voter's dots on the note (0 when none). */
  get(noteId: string, voterId: string): number
  /** Sets this voter's dots on the note; 0 removes the entry. */
  set(noteId: string, voterId: string, dots: number): void
  /** Everyone's dots on the note: voter id → dots (entries with at least one). */
  on(noteId: string): ReadonlyMap<string, number>
  /** Every note with at least one dot. */
  notes(): Iterable<string>
}

/** Shapes that can get dots: notes and actor cards. */
export function isVotable(record: BoardRecord): boolean {
  return record.typeName === 'shape' && (record.type === 'note' || record.type === 'sb-actor')
}

/**
 * The ids of the notes in the vote: the chosen selection, the members of the scope's areas or of the
 * area (where each note is now), or (none of these) every note on the board.
 */
export function voteNoteIds(board: BoardDoc, vote: Pick<VoteState, 'areaId' | 'noteIds' | 'scope'>): Set<string> {
  if (vote.noteIds)
    return new Set(
      vote.noteIds.filter((id) => {
        const r = board.get(id)
        return r !== undefined && isVotable(r)
      }),
    )
  const scope = vote.scope
  if (scope !== undefined && scope !== null) {
    // A scope this version does not know (a newer server wrote it): no notes rather than the wrong ones.
    if (!isVoteScope(scope)) return new Set()
    // Membership among all areas (the smallest containing one wins), then the scope's areas picked.
    const areas = listAreas(board, 'nl')
    const members = membersByArea(board, areas)
    return new Set(
      areas
        .filter((area) => inScope(area, scope))
        .flatMap((area) => members.get(area.id) ?? [])
        .filter(isVotable)
        .map((r) => r.id),
    )
  }
  if (!vote.areaId)
    return new Set(
      board
        .all()
        .filter(isVotable)
        .map((r) => r.id),
    )
  const areas = listAreas(board, 'nl')
  const members = membersByArea(board, areas).get(vote.areaId) ?? []
  return new Set(members.filter(isVotable).map((r) => r.id))
}

/** Totals may be seen when the vote is live, revealed, or over (a closed vote's result stays on the notes). */
export function tallyVisible(vote: Pick<VoteState, 'tally' | 'revealed' | 'phase'>): boolean {
  return vote.tally === 'live' || vote.revealed || vote.phase === 'closed'
}

/** One person's dots in the vote and how many they have left. */
export interface MyDots {
  /** Note id → their dots on it, for the vote's notes with at least one. */
  mine: NoteDots
  left: number
}

/** A person's dots on the vote's notes (whichever vote placed them: dots stay when a new vote starts). */
export function myDots(ballots: Ballots, voterId: string, vote: Pick<VoteState, 'dots'>, noteIds: Iterable<string>): MyDots {
  const mine: NoteDots = {}
  let used = 0
  for (const id of noteIds) {
    const n = ballots.get(id, voterId)
    if (n > 0) {
      mine[id] = n
      used += n
    }
  }
  return { mine, left: Math.max(0, vote.dots - used) }
}

export type CastError = 'no-open-vote' | 'not-in-vote' | 'no-dots-left' | 'no-dot-to-remove'
export type CastResult = ({ ok: true } & MyDots) | { ok: false; error: CastError }

/** Adds (+1) or takes back (-1) one of this voter's own dots on a note, within the budget. */
export function castDot(ballots: Ballots, vote: VoteState | null, noteIds: ReadonlySet<string>, voterId: string, noteId: string, delta: 1 | -1): CastResult {
  if (vote?.phase !== 'open') return { ok: false, error: 'no-open-vote' }
  if (!noteIds.has(noteId)) return { ok: false, error: 'not-in-vote' }
  const before = myDots(ballots, voterId, vote, noteIds)
  const mine = ballots.get(noteId, voterId)
  if (delta > 0 && before.left <= 0) return { ok: false, error: 'no-dots-left' }
  if (delta < 0 && mine === 0) return { ok: false, error: 'no-dot-to-remove' }
  ballots.set(noteId, voterId, mine + delta)
  return { ok: true, ...myDots(ballots, voterId, vote, noteIds) }
}

/** Takes every dot off these notes (reset), everyone's. */
export function clearDots(ballots: Ballots, noteIds: Iterable<string>): void {
  for (const noteId of noteIds) for (const voterId of Array.from(ballots.on(noteId).keys())) ballots.set(noteId, voterId, 0)
}

/** All dots on a note. */
export function ballotTotal(ballots: Ballots, noteId: string): number {
  let total = 0
  for (const n of ballots.on(noteId).values()) total += n
  return total
}

/** How many people have at least one dot on these notes (an older board's unknown voters not counted). */
export function votersIn(ballots: Ballots, noteIds: Iterable<string>): number {
  const voters = new Set<string>()
  for (const noteId of noteIds) for (const voterId of ballots.on(noteId).keys()) if (voterId !== BOARD_VOTER) voters.add(voterId)
  return voters.size
}

/**
 * What the board document may show on a note: its total, or undefined while the note is in a vote
 * whose tally is hidden (nothing per note reaches any client until the reveal or the close).
 */
export function shownTotal(ballots: Ballots, vote: VoteState | null, voteNotes: ReadonlySet<string>, noteId: string): number | undefined {
  if (vote && !tallyVisible(vote) && voteNotes.has(noteId)) return undefined
  return ballotTotal(ballots, noteId)
}
