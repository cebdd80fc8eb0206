// A dot vote as one person sees it: which notes are in it (in reading order), the totals the board
// document shows, their own dots (which only the server and they know: GET/POST dots) and how many
// they have left, and whether the totals may be shown yet. The server decides, this only shows.
import type { BoardDoc } from '../board/boardDoc.ts'
import { voteTotal } from '../facilitation/controlDoc.ts'
import type { NoteDots, VoteState } from '../facilitation/types.ts'
import { tallyVisible, voteNoteIds, type MyDots } from '../facilitation/votes.ts'

export { tallyVisible }

export interface VoteNote {
  id: string
  /** Everyone's dots, as the board document shows them: 0 while the tally is hidden. */
  total: number
  /** This person's dots. */
  mine: number
}

export interface VoteView {
  vote: VoteState
  notes: VoteNote[]
  byId: ReadonlyMap<string, VoteNote>
  used: number
  left: number
  showTotals: boolean
  /** The vote takes dots now. */
  open: boolean
}

/** `own`: this person's dots as the server last said (null: not known, e.g. the view link: none). */
export function readVoteView(board: BoardDoc, vote: VoteState, own: MyDots | null): VoteView {
  const notes: VoteNote[] = []
  const mineOf: NoteDots = own?.mine ?? {}
  let used = 0
  for (const id of voteNoteIds(board, vote)) {
    const mine = mineOf[id] ?? 0
    used += mine
    notes.push({ id, mine, total: voteTotal(board.doc, id) })
  }
  return {
    vote,
    notes,
    byId: new Map(notes.map((n) => [n.id, n])),
    used,
    // The server's count when known (it also counts dots on notes that moved out of view meanwhile).
    left: own ? Math.max(0, Math.min(own.left, vote.dots - used)) : Math.max(0, vote.dots - used),
    showTotals: tallyVisible(vote),
    open: vote.phase === 'open',
  }
}

/** Notes ranked by dots, most first (ties keep reading order): the results list. */
export function ranked(notes: readonly VoteNote[]): VoteNote[] {
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => b.note.total - a.note.total || a.i - b.i)
    .map(({ note }) => note)
}

/** How long every screen shows a closed round's banner (the result stays on the notes). */
export const CLOSED_BANNER_MS = 15_000

/**
 * How much longer the round's banner stays, in ms: always while the vote is open (Infinity); for a
 * closed one, until CLOSED_BANNER_MS after it closed on the server's clock, so a screen that opens
 * later shows no stale banner. A closed vote with no time (an older board) shows none.
 */
export function roundBannerLeftMs(vote: Pick<VoteState, 'phase' | 'closedAt'>, serverNow: number): number {
  if (vote.phase === 'open') return Infinity
  if (typeof vote.closedAt !== 'number') return 0
  return Math.max(0, vote.closedAt + CLOSED_BANNER_MS - serverNow)
}
