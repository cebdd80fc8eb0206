// The facilitator's trash and history routes (contract; README documents them):
//   GET  /api/sessions/:id/deleted           → { items: DeletedItemJson[] } newest first
//   POST /api/sessions/:id/deleted/restore   { ids } → { restored }
//   GET  /api/sessions/:id/history           → { points: HistoryPointJson[] } oldest first
//   POST /api/sessions/:id/restore           { at } → RestoreResultJson
import type { DeletedKind } from '../history/trash.ts'

export interface DeletedItemJson {
  id: string
  kind: DeletedKind
  /** Plain text of the note, the card's name, the cluster's label. */
  text: string
  /** Label of the area it was in (in the request's language), null when in none. */
  area: string | null
  areaId: string | null
  /** The name the deleter announced; null when none was (or the server did it for the facilitator). */
  deletedBy: string | null
  deletedByRole: 'join' | 'facilitator'
  /** ISO 8601, server clock. */
  deletedAt: string
  /** Shared by everything one change removed. */
  deletion: string
  /** The cluster deleted with it that it was in; restoring that cluster restores this item too. */
  parent: string | null
}

export interface DeletedListJson {
  items: DeletedItemJson[]
}

export interface RestoreDeletedJson {
  restored: number
}

export interface HistoryPointJson {
  /** ISO 8601, server clock: also the point's name for POST restore. */
  at: string
  notes: number
  areas: number
}

export interface HistoryJson {
  points: HistoryPointJson[]
}

export interface RestoreResultJson {
  at: string
  /** Records written back and records removed by the restore. */
  put: number
  removed: number
}
