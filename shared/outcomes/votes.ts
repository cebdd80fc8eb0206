// How many votes an item has. For now votes live in record.meta.votes as { [voterId]: count }; the
// dot-voting feature replaces this one function when it decides where votes are really stored.
import type { BoardRecord } from '../board/boardDoc.ts'

export function voteCount(record: BoardRecord): number {
  const meta = record.meta
  if (typeof meta !== 'object' || meta === null) return 0
  const votes = (meta as { votes?: unknown }).votes
  if (typeof votes !== 'object' || votes === null || Array.isArray(votes)) return 0
  let total = 0
  // Other clients write here: anything that is not a finite number is not a vote.
  for (const value of Object.values(votes)) if (typeof value === 'number' && Number.isFinite(value)) total += value
  return total
}
