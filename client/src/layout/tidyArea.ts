// "Opruimen" as the editor carries it out: the shared layout rule (shared/layout tidyArea) applied to
// the area the facilitator points at, written as ONE undoable step.
import type { Editor, TLShape, TLShapePartial } from 'tldraw'
import type { BoardRecord } from '../../../shared/board/boardDoc.ts'
import { AREA_SHAPE } from '../../../shared/board/shapes/index.ts'
import { areaOf } from '../../../shared/areas/membership.ts'
import { listAreasOf, tidyArea } from '../../../shared/layout/index.ts'

/** The page's records as the shared rules read them (a TLShape is a board record). */
export function pageRecords(editor: Editor): BoardRecord[] {
  return editor.getCurrentPageShapes() as unknown as BoardRecord[]
}

/** The selected area, or the area the (first) selected shape is in; undefined when there is none. */
export function areaToTidy(editor: Editor): string | undefined {
  const selected = editor.getSelectedShapes()
  const area = selected.find((s) => s.type === AREA_SHAPE)
  if (area) return area.id
  const records = pageRecords(editor)
  const byId = new Map(records.map((r) => [r.id, r]))
  const areas = listAreasOf(records)
  for (const shape of selected) {
    const found = areaOf(shape as unknown as BoardRecord, areas, (id) => byId.get(id))
    if (found) return found.id
  }
  return undefined
}

/** Tidies the area; returns how many shapes changed (notes moved, the area and what is below). */
export function tidyAreaInEditor(editor: Editor, areaId: string): number {
  const put = tidyArea(pageRecords(editor), areaId, { grow: true })
  if (put.length === 0) return 0
  editor.markHistoryStoppingPoint('tidy area')
  // Areas are locked shapes; the facilitator's tidy grows them (the server allows the facilitator).
  editor.run(() => editor.updateShapes(put.map((r) => ({ id: r.id, type: r.type, x: r.x, y: r.y, props: r.props }) as TLShapePartial<TLShape>)), {
    ignoreShapeLock: true,
  })
  return put.length
}
