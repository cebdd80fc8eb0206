// Hand-made board records for tests: complete tldraw shape records, checked against the board schema
// so that a test can never pass on a record the real editor would reject.
import { PageRecordType, toRichText } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../board/boardDoc.ts'
import { FIRST_PAGE_ID, initBoard } from '../board/initBoard.ts'
import { boardSchema } from '../board/schema.ts'
import type { ActorCardProps, AreaProps, LabelProps } from '../board/shapes/index.ts'
import { votesMap } from '../facilitation/index.ts'

export const PAGE = FIRST_PAGE_ID

/** 'q1' → 'shape:q1'; ids that already are shape or page ids stay as they are. */
export function sid(id: string): string {
  return id.startsWith('shape:') || id.startsWith('page:') ? id : `shape:${id}`
}

interface Base {
  id: string
  x?: number
  y?: number
  parentId?: string
  index?: string
  meta?: Record<string, unknown>
}

function shape(base: Base, type: string, props: object): BoardRecord {
  const record = {
    id: sid(base.id),
    typeName: 'shape',
    type,
    x: base.x ?? 0,
    y: base.y ?? 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    parentId: sid(base.parentId ?? PAGE),
    index: (base.index ?? 'a1') as IndexKey,
    meta: base.meta ?? {},
    props,
  }
  boardSchema().types.shape.validate(record)
  return record as BoardRecord
}

export function area(base: Base & Partial<AreaProps>): BoardRecord {
  const props: AreaProps = {
    w: base.w ?? 100,
    h: base.h ?? 100,
    kind: base.kind ?? 'quadrant',
    template: base.template ?? 'actor-map',
    instance: base.instance ?? 'i1',
    key: base.key ?? base.id,
    order: base.order ?? 0,
    labelKey: base.labelKey ?? '',
    label: base.label ?? '',
    hintKey: base.hintKey ?? '',
    tint: base.tint ?? 'grey',
    geometry: base.geometry ?? 'rect',
    ringInner: base.ringInner ?? 0,
    side: base.side ?? 'full',
    lane: base.lane ?? '',
  }
  return shape(base, 'sb-area', props)
}

/** A Terugblik's four lanes (open, doing, done, dropped) side by side, 700 × 1200 each. */
export function terugblikLanes(instance = 'tb', y = 0): BoardRecord[] {
  return ['open', 'doing', 'done', 'dropped'].map((key, i) =>
    area({
      id: `${instance}-${key}`,
      kind: 'review',
      template: 'review',
      instance,
      key,
      order: i,
      labelKey: `review.lane.${key}`,
      x: i * 740,
      y,
      w: 700,
      h: 1200,
    }),
  )
}

export function label(base: Base & Partial<LabelProps>): BoardRecord {
  const props: LabelProps = {
    w: base.w ?? 400,
    role: base.role ?? 'title',
    labelKey: base.labelKey ?? '',
    text: base.text ?? '',
    size: base.size ?? 'xl',
    align: base.align ?? 'start',
    vertical: base.vertical ?? false,
    template: base.template ?? 'actor-map',
    instance: base.instance ?? 'i1',
  }
  return shape(base, 'sb-label', props)
}

/**
 * A sticky note, 200 × 200 at scale 1; `votes` go to the votes map in testBoard: a total, or (as older
 * boards stored them) { voterId: count }.
 */
export function note(base: Base & { text?: string; scale?: number; growY?: number; votes?: number | Record<string, unknown> }): BoardRecord {
  const meta = base.votes !== undefined ? { ...base.meta, votes: base.votes } : base.meta
  return shape({ ...base, meta: meta ?? {} }, 'note', {
    color: 'yellow',
    labelColor: 'black',
    richText: toRichText(base.text ?? ''),
    size: 'm',
    font: 'draw',
    align: 'middle',
    verticalAlign: 'middle',
    growY: base.growY ?? 0,
    fontSizeAdjustment: 1,
    url: '',
    scale: base.scale ?? 1,
    textLastEditedBy: null,
  })
}

export function actor(base: Base & Partial<ActorCardProps> & { votes?: number | Record<string, unknown> }): BoardRecord {
  const props: ActorCardProps = {
    w: base.w ?? 240,
    h: base.h ?? 150,
    name: base.name ?? '',
    party: base.party ?? 'anders',
    interest: base.interest ?? '',
    attitude: base.attitude ?? '',
    role: base.role ?? '',
  }
  const meta = base.votes !== undefined ? { ...base.meta, votes: base.votes } : base.meta
  return shape({ ...base, meta: meta ?? {} }, 'sb-actor', props)
}

export function frame(base: Base & { w: number; h: number }): BoardRecord {
  return shape(base, 'frame', { w: base.w, h: base.h, name: '', color: 'black' })
}

export function text(base: Base & { text: string; w?: number }): BoardRecord {
  return shape(base, 'text', {
    color: 'black',
    size: 'm',
    font: 'draw',
    textAlign: 'start',
    w: base.w ?? 300,
    richText: toRichText(base.text),
    scale: 1,
    autoSize: false,
  })
}

export function page(id: string, index: string): BoardRecord {
  return PageRecordType.create({ id: id as never, name: id, index: index as IndexKey }) as unknown as BoardRecord
}

/**
 * A fresh board (document record, first page) holding `records`. Votes given to note()/actor() go to
 * the board's votes map, where the server keeps them.
 */
export function testBoard(...records: BoardRecord[]): BoardDoc {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  const stored = records.map((record) => {
    const meta = (record.meta ?? {}) as Record<string, unknown>
    if (meta.votes === undefined) return record
    const { votes, ...rest } = meta
    votesMap(board.doc).set(record.id, votes)
    return { ...record, meta: rest }
  })
  board.apply({ put: stored })
  return board
}

/** Moves a shape by writing a new x/y, as a drag in the editor would. */
export function moveTo(board: BoardDoc, id: string, x: number, y: number): void {
  const record = board.get(sid(id))
  if (!record) throw new Error(`no record ${id}`)
  board.apply({ put: [{ ...record, x, y }] })
}
