// sb-area's ShapeUtil: geometry, what may be edited and resized, and its text, on a stand-in editor.
import { describe, expect, it } from 'vitest'
import { T } from '@tldraw/validate'
import { Polygon2d, Rectangle2d } from 'tldraw'
import { areaShapeProps, type AreaProps } from '../../../shared/board/shapes/index.ts'
import { translate } from '../../../shared/i18n/index.ts'
import { type AreaShape, AreaShapeUtil } from './AreaShapeUtil.tsx'
import { ringOf, ringPolygon } from '../../../shared/areas/ring.ts'
import { measuringEditor, shapeRecord, shrunkToATenth } from './shapeTesting.ts'

const util = new AreaShapeUtil(measuringEditor().editor)
const defaults = util.getDefaultProps()
const area = (props: Partial<AreaProps> = {}): AreaShape => shapeRecord<AreaShape>('sb-area', { ...defaults, ...props })

describe('AreaShapeUtil', () => {
  it('defaults to a valid, unnamed rectangular cluster', () => {
    expect(() => T.object(areaShapeProps).validate(defaults)).not.toThrow()
    expect(defaults).toMatchObject({ kind: 'cluster', geometry: 'rect', label: '' })
  })

  it('is a filled rectangle of its size', () => {
    const geometry = util.getGeometry(area({ w: 400, h: 300 }))
    expect(geometry).toBeInstanceOf(Rectangle2d)
    expect(geometry.isFilled).toBe(true)
    expect(geometry.bounds).toMatchObject({ x: 0, y: 0, w: 400, h: 300 })
  })

  it('is the drawn ring as a filled polygon when its geometry is a ring, halves included', () => {
    for (const side of ['full', 'left', 'right'] as const) {
      const props = { geometry: 'ring' as const, w: 600, h: 600, ringInner: 0.5, side }
      const geometry = util.getGeometry(area(props))
      expect(geometry).toBeInstanceOf(Polygon2d)
      expect(geometry.isFilled).toBe(true)
      const expected = ringPolygon(ringOf({ ...defaults, ...props }))
      expect(geometry.vertices.map((v) => ({ x: v.x, y: v.y }))).toEqual(expected)
    }
    // A point in the hole of a full ring is not in the area; one on the band is.
    const ring = util.getGeometry(area({ geometry: 'ring', w: 600, h: 600, ringInner: 0.5, side: 'full' }))
    expect(ring.hitTestPoint({ x: 300, y: 300 } as never, 0, true)).toBe(false)
    expect(ring.hitTestPoint({ x: 300, y: 25 } as never, 0, true)).toBe(true)
  })

  it('lets only clusters be renamed, and only rectangular clusters be resized', () => {
    expect(util.canEdit(area({ kind: 'cluster' }))).toBe(true)
    expect(util.canEdit(area({ kind: 'quadrant' }))).toBe(false)
    expect(util.canResize(area({ kind: 'cluster', geometry: 'rect' }))).toBe(true)
    expect(util.canResize(area({ kind: 'cluster', geometry: 'ring' }))).toBe(false)
    expect(util.canResize(area({ kind: 'ring', geometry: 'ring' }))).toBe(false)
    expect(util.canResize(area({ kind: 'quadrant', geometry: 'rect' }))).toBe(false)
    expect(util.hideRotateHandle()).toBe(true)
    expect(util.canBind()).toBe(false)
    expect(util.isAspectRatioLocked()).toBe(false)
  })

  it('keeps a resized cluster at least 320 × 220', () => {
    const shape = area({ w: 400, h: 300 })
    const next = shrunkToATenth(util, shape)
    expect(next.props).toMatchObject({ w: 320, h: 220 })
  })

  it('reads as its typed name, else its translated label key', () => {
    expect(util.getText(area({ label: 'Verkeer', labelKey: 'brainstorm.cluster.unnamed' }))).toBe('Verkeer')
    expect(util.getText(area({ label: '  ', labelKey: 'brainstorm.cluster.unnamed' }))).toBe(translate('nl', 'brainstorm.cluster.unnamed'))
    expect(util.getText(area({ label: '', labelKey: 'not.a.key.from.this.version' }))).toBe('')
  })
})
