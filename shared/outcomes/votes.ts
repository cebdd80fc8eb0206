// How many votes an item has: the total on it in the board's votes map (shared/facilitation), written
// only by the server and only while the tally may be seen, so a client cannot give itself votes by
// editing the note, and a hidden vote shows none until its reveal.
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { voteTotal } from '../facilitation/controlDoc.ts'

export function voteCount(board: BoardDoc, record: Pick<BoardRecord, 'id'>): number {
  return voteTotal(board.doc, record.id)
}
