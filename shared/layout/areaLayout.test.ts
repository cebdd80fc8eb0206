import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { AreaProps } from '../board/shapes/index.ts'
import type { BoardRecord } from '../board/boardDoc.ts'
import { TEMPLATE_LAYOUTS, type TemplateLayoutId } from '../templates/types.ts'
import { placeNoteInArea, tidyArea, withTextFit } from './boardLayout.ts'
import { settleNotes } from './settle.ts'
import { areaOverlaps, areasOf, blankNote, boxOf, layoutProblems, merge, templateBoard } from './testBoard.ts'

const LONG_WORD = 'Burgerparticipatietrajectbegeleidingscommissie'
const TEXT_400 = 'De buurt wil meer groen op het plein en een veilige oversteek bij de school; '.repeat(6).slice(0, 400)
const TEXTS = ['', LONG_WORD, TEXT_400, 'Meer bankjes', 'Wie doet wat?\nEn wanneer?']

/** One area of each kind per template layout (rings: the widest band, which holds the most). */
function areaOfEachKind(records: readonly BoardRecord[]): BoardRecord[] {
  const seen = new Map<string, BoardRecord>()
  for (const a of areasOf(records)) {
    const p = a.props as AreaProps
    const key = `${p.kind}:${p.lane}`
    const before = seen.get(key)
    if (!before || (before.props as AreaProps).w < p.w) seen.set(key, a)
  }
  return [...seen.values()]
}

function post(records: BoardRecord[], areaId: string, texts: readonly string[]): { records: BoardRecord[]; ids: string[] } {
  const ids: string[] = []
  for (const text of texts) {
    const note = withTextFit(blankNote(text))
    const placed = placeNoteInArea(records, areaId, note, { grow: true })!
    records = merge(records, [placed.note, ...placed.also])
    ids.push(note.id)
  }
  return { records, ids }
}

const isRing = (a: BoardRecord) => (a.props as AreaProps).geometry === 'ring'
const rectLayouts = TEMPLATE_LAYOUTS.filter((l) => l !== 'actor-map:rings')

describe('notes posted into an area', () => {
  test.each(rectLayouts)('%s: 0, 1 and 120 notes of every length into each area kind: no overlaps, inside, clear of the title, text fits', (layout) => {
    for (const count of [0, 1, 120]) {
      const start = templateBoard(layout)
      for (const area of areaOfEachKind(start)) {
        const texts = Array.from({ length: count }, (_, i) => TEXTS[i % TEXTS.length]!)
        const { records, ids } = post(start, area.id, texts)
        expect(layoutProblems(records, area.id, ids), `${layout} ${(area.props as AreaProps).key} × ${count}`).toEqual([])
        expect(areaOverlaps(records)).toEqual([])
      }
    }
  })

  test('200 notes into the brainstorm ideas: the area grows down, the clusters beside it stay clear', () => {
    const start = templateBoard('brainstorm')
    const ideas = areasOf(start).find((a) => (a.props as AreaProps).kind === 'ideas')!
    const { records, ids } = post(
      start,
      ideas.id,
      Array.from({ length: 200 }, (_, i) => TEXTS[i % TEXTS.length]!),
    )
    expect(layoutProblems(records, ideas.id, ids)).toEqual([])
    expect(areaOverlaps(records)).toEqual([])
    expect(boxOf(records, records.find((r) => r.id === ideas.id)!).h).toBeGreaterThan((ideas.props as AreaProps).h)
  }, 60_000)

  test('a full ladder rung grows, its other lane grows along and the rungs below move down with their notes', () => {
    let records = templateBoard('participation-ladder')
    const rung = (key: string) => records.find((r) => (r.props as AreaProps | undefined)?.key === key)!
    const below = post(records, rung('raadplegen-now').id, ['onder'])
    records = below.records
    const lowNote = records.find((r) => r.id === below.ids[0])!
    const { records: after, ids } = post(
      records,
      rung('adviseren-now').id,
      Array.from({ length: 9 }, (_, i) => `idee ${i}`),
    )
    records = after
    expect(layoutProblems(records, rung('adviseren-now').id, ids)).toEqual([])
    expect(areaOverlaps(records)).toEqual([])
    const grown = (rung('adviseren-now').props as AreaProps).h - 240
    expect(grown).toBeGreaterThan(0)
    expect((rung('adviseren-next').props as AreaProps).h).toBe(240 + grown)
    expect(rung('raadplegen-now').y).toBe((rung('adviseren-now').y as number) + 240 + grown)
    expect(records.find((r) => r.id === lowNote.id)!.y).toBe((lowNote.y as number) + grown)
    expect(layoutProblems(records, rung('raadplegen-now').id, below.ids)).toEqual([])
  })

  test('a note posted into a rung does not cover the rung name', () => {
    const start = templateBoard('participation-ladder')
    for (const area of areasOf(start)) {
      const { records, ids } = post(start, area.id, [TEXT_400, 'kort', LONG_WORD, 'vier', 'vijf'])
      expect(layoutProblems(records, area.id, ids)).toEqual([])
    }
  })

  test('rings: notes sit in the band clear of each other and of the ring name as far as the band holds them', () => {
    const start = templateBoard('actor-map:rings')
    const outer = areasOf(start)
      .filter(isRing)
      .sort((a, b) => (b.props as AreaProps).w - (a.props as AreaProps).w)[0]!
    const { records, ids } = post(
      start,
      outer.id,
      Array.from({ length: 6 }, (_, i) => `actor ${i}`),
    )
    expect(layoutProblems(records, outer.id, ids)).toEqual([])
  })

  test('property: any number of notes (0..200) of any text into any area kind of the four templates', () => {
    const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 400 }), fc.lorem({ maxCount: 60 }))
    fc.assert(
      fc.property(fc.constantFrom(...(rectLayouts as TemplateLayoutId[])), fc.nat(), fc.array(text, { maxLength: 200 }), (layout, pick, texts) => {
        const start = templateBoard(layout)
        const kinds = areaOfEachKind(start)
        const area = kinds[pick % kinds.length]!
        const { records, ids } = post(start, area.id, texts)
        expect(layoutProblems(records, area.id, ids)).toEqual([])
        expect(areaOverlaps(records)).toEqual([])
      }),
      { numRuns: 12 },
    )
  }, 120_000)
})

describe('Opruimen (tidy)', () => {
  test('piled-up notes end in a grid: no overlaps, clear of the title, area grown when needed', () => {
    let records = templateBoard('vision')
    const goals = areasOf(records).find((a) => (a.props as AreaProps).kind === 'goals')!
    const box = boxOf(records, goals)
    // 40 notes dropped on one spot, some long.
    const pile = Array.from({ length: 40 }, (_, i) => ({ ...withTextFit(blankNote(TEXTS[i % TEXTS.length]!)), x: box.x + 100 + i, y: box.y + 300 + i }))
    records = merge(records, pile)
    records = merge(records, tidyArea(records, goals.id, { grow: true }))
    expect(
      layoutProblems(
        records,
        goals.id,
        pile.map((n) => n.id),
      ),
    ).toEqual([])
    expect(areaOverlaps(records)).toEqual([])
  })

  test('without leave to grow, a tidy that needs more room changes nothing', () => {
    let records = templateBoard('brainstorm')
    const cluster = areasOf(records).find((a) => (a.props as AreaProps).kind === 'cluster')!
    const box = boxOf(records, cluster)
    const pile = Array.from({ length: 30 }, (_, i) => ({ ...blankNote(`n${i}`), x: box.x + 200, y: box.y + 200 }))
    records = merge(records, pile)
    expect(tidyArea(records, cluster.id, { grow: false })).toEqual([])
    expect(tidyArea(records, cluster.id, { grow: true }).length).toBeGreaterThan(30)
  })
})

describe('settling notes that arrived on top of others', () => {
  test('only the crowded notes move: the first of two on top of each other, the lone one stays', () => {
    let records = templateBoard('brainstorm')
    const ideas = areasOf(records).find((a) => (a.props as AreaProps).kind === 'ideas')!
    const box = boxOf(records, ideas)
    const alone = { ...blankNote('alleen'), x: box.x + 900, y: box.y + 800 }
    const a = { ...blankNote('a'), x: box.x + 300, y: box.y + 400 }
    const b = { ...blankNote('b'), x: box.x + 350, y: box.y + 420 }
    records = merge(records, [alone, a, b])
    const put = settleNotes(records, [alone.id, a.id, b.id], { grow: true })
    expect(put.map((r) => r.id)).toEqual([a.id])
    records = merge(records, put)
    expect(layoutProblems(records, ideas.id, [alone.id, a.id, b.id])).toEqual([])
  })
})
