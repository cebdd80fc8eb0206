// Turns a template layout into tldraw records: one sb-area per area and one sb-label per structure
// text, all on one page, above every existing shape, at a free spot near where the viewer looks.
// Structure is locked (not moved or deleted by accident while notes are dragged around); clusters and
// the brainstorm question stay editable.
import { getIndicesAbove, sortByIndex, type IndexKey } from '@tldraw/utils'
import type { BoardRecord } from '../board/boardDoc.ts'
import { boardSchema } from '../board/schema.ts'
import { AREA_SHAPE, LABEL_SHAPE, type AreaProps, type AreaTemplate, type LabelProps } from '../board/shapes/index.ts'
import { findFreeSpot } from './freeSpot.ts'
import type { AreaSpec, Box, LabelSpec, Point } from './types.ts'

export interface PlaceOptions {
  /** Shapes already on the board (for z-order and, when `occupied` is not given, for free space). */
  existing: readonly BoardRecord[]
  pageId: string
  /** Page point the viewer is looking at; the template is centred there when that spot is free. */
  near: Point
  /** Exact page bounds of existing shapes (the editor knows them); estimated from `existing` otherwise. */
  occupied?: readonly Box[]
  newId: () => string
}

export function shapeId(newId: () => string): string {
  return `shape:${newId()}`
}

/** Fractional indices above every shape on the page, so new structure never hides existing work. */
export function indicesAbove(existing: readonly BoardRecord[], pageId: string, count: number): IndexKey[] {
  const onPage = existing.filter((r) => r.typeName === 'shape' && r.parentId === pageId) as unknown as Array<{ index: IndexKey }>
  const top = onPage.sort(sortByIndex).at(-1)?.index
  return getIndicesAbove(top ?? null, count)
}

export function areaRecord(
  spec: AreaSpec,
  at: Point,
  ctx: { template: AreaTemplate; instance: string; order: number; pageId: string; index: IndexKey; id: string; locked: boolean },
): BoardRecord {
  const props: AreaProps = {
    w: spec.w,
    h: spec.h,
    kind: spec.kind,
    template: ctx.template,
    instance: ctx.instance,
    key: spec.key,
    order: spec.order ?? ctx.order,
    labelKey: spec.labelKey,
    label: '',
    hintKey: spec.hintKey ?? '',
    tint: spec.tint,
    geometry: spec.geometry ?? 'rect',
    ringInner: spec.ringInner ?? 0,
    side: spec.side ?? 'full',
    lane: spec.lane ?? '',
  }
  return shape({ id: ctx.id, type: AREA_SHAPE, x: at.x + spec.x, y: at.y + spec.y, parentId: ctx.pageId, index: ctx.index, isLocked: ctx.locked, props })
}

export function labelRecord(
  spec: LabelSpec,
  at: Point,
  ctx: { template: AreaTemplate; instance: string; pageId: string; index: IndexKey; id: string },
): BoardRecord {
  const props: LabelProps = {
    w: spec.w,
    role: spec.role,
    labelKey: spec.labelKey,
    text: '',
    size: spec.size,
    align: spec.align ?? 'start',
    vertical: spec.vertical ?? false,
    template: ctx.template,
    instance: ctx.instance,
  }
  // The question is typed by the facilitator, so it can be edited while it stays in place (see the
  // client's LabelShapeUtil: it is locked, and canEditWhileLocked).
  return shape({ id: ctx.id, type: LABEL_SHAPE, x: at.x + spec.x, y: at.y + spec.y, parentId: ctx.pageId, index: ctx.index, isLocked: true, props })
}

function shape(fields: { id: string; type: string; x: number; y: number; parentId: string; index: IndexKey; isLocked: boolean; props: object }): BoardRecord {
  const record = boardSchema().types.shape.create(fields as never) as unknown as BoardRecord
  return record
}

export function chooseOrigin(opts: PlaceOptions, size: { w: number; h: number }, estimate: (existing: readonly BoardRecord[]) => Box[]): Point {
  return findFreeSpot(opts.occupied ?? estimate(opts.existing), size, opts.near)
}
