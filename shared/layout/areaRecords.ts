// The shared area reading (listAreas) over a plain list of records, for callers that hold records
// rather than a BoardDoc (the editor's store, a board being assembled). listAreas reads only all()
// and get().
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { listAreas, type AreaInfo } from '../areas/areas.ts'

export function listAreasOf(records: readonly BoardRecord[]): AreaInfo[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const view: Pick<BoardDoc, 'all' | 'get'> = { all: () => [...records], get: (id: string) => byId.get(id) }
  return listAreas(view as BoardDoc, 'nl')
}
