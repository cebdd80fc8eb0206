import { describe, expect, it } from 'vitest'
import { isLockedStructure, structureChangeRefused, type StructureShapeLike } from './structureLock.ts'

const shape = (fields: Partial<StructureShapeLike> = {}): StructureShapeLike => ({
  type: 'sb-area',
  isLocked: true,
  x: 0,
  y: 0,
  rotation: 0,
  parentId: 'page:page',
  index: 'a1',
  opacity: 1,
  props: { w: 100, h: 100, label: '' },
  ...fields,
})

describe('structureChangeRefused', () => {
  it('refuses unlocking, moving, re-parenting, reordering and changing locked areas and labels', () => {
    const prev = shape()
    expect(structureChangeRefused(prev, shape({ isLocked: false }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ x: 10 }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ rotation: 1 }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ parentId: 'shape:frame' }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ index: 'a2' }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ props: { w: 100, h: 100, label: 'Nieuw' } }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ type: 'geo' }))).toBe(true)
    expect(structureChangeRefused(prev, shape({ opacity: 0.1 }))).toBe(true)
    expect(structureChangeRefused({ ...prev, meta: {} }, shape({ meta: { hidden: true } }))).toBe(true)
    const label = shape({ type: 'sb-label', props: { text: '' } })
    expect(structureChangeRefused(label, { ...label, props: { text: 'Hoe verder?' } })).toBe(true)
  })

  it('lets through a change that only makes new objects for the same values (and meta changes)', () => {
    const prev = shape()
    expect(structureChangeRefused(prev, shape())).toBe(false)
  })

  it('leaves unlocked clusters and everything else alone', () => {
    expect(structureChangeRefused(shape({ isLocked: false }), shape({ isLocked: false, x: 50 }))).toBe(false)
    expect(structureChangeRefused(shape({ type: 'note' }), shape({ type: 'note', isLocked: false }))).toBe(false)
    expect(isLockedStructure({ type: 'sb-label', isLocked: true })).toBe(true)
    expect(isLockedStructure({ type: 'geo', isLocked: true })).toBe(false)
  })
})
