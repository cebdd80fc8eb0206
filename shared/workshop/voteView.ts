// A dot vote as one voter sees it: which notes are in it (in reading order), their dots, how many of
// the voter's dots are left, and whether the totals may be shown yet. Pure reads of the board
// document; the server decides, this only shows.
import type { BoardDoc } from '../board/boardDoc.ts'
import { noteVotes } from '../facilitation/controlDoc.ts'
import type { VoteState } from '../facilitation/types.ts'
import { voteNoteIds } from '../facilitation/votes.ts'

/** Totals are shown when the vote is live, revealed, or over (a closed vote's result stays on the notes). */
export function tallyVisible(vote: Pick<VoteState, 'tally' | 'revealed' | 'phase'>): boolean {
  return vote.tally === 'live' || vote.revealed || vote.phase === 'closed'
}

export interface VoteNote {
  id: string
  /** Everyone's dots. Read it only when `tallyVisible`: the UI must not show it before. */
  total: number
  /** This voter's dots. */
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

export function readVoteView(board: BoardDoc, vote: VoteState, voterId: string): VoteView {
  const notes: VoteNote[] = []
  let used = 0
  for (const id of voteNoteIds(board, vote)) {
    const votes = noteVotes(board.doc, id)
    const mine = votes[voterId] ?? 0
    used += mine
    notes.push({ id, mine, total: Object.values(votes).reduce((sum, n) => sum + n, 0) })
  }
  return {
    vote,
    notes,
    byId: new Map(notes.map((n) => [n.id, n])),
    used,
    left: Math.max(0, vote.dots - used),
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
