// Notes, cards and drawings always lie on top of the template structure they are on (areas, and the
// question's panel). Templates are placed above everything that exists (their z-order records when
// they were placed), so a note written before a template and then dragged into it would disappear
// under the area's fill. When a person moves something onto structure that is above it, or moves a
// cluster over things, those things come to the top. Only this person's own changes are looked at:
// each client fixes what its user moves.
import type { Box, Editor, TLShape } from 'tldraw'
import { AREA_SHAPE, LABEL_SHAPE } from '../../../shared/board/shapes/index.ts'

const isStructure = (shape: TLShape) => shape.type === AREA_SHAPE || shape.type === LABEL_SHAPE

export function keepContentAboveStructure(editor: Editor): () => void {
  return editor.sideEffects.registerAfterChangeHandler('shape', (prev, next, source) => {
    if (source !== 'user') return
    if (prev.x === next.x && prev.y === next.y && prev.props === next.props && prev.parentId === next.parentId) return
    const pageId = editor.getCurrentPageId()
    if (next.parentId !== pageId) return
    const bounds = editor.getShapePageBounds(next)
    if (!bounds) return

    if (!isStructure(next)) {
      const covered = editor
        .getCurrentPageShapes()
        .some((above) => isStructure(above) && above.parentId === pageId && above.index > next.index && overlaps(editor, above, bounds))
      if (covered) editor.updateShape({ id: next.id, type: next.type, index: editor.getHighestIndexForParent(pageId) })
      return
    }

    // A cluster moved or resized over things: they stay visible on it.
    if (next.type !== AREA_SHAPE || next.isLocked) return
    const under = editor
      .getCurrentPageShapesSorted()
      .filter((shape) => !isStructure(shape) && shape.parentId === pageId && shape.index < next.index && overlaps(editor, shape, bounds))
    if (under.length) editor.bringToFront(under.map((shape) => shape.id))
  })
}

function overlaps(editor: Editor, shape: TLShape, bounds: Box): boolean {
  const other = editor.getShapePageBounds(shape)
  return !!other && other.collides(bounds)
}
