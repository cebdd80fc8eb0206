import { describe, expect, it } from 'vitest'
import {
  cutBy,
  followShot,
  noteTextSize,
  PROJECTOR_MIN_TEXT_PX,
  projectorShot,
  projectorSubject,
  readableZoom,
  stops,
  type Box,
  type ProjectorNote,
} from './projectorView.ts'

/** The board canvas of a 1920×1080 projector: below the header (~116 px), beside the join card's column (~307 px). */
const SCREEN = { w: 1613, h: 964 }
const M = noteTextSize({ size: 'm' })

/** `count` default notes in a grid of `cols` columns, 200 wide with 20 gaps, starting at (x, y). */
function grid(count: number, cols: number, x = 40, y = 160): ProjectorNote[] {
  return Array.from({ length: count }, (_, i) => ({
    box: { x: x + (i % cols) * 220, y: y + Math.floor(i / cols) * 220, w: 200, h: 200 },
    textSize: M,
  }))
}

const inside = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.w <= outer.x + outer.w + 1e-6 && inner.y + inner.h <= outer.y + outer.h + 1e-6

describe('noteTextSize', () => {
  it('is tldraw 5.4.2’s note text: 16 × 1.375 = 22 for size m, scaled by size, adjustment and scale', () => {
    expect(noteTextSize({ size: 'm' })).toBe(22)
    expect(noteTextSize({ size: 's' })).toBe(18)
    expect(noteTextSize({ size: 'xl', scale: 2 })).toBe(64)
    expect(noteTextSize({ size: 'm', fontSizeAdjustment: 0.5 })).toBe(11)
    expect(noteTextSize({ size: 'weird', scale: -3, fontSizeAdjustment: Number.NaN })).toBe(22)
  })

  it('readable zoom puts the smallest note text at 24 px', () => {
    expect(readableZoom([]) * 22).toBeGreaterThanOrEqual(24)
    expect(readableZoom([]) * 22).toBeLessThan(24.1)
    expect(readableZoom([{ box: { x: 0, y: 0, w: 200, h: 200 }, textSize: 18 }, ...grid(3, 3)]) * 18).toBeCloseTo(24, 1)
  })
})

describe('projectorShot', () => {
  it('shows a small area whole, as large as fits, never past the maximum zoom', () => {
    const area = { x: 0, y: 0, w: 760, h: 520 }
    const shot = projectorShot(area, grid(4, 3, 40, 120), SCREEN)
    expect(shot.pages).toHaveLength(1)
    expect(shot.zoom).toBeCloseTo(Math.min((SCREEN.w - 48) / 760, (SCREEN.h - 48) / 520))
    expect(shot.zoom * M).toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX)
    expect(inside(shot.pages[0]!, area)).toBe(true)
    expect(projectorShot({ x: 0, y: 0, w: 50, h: 50 }, [], SCREEN).zoom).toBe(2)
  })

  it('a page is exactly the screen at the shot’s zoom', () => {
    const shot = projectorShot({ x: 0, y: 0, w: 1300, h: 1400 }, grid(30, 6), SCREEN)
    for (const page of shot.pages) {
      expect(page.w * shot.zoom).toBeCloseTo(SCREEN.w)
      expect(page.h * shot.zoom).toBeCloseTo(SCREEN.h)
    }
  })

  it('30 notes in a brainstorm’s ideas area: text at 24 px, in pages that each show whole notes, every note on one', () => {
    const area = { x: 0, y: 0, w: 1300, h: 1400 }
    const notes = grid(30, 6)
    const shot = projectorShot(area, notes, SCREEN)
    expect(shot.zoom * M).toBeCloseTo(PROJECTOR_MIN_TEXT_PX, 1)
    expect(shot.pages.length).toBe(2)
    for (const note of notes) expect(shot.pages.some((page) => inside(page, note.box))).toBe(true)
    // The first page starts at the area's top: its title and description are on it.
    expect(shot.pages[0]!.y).toBeLessThanOrEqual(area.y)
  })

  it('the whole board at zoom-to-fit is toured in readable pages, skipping empty stretches', () => {
    // Two templates far apart with notes, nothing in between.
    const notes = [...grid(12, 4, 0, 0), ...grid(12, 4, 6000, 0)]
    const board = { x: 0, y: 0, w: 6860, h: 640 }
    const shot = projectorShot(board, notes, SCREEN)
    expect(shot.zoom * M).toBeCloseTo(PROJECTOR_MIN_TEXT_PX, 1)
    expect(shot.pages.length).toBe(2)
    for (const note of notes) expect(shot.pages.some((page) => inside(page, note.box))).toBe(true)
  })

  it('a note with shrunken text raises the zoom for its target', () => {
    const notes = [...grid(5, 5), { box: { x: 40, y: 400, w: 200, h: 200 }, textSize: 16 }]
    const shot = projectorShot({ x: 0, y: 0, w: 1200, h: 700 }, notes, SCREEN)
    expect(shot.zoom * 16).toBeCloseTo(PROJECTOR_MIN_TEXT_PX, 1)
  })
})

describe('cutBy: a page shows whole notes only', () => {
  // The room of issue 15's walk-through: 60 notes in a 1300-wide ideas area, five columns 260 apart, a
  // few with a long word (tldraw shrinks their text to 14) and a few long texts, 637 tall.
  const notes: ProjectorNote[] = Array.from({ length: 60 }, (_, i) => {
    const tall = i % 12 === 11
    return {
      id: `n${i}`,
      box: { x: 40 + (i % 5) * 260, y: 200 + Math.floor(i / 5) * 260, w: 200, h: tall ? 637 : 200 },
      textSize: i % 15 === 3 ? 14 : M,
    }
  }).map((n, i, all) => {
    // Below a tall note, its column moves down (the layout's rule: no two notes overlap).
    const above = all.filter((m, j) => j < i && j % 5 === i % 5 && m.box.h > 200).length
    return { ...n, box: { ...n.box, y: n.box.y + above * 437 } }
  })
  const area = { x: 0, y: 0, w: 1300, h: Math.max(...notes.map((n) => n.box.y + n.box.h)) + 40 }
  const shot = projectorShot(area, notes, SCREEN)

  it('every note that fits a screen is whole on some page; each page leaves out exactly the notes its edges cut', () => {
    expect(shot.zoom * 14).toBeCloseTo(PROJECTOR_MIN_TEXT_PX, 1)
    for (const page of shot.pages) {
      const cut = new Set(cutBy(page, notes).map((n) => n.id))
      const shown = notes.filter(
        (n) => !cut.has(n.id) && n.box.x < page.x + page.w && n.box.x + n.box.w > page.x && n.box.y < page.y + page.h && n.box.y + n.box.h > page.y,
      )
      // Whole, or (a note taller than the screen) whole across and cut only at the top or bottom.
      const across = (n: ProjectorNote) => n.box.h > page.h && n.box.x >= page.x && n.box.x + n.box.w <= page.x + page.w
      for (const n of shown) expect(inside(page, n.box) || across(n), `${n.id} on a page at ${page.x},${page.y}`).toBe(true)
      // No page shows nothing whole (the first page, with the area's title, may).
      if (page !== shot.pages[0]) expect(shown.length).toBeGreaterThan(0)
    }
    for (const n of notes) {
      const fits = n.box.w <= shot.pages[0]!.w && n.box.h <= shot.pages[0]!.h
      if (fits)
        expect(
          shot.pages.some((page) => inside(page, n.box)),
          n.id,
        ).toBe(true)
      // A tall one: shown (not left out) on some page, with its middle on it.
      else
        expect(
          shot.pages.some((page) => !cutBy(page, [n]).length && inside(page, { x: n.box.x, y: n.box.y + n.box.h / 2, w: n.box.w, h: 0 })),
          n.id,
        ).toBe(true)
    }
  })

  it('never leaves out a note larger than the screen at this zoom', () => {
    const page = { x: 0, y: 0, w: 500, h: 400 }
    expect(cutBy(page, [{ id: 'big', box: { x: 10, y: 100, w: 200, h: 637 }, textSize: 22 }])).toEqual([])
    // …unless it is also cut at the side, where a page can hold it: that page shows it.
    expect(cutBy(page, [{ id: 'big', box: { x: 400, y: 100, w: 200, h: 637 }, textSize: 22 }]).map((n) => n.id)).toEqual(['big'])
    expect(cutBy(page, [{ id: 'half', box: { x: 400, y: 10, w: 200, h: 200 }, textSize: 22 }]).map((n) => n.id)).toEqual(['half'])
    expect(cutBy(page, [{ id: 'in', box: { x: 10, y: 10, w: 200, h: 200 }, textSize: 22 }])).toEqual([])
  })
})

describe('stops', () => {
  it('centres a span that fits', () => {
    expect(stops(100, 300, 400, [])).toEqual([0])
  })

  it('starts the next window at the first item the previous one cuts, the last ending at the end', () => {
    // Items of 200 every 220 from 0; window 500: [0,500] holds 0–200 and 220–420, cuts 440–640.
    const items = [0, 220, 440, 660, 880].map((a) => [a, a + 200] as const)
    const result = stops(0, 1080, 500, items)
    expect(result[0]).toBe(0)
    expect(result[1]).toBe(440 - 16)
    expect(result.at(-1)).toBe(1080 - 500)
    for (const [a, b] of items) expect(result.some((s) => a >= s && b <= s + 500)).toBe(true)
  })

  it('steps a whole window past an item larger than a window, and always ends', () => {
    const result = stops(0, 3000, 500, [[0, 3000]])
    expect(result.length).toBeGreaterThan(1)
    for (let i = 1; i < result.length; i++) expect(result[i]!).toBeGreaterThan(result[i - 1]!)
    expect(result.at(-1)).toBe(2500)
  })

  it('ends where no item lies beyond', () => {
    expect(stops(0, 5000, 500, [[10, 200]])).toEqual([0])
  })
})

describe('followShot', () => {
  const notes = grid(12, 4, 0, 0)

  it('mirrors a readable view of the facilitator, fitted to the projector', () => {
    const leader = { x: 0, y: 0, w: 1200, h: 700 }
    const shot = followShot(leader, notes, SCREEN, null)
    expect(shot.center).toEqual({ x: 600, y: 350 })
    expect(shot.zoom).toBeCloseTo(Math.min(SCREEN.w / 1200, SCREEN.h / 700))
    expect(shot.zoom * M).toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX)
  })

  it('a wide, low view of the facilitator: the readable window stays centred on it across its height', () => {
    const leader = { x: 0, y: 0, w: 9000, h: 600 }
    const shot = followShot(leader, grid(3, 3, 6000, 0), SCREEN, null)
    expect(shot.center.y).toBe(300)
    expect(shot.center.x).toBeGreaterThan(6000)
  })

  it('with no notes in a zoomed-out facilitator’s view, shows its middle at the readable zoom', () => {
    const shot = followShot({ x: 20_000, y: 0, w: 8000, h: 4000 }, notes, SCREEN, null)
    expect(shot.zoom * M).toBeCloseTo(PROJECTOR_MIN_TEXT_PX, 1)
    expect(shot.center).toEqual({ x: 24_000, y: 2000 })
  })

  it('shows the busiest readable part of a zoomed-out facilitator’s view, and stays there while no part is busier', () => {
    // A few notes near the middle, a block of 12 in the top-left corner.
    const leader = { x: 0, y: 0, w: 8000, h: 4000 }
    const few = grid(2, 2, 3900, 1900)
    const shot = followShot(leader, [...notes, ...few], SCREEN, null)
    const w = SCREEN.w / shot.zoom
    const h = SCREEN.h / shot.zoom
    const window = { x: shot.center.x - w / 2, y: shot.center.y - h / 2, w, h }
    for (const note of notes) expect(inside(window, note.box)).toBe(true)
    // One more note in the middle does not make it jump; many more do.
    expect(followShot(leader, [...notes, ...grid(3, 3, 3900, 1900)], SCREEN, window).center).toEqual(shot.center)
    const busy = followShot(leader, [...notes, ...grid(15, 5, 3900, 1900)], SCREEN, window)
    expect(busy.center).not.toEqual(shot.center)
  })
})

describe('projectorSubject', () => {
  const fac = { userId: 'user:fac', role: 'facilitator' as const, isSelf: false }
  const other = { userId: 'user:co', role: 'facilitator' as const, isSelf: false }
  const self = { userId: 'user:me', role: 'view' as const, isSelf: true }
  const exists = (id: string) => id === 'shape:ideas'

  it('a deliberate follow-me wins, then the focus area, then the first facilitator online, then the whole board', () => {
    expect(projectorSubject({ follow: { userId: 'user:co' }, focus: { areaId: 'shape:ideas' } }, [self, fac, other], exists)).toEqual({
      kind: 'follow',
      userId: 'user:co',
    })
    expect(projectorSubject({ follow: { userId: null }, focus: { areaId: 'shape:ideas' } }, [self, fac], exists)).toEqual({
      kind: 'area',
      areaId: 'shape:ideas',
    })
    expect(projectorSubject({ follow: { userId: null }, focus: { areaId: 'shape:gone' } }, [self, fac], exists)).toEqual({ kind: 'follow', userId: 'user:fac' })
    expect(projectorSubject({ follow: { userId: 'user:left' }, focus: { areaId: null } }, [self], exists)).toEqual({ kind: 'board' })
  })
})
