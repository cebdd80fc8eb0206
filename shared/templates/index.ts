// Workshop templates: the layouts, and the functions that put them on a board.
import { nanoid } from 'nanoid'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID } from '../board/initBoard.ts'
import { shapePageBounds } from '../areas/geometry.ts'
import { actorMapQuadrants, actorMapRings } from './layouts/actorMap.ts'
import { brainstorm, CLUSTER_SIZE } from './layouts/brainstorm.ts'
import { participationLadder } from './layouts/participationLadder.ts'
import { vision } from './layouts/vision.ts'
import { review } from './layouts/review.ts'
import { roleDivision } from './layouts/roleDivision.ts'
import { agreements } from './layouts/agreements.ts'
import { areaRecord, chooseOrigin, indicesAbove, labelRecord, shapeId, type PlaceOptions } from './place.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { TEMPLATE_LAYOUTS, type Box, type Point, type TemplateLayoutId, type TemplateSpec } from './types.ts'

export * from './freeSpot.ts'
export * from './addNote.ts'
export * from './types.ts'

const LAYOUTS: Record<TemplateLayoutId, () => TemplateSpec> = {
  'actor-map': actorMapQuadrants,
  'actor-map:rings': actorMapRings,
  'participation-ladder': participationLadder,
  brainstorm,
  vision,
  review,
  'role-division': roleDivision,
  agreements,
}

export function isTemplateLayout(id: string): id is TemplateLayoutId {
  return (TEMPLATE_LAYOUTS as readonly string[]).includes(id)
}

export function templateSpec(layout: TemplateLayoutId): TemplateSpec {
  return LAYOUTS[layout]()
}

export interface Placed {
  instance: string
  bounds: Box
  records: BoardRecord[]
}

type Options = Omit<PlaceOptions, 'newId' | 'pageId'> & { pageId?: string; newId?: () => string }

function withDefaults(opts: Options): PlaceOptions {
  return { ...opts, pageId: opts.pageId ?? FIRST_PAGE_ID, newId: opts.newId ?? (() => nanoid()) }
}

/** Page bounds of the shapes on a page, estimated from the records (the client passes exact ones). */
export function estimateOccupied(existing: readonly BoardRecord[], pageId = FIRST_PAGE_ID): Box[] {
  const byId = new Map(existing.map((r) => [r.id, r]))
  const boxes: Box[] = []
  for (const record of existing) {
    if (record.typeName !== 'shape' || record.parentId !== pageId) continue
    const box = shapePageBounds(record, (id) => byId.get(id))
    if (box) boxes.push(box)
  }
  return boxes
}

/** The records of one template placed near `opts.near`, without writing them anywhere. */
export function templateRecords(layout: TemplateLayoutId, options: Options): Placed {
  const opts = withDefaults(options)
  const spec = templateSpec(layout)
  const at = chooseOrigin(opts, spec, (existing) => estimateOccupied(existing, opts.pageId))
  const instance = opts.newId()
  const indices = indicesAbove(opts.existing, opts.pageId, spec.areas.length + spec.labels.length)
  const records: BoardRecord[] = []
  spec.areas.forEach((area, i) => {
    records.push(
      areaRecord(area, at, {
        template: spec.template,
        instance,
        order: i,
        pageId: opts.pageId,
        index: indices[records.length]!,
        id: shapeId(opts.newId),
        // Clusters are the participants' own: they add, name and move them.
        locked: area.kind !== 'cluster',
      }),
    )
  })
  for (const label of spec.labels) {
    records.push(labelRecord(label, at, { template: spec.template, instance, pageId: opts.pageId, index: indices[records.length]!, id: shapeId(opts.newId) }))
  }
  return { instance, bounds: { ...at, w: spec.w, h: spec.h }, records }
}

/** Places a template on the board in one transaction. */
export function placeTemplate(board: BoardDoc, layout: TemplateLayoutId, options: Omit<Options, 'existing'>, origin?: unknown): Placed {
  const placed = templateRecords(layout, { ...options, existing: board.all() })
  board.apply({ put: placed.records }, origin)
  return placed
}

/** Templates side by side, left to right, as a new session asks for them. */
export function placeTemplatesSideBySide(board: BoardDoc, layouts: readonly TemplateLayoutId[], origin?: unknown, gap = 200): Placed[] {
  const placed: Placed[] = []
  let x = 0
  for (const layout of layouts) {
    const spec = templateSpec(layout)
    const near: Point = { x: x + spec.w / 2, y: spec.h / 2 }
    const result = placeTemplate(board, layout, { near }, origin)
    placed.push(result)
    x = result.bounds.x + result.bounds.w + gap
  }
  return placed
}

/** A new, empty cluster (anyone may add one): unlocked, named by hand later. */
export function clusterRecord(options: Options & { instance?: string; template?: 'brainstorm' | 'board' }): BoardRecord {
  const opts = withDefaults(options)
  const at = chooseOrigin(opts, CLUSTER_SIZE, (existing) => estimateOccupied(existing, opts.pageId))
  const [index] = indicesAbove(opts.existing, opts.pageId, 1)
  return areaRecord(
    { key: `cluster-${opts.newId()}`, kind: 'cluster', x: 0, y: 0, ...CLUSTER_SIZE, labelKey: 'brainstorm.cluster.unnamed', tint: 'green' },
    at,
    {
      template: options.template ?? 'board',
      instance: options.instance ?? opts.newId(),
      order: 1000,
      pageId: opts.pageId,
      index: index!,
      id: shapeId(opts.newId),
      locked: false,
    },
  )
}

/** An "Acties" area that can be added to any board: notes in it are actions. */
export function actionsAreaRecord(options: Options & { size?: { w: number; h: number }; labelKey?: MessageKey }): BoardRecord {
  const opts = withDefaults(options)
  const size = options.size ?? { w: 900, h: 1000 }
  const at = chooseOrigin(opts, size, (existing) => estimateOccupied(existing, opts.pageId))
  const [index] = indicesAbove(opts.existing, opts.pageId, 1)
  const labelKey = options.labelKey ?? 'template.actions.title'
  return areaRecord({ key: 'actions', kind: 'actions', x: 0, y: 0, ...size, labelKey, hintKey: 'vision.actions.hint', tint: 'green' }, at, {
    template: 'board',
    instance: opts.newId(),
    order: 0,
    pageId: opts.pageId,
    index: index!,
    id: shapeId(opts.newId),
    locked: true,
  })
}
