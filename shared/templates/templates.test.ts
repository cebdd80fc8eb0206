import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardDoc, type BoardRecord } from '../board/boardDoc.ts'
import { initBoard } from '../board/initBoard.ts'
import { boardSchema } from '../board/schema.ts'
import { isMessageKey } from '../i18n/messages.ts'
import {
  TEMPLATE_LAYOUTS,
  actionsAreaRecord,
  clusterRecord,
  estimateOccupied,
  overlaps,
  placeTemplate,
  placeTemplatesSideBySide,
  templateRecords,
  templateSpec,
  type Box,
} from './index.ts'

function newBoard(): BoardDoc {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  return board
}

let counter = 0
const newId = () => `t${++counter}`

const props = (r: BoardRecord) => r.props as Record<string, unknown>

describe('template layouts', () => {
  it.each(TEMPLATE_LAYOUTS)('%s produces valid tldraw records with translatable labels', (layout) => {
    const placed = templateRecords(layout, { existing: [], pageId: 'page:board', near: { x: 0, y: 0 }, newId })
    for (const record of placed.records) {
      expect(() => boardSchema().types.shape.validate(record)).not.toThrow()
      expect(isMessageKey(String(props(record).labelKey))).toBe(true)
      const hint = String(props(record).hintKey ?? '')
      if (hint) expect(isMessageKey(hint)).toBe(true)
    }
    // Areas have unique keys within their template.
    const keys = placed.records.filter((r) => r.type === 'sb-area').map((r) => props(r).key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('has the areas each method needs', () => {
    const kinds = (layout: (typeof TEMPLATE_LAYOUTS)[number]) => templateSpec(layout).areas.map((a) => `${a.kind}:${a.key}`)
    expect(kinds('actor-map')).toEqual(['quadrant:key-players', 'quadrant:keep-satisfied', 'quadrant:keep-informed', 'quadrant:monitor'])
    expect(kinds('actor-map:rings').filter((k) => k.startsWith('ring:'))).toHaveLength(8)
    const ladder = templateSpec('participation-ladder').areas
    expect(ladder.filter((a) => a.lane === 'now').map((a) => a.key)).toEqual([
      'zelfbeheer-now',
      'meebeslissen-now',
      'coproduceren-now',
      'adviseren-now',
      'raadplegen-now',
      'informeren-now',
    ])
    expect(ladder.filter((a) => a.lane === 'next')).toHaveLength(6)
    expect(kinds('brainstorm')).toEqual(['ideas:ideas', 'cluster:cluster-1', 'cluster:cluster-2'])
    expect(kinds('vision')).toEqual(['vision:vision', 'goals:goals', 'actions:actions'])
    // The Terugblik's lanes are keyed by the action status they stand for, in the order work moves.
    expect(kinds('review')).toEqual(['review:open', 'review:doing', 'review:done', 'review:dropped'])
    expect(kinds('role-division')).toEqual(['role:kerngroep', 'role:thema', 'role:meedenker', 'role:informed'])
    expect(kinds('agreements')).toEqual([
      'agreement:goal',
      'agreement:members',
      'agreement:decide',
      'agreement:meet',
      'agreement:communicate',
      'agreement:chafes',
      'agreement:evaluate',
    ])
  })

  it('sizes the working group templates like the others: within the template, lanes side by side, three note columns wide', () => {
    for (const layout of ['review', 'role-division', 'agreements'] as const) {
      const spec = templateSpec(layout)
      for (const a of spec.areas) {
        expect(a.x + a.w, `${layout} ${a.key}`).toBeLessThanOrEqual(spec.w)
        expect(a.y + a.h, `${layout} ${a.key}`).toBeLessThanOrEqual(spec.h)
        expect(a.w, `${layout} ${a.key}`).toBeGreaterThanOrEqual(700)
      }
      // About as big as the vision session and the actor map: one projector view shows the whole.
      expect(spec.w).toBeLessThanOrEqual(3000)
      expect(spec.h).toBeLessThanOrEqual(1600)
    }
    const review = templateSpec('review').areas
    expect(new Set(review.map((a) => a.y)).size).toBe(1)
    // The afsprakenkader's bottom row spans the same width as its top row.
    const agreements = templateSpec('agreements')
    expect(Math.max(...agreements.areas.map((a) => a.x + a.w))).toBe(agreements.w)
    expect(agreements.areas.filter((a) => a.x + a.w === agreements.w)).toHaveLength(2)
  })

  it('keeps rectangular areas of one template apart', () => {
    for (const layout of TEMPLATE_LAYOUTS) {
      const rects = templateSpec(layout).areas.filter((a) => a.geometry !== 'ring')
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!), `${layout} ${i} ${j}`).toBe(false)
    }
  })

  it('locks structure but leaves clusters to the participants', () => {
    const placed = templateRecords('brainstorm', { existing: [], pageId: 'page:board', near: { x: 0, y: 0 }, newId })
    for (const record of placed.records) {
      expect(record.isLocked).toBe(props(record).kind !== 'cluster')
    }
  })
})

describe('placing templates', () => {
  it('centres a template where the viewer looks when that spot is free', () => {
    const board = newBoard()
    const placed = placeTemplate(board, 'vision', { near: { x: 5000, y: 3000 }, newId })
    expect(placed.bounds.x + placed.bounds.w / 2).toBeCloseTo(5000, -1)
    expect(placed.bounds.y + placed.bounds.h / 2).toBeCloseTo(3000, -1)
    expect(board.all().filter((r) => r.typeName === 'shape')).toHaveLength(placed.records.length)
  })

  it('never places a template on top of existing work, and several of one kind can live together', () => {
    const board = newBoard()
    const first = placeTemplate(board, 'actor-map', { near: { x: 0, y: 0 }, newId })
    const second = placeTemplate(board, 'actor-map', { near: { x: 0, y: 0 }, newId })
    const third = placeTemplate(board, 'brainstorm', { near: { x: 100, y: 100 }, newId })
    const boxes: Box[] = [first.bounds, second.bounds, third.bounds]
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)
    expect(new Set([first.instance, second.instance, third.instance]).size).toBe(3)
  })

  it('places new structure above existing shapes in z-order', () => {
    const board = newBoard()
    const first = placeTemplate(board, 'vision', { near: { x: 0, y: 0 }, newId })
    const second = placeTemplate(board, 'vision', { near: { x: 0, y: 0 }, newId })
    const top = first.records
      .map((r) => String(r.index))
      .sort()
      .at(-1)!
    for (const r of second.records) expect(String(r.index) > top).toBe(true)
  })

  it('places templates asked for at creation side by side, left to right', () => {
    const board = newBoard()
    const placed = placeTemplatesSideBySide(board, ['brainstorm', 'vision', 'actor-map'])
    expect(placed[1]!.bounds.x).toBeGreaterThan(placed[0]!.bounds.x + placed[0]!.bounds.w)
    expect(placed[2]!.bounds.x).toBeGreaterThan(placed[1]!.bounds.x + placed[1]!.bounds.w)
    expect(placed.every((p) => p.bounds.y === placed[0]!.bounds.y)).toBe(true)
  })

  it('adds clusters and an actions area at free spots', () => {
    const board = newBoard()
    placeTemplate(board, 'brainstorm', { near: { x: 0, y: 0 }, newId })
    const cluster = clusterRecord({ existing: board.all(), pageId: 'page:board', near: { x: 0, y: 0 }, template: 'brainstorm', newId })
    const actions = actionsAreaRecord({ existing: board.all(), pageId: 'page:board', near: { x: 0, y: 0 }, newId })
    for (const record of [cluster, actions]) {
      expect(() => boardSchema().types.shape.validate(record)).not.toThrow()
      const box = { x: record.x as number, y: record.y as number, w: props(record).w as number, h: props(record).h as number }
      for (const taken of estimateOccupied(board.all())) expect(overlaps(box, taken)).toBe(false)
    }
    expect(cluster.isLocked).toBe(false)
    expect(props(actions).kind).toBe('actions')
  })
})
