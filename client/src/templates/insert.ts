// Putting templates and their parts on the live board: records from shared/templates, created through
// the editor (one undo step, and the normal store → Yjs binding shares them), never on top of existing
// work, then shown.
import { Box, createShapeId, type Editor, type TLShape, type TLShapeId, type TLShapePartial } from 'tldraw'
import type { BoardRecord } from '../../../shared/board/boardDoc.ts'
import { decisionsAreaRecord } from '../../../shared/decisions/decisionsArea.ts'
import { ACTOR_CARD_SIZE, ACTOR_SHAPE, AREA_SHAPE, defaultActorCardProps, LABEL_SHAPE } from '../../../shared/board/shapes/index.ts'
import {
  actionsAreaRecord,
  clusterRecord,
  findFreeSpot,
  templateRecords,
  type Box as PlainBox,
  type TemplateLayoutId,
} from '../../../shared/templates/index.ts'

const ANIMATION = { animation: { duration: 300 } } as const
/**
 * Room kept free around what is shown, in screen pixels: tldraw's menu sits top-left, its style panel
 * top-right and its toolbar bottom-centre.
 */
const MARGIN = { top: 64, right: 160, bottom: 104, left: 160 }

function plain(box: Box): PlainBox {
  return { x: box.x, y: box.y, w: box.w, h: box.h }
}

/** Where things are, exactly (the editor knows every shape's real size). */
function occupied(editor: Editor, filter: (shape: TLShape) => boolean = () => true): PlainBox[] {
  const boxes: PlainBox[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (!filter(shape)) continue
    const box = editor.getShapePageBounds(shape)
    if (box) boxes.push(plain(box))
  }
  return boxes
}

function placeOptions(editor: Editor) {
  return {
    existing: editor.getCurrentPageShapes() as unknown as BoardRecord[],
    pageId: editor.getCurrentPageId(),
    near: editor.getViewportPageBounds().center,
    occupied: occupied(editor),
  }
}

function create(editor: Editor, records: readonly BoardRecord[], mark: string): void {
  editor.markHistoryStoppingPoint(mark)
  // createShapes keeps the records' ids, indices and isLocked, and runs the shapes' validation.
  editor.run(() => editor.createShapes(records as unknown as TLShapePartial[]))
}

/** Shows `bounds` without losing sight of what was on screen, unless it is already in view. */
function reveal(editor: Editor, bounds: PlainBox): void {
  const viewport = editor.getViewportPageBounds()
  const box = Box.From(bounds)
  if (viewport.contains(box)) return
  showBounds(editor, Box.Common([viewport, box]))
}

/** Zooms so that `bounds` fills the screen but for the margins (never closer than 100%). */
function showBounds(editor: Editor, bounds: PlainBox): void {
  const screen = editor.getViewportScreenBounds()
  const zoom = Math.min(1, (screen.w - MARGIN.left - MARGIN.right) / bounds.w, (screen.h - MARGIN.top - MARGIN.bottom) / bounds.h)
  const padded = new Box(
    bounds.x - MARGIN.left / zoom,
    bounds.y - MARGIN.top / zoom,
    bounds.w + (MARGIN.left + MARGIN.right) / zoom,
    bounds.h + (MARGIN.top + MARGIN.bottom) / zoom,
  )
  editor.zoomToBounds(padded, { ...ANIMATION, inset: 0, targetZoom: zoom })
}

function startEditing(editor: Editor, id: TLShapeId): void {
  editor.setCurrentTool('select')
  editor.select(id)
  editor.setEditingShape(id)
  if (editor.getEditingShapeId() === id) editor.setCurrentTool('select.editing_shape')
}

export function insertTemplate(editor: Editor, layout: TemplateLayoutId): string {
  const placed = templateRecords(layout, placeOptions(editor))
  create(editor, placed.records, `insert template ${layout}`)
  editor.selectNone()
  showBounds(editor, placed.bounds)
  return placed.instance
}

/** Scrolls to a shape just created, if it is not in view. */
function revealShape(editor: Editor, id: TLShapeId): void {
  const box = editor.getShapePageBounds(id)
  if (box) reveal(editor, plain(box))
}

/** One area on its own, placed by shared/templates where there is room, shown but not selected. */
function addArea(editor: Editor, record: BoardRecord, mark: string): void {
  create(editor, [record], mark)
  editor.selectNone()
  revealShape(editor, record.id as TLShapeId)
}

export function addActionsArea(editor: Editor): void {
  addArea(editor, actionsAreaRecord(placeOptions(editor)), 'add actions area')
}

/** A "Besluiten" area where there is room near the viewport centre: notes in it are decisions. */
export function addDecisionsArea(editor: Editor): void {
  addArea(editor, decisionsAreaRecord(placeOptions(editor)), 'add decisions area')
}

/** A cluster near the viewport centre; part of the brainstorm in view, if there is one. */
export function addCluster(editor: Editor): void {
  const brainstorm = templateInView(editor, 'brainstorm')
  const record = clusterRecord({ ...placeOptions(editor), ...(brainstorm ? { template: 'brainstorm' as const, instance: brainstorm } : {}) })
  create(editor, [record], 'add cluster')
  const id = record.id as TLShapeId
  revealShape(editor, id)
  startEditing(editor, id)
}

/**
 * An actor card where the viewer is looking: when that is on an area (a quadrant, a ring, a rung),
 * in the free spot nearest to it, among the other cards and notes; else in free space near it. Then
 * its form opens.
 */
export function addActor(editor: Editor): TLShapeId {
  const pageId = editor.getCurrentPageId()
  const center = editor.getViewportPageBounds().center
  const onArea = editor
    .getCurrentPageShapes()
    .some((shape) => shape.type === AREA_SHAPE && shape.parentId === pageId && editor.isPointInShape(shape, center, { hitInside: true }))
  const structure = (shape: TLShape) => shape.type === AREA_SHAPE || shape.type === LABEL_SHAPE
  const others = occupied(editor, onArea ? (shape) => !structure(shape) || shape.type === LABEL_SHAPE : () => true)
  const spot = findFreeSpot(others, ACTOR_CARD_SIZE, center, onArea ? 24 : 80)
  const id = createShapeId()
  editor.markHistoryStoppingPoint('add actor')
  editor.createShape({ id, type: ACTOR_SHAPE, x: spot.x, y: spot.y, props: defaultActorCardProps() })
  reveal(editor, { ...spot, ...ACTOR_CARD_SIZE })
  startEditing(editor, id)
  return id
}

/** The instance of a template most in view (largest visible part), if any. */
function templateInView(editor: Editor, template: string): string | undefined {
  const viewport = editor.getViewportPageBounds()
  const visible = new Map<string, number>()
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.type !== AREA_SHAPE || shape.props.template !== template) continue
    const box = editor.getShapePageBounds(shape)
    if (!box?.collides(viewport)) continue
    const w = Math.min(box.maxX, viewport.maxX) - Math.max(box.minX, viewport.minX)
    const h = Math.min(box.maxY, viewport.maxY) - Math.max(box.minY, viewport.minY)
    visible.set(shape.props.instance, (visible.get(shape.props.instance) ?? 0) + Math.max(0, w) * Math.max(0, h))
  }
  let best: string | undefined
  let most = 0
  for (const [instance, area] of visible) {
    if (area > most) {
      best = instance
      most = area
    }
  }
  return best
}
