import { describe, expect, it } from 'vitest'
import type { BoardDoc, BoardRecord } from '../board/boardDoc.ts'
import { listAreas } from './areas.ts'
import { areaOf, membersByArea } from './membership.ts'
import { actor, area, frame, label, note, page, sid, testBoard, text } from './testFixtures.ts'

// The actor map's grid: 900 × 620 quadrants, reading order as in the real layout.
const Q = { w: 900, h: 620 }
const quadrants = () => [
  area({ id: 'kp', key: 'key-players', order: 0, x: Q.w, y: 0, ...Q }),
  area({ id: 'ks', key: 'keep-satisfied', order: 1, x: 0, y: 0, ...Q }),
  area({ id: 'ki', key: 'keep-informed', order: 2, x: Q.w, y: Q.h, ...Q }),
  area({ id: 'mo', key: 'monitor', order: 3, x: 0, y: Q.h, ...Q }),
]

/** The area key an item ends up in ('' for none). */
function keyOf(board: BoardDoc, itemId: string): string {
  const areas = listAreas(board, 'nl')
  return areaOf(board.get(sid(itemId))!, areas, (id) => board.get(id))?.key ?? ''
}

describe('areaOf', () => {
  it('goes by the centre of the item, not by where its corner is', () => {
    // Top-left in keep-satisfied, but most of it (and its centre) in key-players.
    const board = testBoard(...quadrants(), note({ id: 'n1', x: 100, y: 100 }), note({ id: 'n2', x: 850, y: 100 }))
    expect(keyOf(board, 'n1')).toBe('keep-satisfied')
    expect(keyOf(board, 'n2')).toBe('key-players')
  })

  it('puts notes in a cluster drawn inside the ideas area into the cluster, the rest into ideas', () => {
    const board = testBoard(
      area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', key: 'ideas', x: 0, y: 0, w: 1300, h: 1100 }),
      area({ id: 'c1', kind: 'cluster', template: 'brainstorm', key: 'cluster-1', order: 1, x: 700, y: 500, w: 500, h: 400 }),
      note({ id: 'in-cluster', x: 800, y: 600 }),
      note({ id: 'in-ideas', x: 100, y: 100 }),
      // Overlaps the cluster, but its centre (650, 600) is outside it.
      note({ id: 'half-over', x: 550, y: 500 }),
    )
    expect(keyOf(board, 'in-cluster')).toBe('cluster-1')
    expect(keyOf(board, 'in-ideas')).toBe('ideas')
    expect(keyOf(board, 'half-over')).toBe('ideas')
  })

  it('decides a note exactly on the line between two quadrants the same way every time', () => {
    // Centre (900, 200): on the border of keep-satisfied and key-players, equal overlap → reading order.
    const records = [...quadrants(), note({ id: 'n', x: 800, y: 100 })]
    expect(keyOf(testBoard(...records), 'n')).toBe('key-players')
    expect(keyOf(testBoard(...records.slice().reverse()), 'n')).toBe('key-players')
    // The crossing of all four quadrants.
    const cross = [...quadrants(), note({ id: 'x', x: 800, y: 520 })]
    expect(keyOf(testBoard(...cross), 'x')).toBe('key-players')
    expect(keyOf(testBoard(...cross.slice().reverse()), 'x')).toBe('key-players')
  })

  it('on a border between equally large areas prefers the one the item overlaps most', () => {
    // Both 40 000 large; the note's centre (100, 50) is on both borders, but it lies mostly in `tall`.
    const board = testBoard(
      area({ id: 'wide', key: 'wide', order: 0, x: 100, y: 0, w: 400, h: 100 }),
      area({ id: 'tall', key: 'tall', order: 1, x: 0, y: 0, w: 100, h: 400 }),
      note({ id: 'n', x: 0, y: -50 }),
    )
    expect(keyOf(board, 'n')).toBe('tall')
  })

  it('takes the area a note is parented to, wherever the note is drawn', () => {
    const board = testBoard(...quadrants(), note({ id: 'child', parentId: 'ks', x: 10, y: 10 }), note({ id: 'far', parentId: 'mo', x: 5000, y: 5000 }))
    expect(keyOf(board, 'child')).toBe('keep-satisfied')
    expect(keyOf(board, 'far')).toBe('monitor')
  })

  it('adds the position of the frame a note is nested in', () => {
    // At (100, 100) inside a frame at (900, 620): on the page at (1000, 720), in keep-informed.
    const board = testBoard(...quadrants(), frame({ id: 'f', x: Q.w, y: Q.h, w: 800, h: 500, index: 'a0' }), note({ id: 'n', parentId: 'f', x: 100, y: 100 }))
    expect(keyOf(board, 'n')).toBe('keep-informed')
  })

  it('leaves items outside every area, or on another page, without an area', () => {
    const board = testBoard(
      page('page:two', 'a2'),
      ...quadrants(),
      area({ id: 'elsewhere', key: 'elsewhere', parentId: 'page:two', x: 5000, y: 0, w: 500, h: 500 }),
      note({ id: 'out', x: 2000, y: 2000 }),
      note({ id: 'other-page', x: 5100, y: 100 }),
    )
    expect(keyOf(board, 'out')).toBe('')
    expect(keyOf(board, 'other-page')).toBe('')
  })

  describe('rings', () => {
    // The "ringen van invloed": four concentric rings around (400, 400), left half now, right half next.
    const RINGS = ['meebeslissen', 'meewerken', 'meedenken', 'meeweten']
    const rings = (only?: string) =>
      (['now', 'next'] as const).flatMap((lane, l) =>
        RINGS.filter((ring) => !only || ring === only).map((ring) => {
          const i = RINGS.indexOf(ring)
          const outer = 100 * (i + 1)
          return area({
            id: `${ring}-${lane}`,
            kind: 'ring',
            order: l * 4 + i,
            x: 400 - outer,
            y: 400 - outer,
            w: 2 * outer,
            h: 2 * outer,
            geometry: 'ring',
            ringInner: i / (i + 1),
            side: lane === 'now' ? 'left' : 'right',
            lane,
          })
        }),
      )
    /** A note whose centre is at distance r from the centre, in direction (dx, dy). */
    const noteAt = (id: string, r: number, dx: number, dy: number) => {
      const len = Math.hypot(dx, dy)
      return note({ id, x: 400 + (r * dx) / len - 100, y: 400 + (r * dy) / len - 100 })
    }

    it('goes by distance from the centre, not by the rings’ square boxes', () => {
      // Diagonal at distance 250: inside the box of meewerken (200..600) but in the ring of meedenken.
      const board = testBoard(...rings(), noteAt('diag', 250, -1, -1), noteAt('core', 50, -1, 0))
      expect(keyOf(board, 'diag')).toBe('meedenken-now')
      expect(keyOf(board, 'core')).toBe('meebeslissen-now')
    })

    it('does not count the hole of a ring as part of it', () => {
      const board = testBoard(...rings('meedenken'), noteAt('hole', 150, -1, 0), noteAt('ring', 250, -1, 0))
      expect(keyOf(board, 'hole')).toBe('')
      expect(keyOf(board, 'ring')).toBe('meedenken-now')
    })

    it('keeps the now (left) and next (right) halves apart', () => {
      const board = testBoard(...rings(), noteAt('left', 250, -1, 0.2), noteAt('right', 250, 1, 0.2), noteAt('top', 250, 0, -1))
      expect(keyOf(board, 'left')).toBe('meedenken-now')
      expect(keyOf(board, 'right')).toBe('meedenken-next')
      expect(keyOf(board, 'top')).toBe('meedenken-next') // the centre line belongs to the right half
    })

    it('leaves the corners of the square outside the outer circle', () => {
      const board = testBoard(...rings(), note({ id: 'corner', x: -80, y: -80 }))
      expect(keyOf(board, 'corner')).toBe('')
    })
  })
})

describe('membersByArea', () => {
  it('lists notes, actor cards and texts per area in reading order, and every area', () => {
    const board = testBoard(
      ...quadrants(),
      label({ id: 'title', x: 50, y: 50 }),
      note({ id: 'third', x: 100, y: 300 }),
      note({ id: 'second', x: 400, y: 100 }),
      note({ id: 'first', x: 100, y: 100 }),
      actor({ id: 'card', x: 1000, y: 100 }),
      text({ id: 'line', x: 1000, y: 700, text: 'Let op' }),
      note({ id: 'loose', x: 3000, y: 0 }),
    )
    const members = membersByArea(board, listAreas(board, 'nl'))
    const ids = (areaId: string) => members.get(sid(areaId))?.map((r: BoardRecord) => r.id)
    expect(ids('ks')).toEqual(['shape:first', 'shape:second', 'shape:third'])
    expect(ids('kp')).toEqual(['shape:card'])
    expect(ids('ki')).toEqual(['shape:line'])
    expect(ids('mo')).toEqual([])
    expect([...members.values()].flat().map((r) => r.id)).not.toContain('shape:loose')
    expect([...members.values()].flat().map((r) => r.id)).not.toContain('shape:title')
  })
})
