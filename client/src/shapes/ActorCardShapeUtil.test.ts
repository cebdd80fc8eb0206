// sb-actor's ShapeUtil: a card anyone who can edit moves, resizes and edits; on a stand-in editor.
import { describe, expect, it } from 'vitest'
import { T } from '@tldraw/validate'
import { Rectangle2d } from 'tldraw'
import { actorCardShapeProps, type ActorCardProps } from '../../../shared/board/shapes/index.ts'
import { type ActorShape, ActorCardShapeUtil } from './ActorCardShapeUtil.tsx'
import { measuringEditor, shapeRecord, shrunkToATenth } from './shapeTesting.ts'

const util = new ActorCardShapeUtil(measuringEditor().editor)
const defaults = util.getDefaultProps()
const card = (props: Partial<ActorCardProps> = {}): ActorShape => shapeRecord<ActorShape>('sb-actor', { ...defaults, ...props })

describe('ActorCardShapeUtil', () => {
  it('defaults to a valid, nameless card', () => {
    expect(() => T.object(actorCardShapeProps).validate(defaults)).not.toThrow()
    expect(defaults.name).toBe('')
  })

  it('is a filled rectangle of its size', () => {
    const geometry = util.getGeometry(card({ w: 260, h: 150 }))
    expect(geometry).toBeInstanceOf(Rectangle2d)
    expect(geometry.isFilled).toBe(true)
    expect(geometry.bounds).toMatchObject({ w: 260, h: 150 })
  })

  it('is edited in place, resized freely but not below 180 × 110, never rotated', () => {
    expect(util.canEdit()).toBe(true)
    expect(util.canResize(card())).toBe(true)
    expect(util.hideRotateHandle()).toBe(true)
    const shape = card({ w: 260, h: 150 })
    const next = shrunkToATenth(util, shape)
    expect(next.props).toMatchObject({ w: 180, h: 110 })
  })

  it('reads as the name of the party', () => {
    expect(util.getText(card({ name: 'Winkeliersvereniging' }))).toBe('Winkeliersvereniging')
  })
})
