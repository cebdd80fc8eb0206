import { describe, expect, it } from 'vitest'
import { listAreas } from '../areas/areas.ts'
import { membersByArea } from '../areas/membership.ts'
import { noteText } from '../board/richText.ts'
import { sketchBoard, SKETCH_PAGE, type SketchShape } from './sketch.ts'
import { wrapText, textWidth } from './sketchText.ts'
import { workshopBoard } from './testBoard.ts'

const EPS = 0.01
/** The box a shape covers on the page. */
function box(s: SketchShape): { x: number; y: number; w: number; h: number } {
  switch (s.type) {
    case 'ring':
      return { x: s.cx - s.outer, y: s.cy - s.outer, w: 2 * s.outer, h: 2 * s.outer }
    case 'text':
      return s.vertical ? { x: s.x, y: s.y - s.w, w: s.lines.length * s.size * 1.2, h: s.w } : { x: s.x, y: s.y, w: s.w, h: s.lines.length * s.size * 1.2 }
    default:
      return s
  }
}

describe('sketchBoard', () => {
  const board = workshopBoard(60)
  const sketches = sketchBoard(board, 'nl')

  it('draws each template on its own landscape A4 page, in placement order', () => {
    expect(sketches.map((s) => s.title)).toEqual(['Actorenkaart', 'Participatieladder', 'Brainstorm', 'Visiesessie'])
    for (const sketch of sketches) {
      expect([sketch.width, sketch.height]).toEqual([SKETCH_PAGE.w, SKETCH_PAGE.h])
      for (const shape of sketch.shapes.filter((s) => s.type !== 'text')) {
        const b = box(shape)
        expect(b.x).toBeGreaterThanOrEqual(-EPS)
        expect(b.y).toBeGreaterThanOrEqual(-EPS)
        expect(b.x + b.w).toBeLessThanOrEqual(SKETCH_PAGE.w + EPS)
        expect(b.y + b.h).toBeLessThanOrEqual(SKETCH_PAGE.h + EPS)
      }
    }
  })

  it('fills the page: each template as large as the page allows', () => {
    for (const sketch of sketches) {
      const boxes = sketch.shapes.filter((s) => s.type === 'rect' || s.type === 'ring').map(box)
      const w = Math.max(...boxes.map((b) => b.x + b.w)) - Math.min(...boxes.map((b) => b.x))
      const h = Math.max(...boxes.map((b) => b.y + b.h)) - Math.min(...boxes.map((b) => b.y))
      // Either nearly the page's width or nearly its height (below the title) is used.
      expect(Math.max(w / SKETCH_PAGE.w, h / SKETCH_PAGE.h)).toBeGreaterThan(0.75)
    }
  })

  it('has every area and every note and card, each note with the start of its text', () => {
    const areas = listAreas(board, 'nl')
    const members = membersByArea(board, areas)
    const drawnAreas = sketches.flatMap((s) => s.shapes.filter((x) => x.type === 'rect' || x.type === 'ring'))
    expect(drawnAreas).toHaveLength(areas.length)
    const notes = new Map(sketches.flatMap((s) => s.shapes.flatMap((x) => (x.type === 'note' || x.type === 'card' ? [[x.id, x] as const] : []))))
    const expected = [...members.values()].flat()
    expect(expected.filter((r) => r.type === 'note')).toHaveLength(60)
    expect([...notes.keys()].sort()).toEqual(expected.map((r) => r.id).sort())
    for (const record of expected.filter((r) => r.type === 'note')) {
      const drawn = notes.get(record.id)!
      expect(drawn.type).toBe('note')
      expect(drawn.lines.length).toBeGreaterThan(0)
      expect(noteText(record).replace(/\s+/g, ' ')).toContain(drawn.lines[0]!.replace(/…$/, ''))
    }
  })

  it('prints an unnamed cluster plainly and leaves out the unanswered question hint', () => {
    const brainstorm = JSON.stringify(sketches[2])
    expect(brainstorm).toContain('Cluster zonder naam')
    expect(brainstorm).not.toContain('dubbelklik')
  })
})

describe('wrapText', () => {
  it('wraps at word boundaries within the width, and cuts with "…" when it does not fit', () => {
    const lines = wrapText("Gevelverlichting 's avonds aan, ook in de zijstraten richting de markt", 60, 8, 3)
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(textWidth(line, 8)).toBeLessThanOrEqual(60 + EPS)
    expect(lines[2]!.endsWith('…')).toBe(true)
    expect(wrapText('Kort', 60, 8, 3)).toEqual(['Kort'])
    expect(wrapText('een\ntwee', 60, 8, 3)).toEqual(['een', 'twee'])
    expect(wrapText('Supercalifragilisticexpialidocious', 30, 8, 5).every((l) => textWidth(l, 8) <= 30 + EPS)).toBe(true)
  })
})
