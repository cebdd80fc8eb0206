import { describe, expect, it } from 'vitest'
import { creationKind, creationRefused, mayCreate, MEDIA_SHAPE_TYPES, removalRefused } from './rolePolicy.ts'

const page = { typeName: 'page' }
const asset = { typeName: 'asset', type: 'image' }
const shape = (type: string) => ({ typeName: 'shape', type })

describe('creationKind', () => {
  it('tells pages, assets and media shapes from everything else', () => {
    expect(creationKind(page)).toBe('page')
    expect(creationKind(asset)).toBe('asset')
    expect(creationKind({ typeName: 'asset', type: 'bookmark' })).toBe('asset')
    for (const type of ['image', 'video', 'bookmark', 'embed']) expect(creationKind(shape(type))).toBe('media')
    for (const type of ['note', 'sb-area', 'sb-actor', 'sb-label', 'geo', 'arrow', 'draw', 'text', 'frame']) expect(creationKind(shape(type))).toBe('other')
    expect(creationKind({ typeName: 'binding', type: 'arrow' })).toBe('other')
    expect(creationKind({ typeName: 'document' })).toBe('other')
    expect(MEDIA_SHAPE_TYPES.size).toBe(4)
  })
})

describe('mayCreate', () => {
  it('lets the facilitator create everything, a join link only ordinary records, a view link nothing', () => {
    for (const kind of ['page', 'asset', 'media', 'other'] as const) expect(mayCreate('facilitator', kind)).toBe(true)
    expect(mayCreate('join', 'other')).toBe(true)
    for (const kind of ['page', 'asset', 'media'] as const) expect(mayCreate('join', kind)).toBe(false)
    for (const kind of ['page', 'asset', 'media', 'other'] as const) expect(mayCreate('view', kind)).toBe(false)
  })
})

describe('creationRefused', () => {
  it('refuses a join link a new page, asset or media shape, naming what', () => {
    expect(creationRefused('join', page, undefined)).toMatch(/page/)
    expect(creationRefused('join', asset, undefined)).toMatch(/asset/)
    expect(creationRefused('join', shape('embed'), undefined)).toMatch(/media shape \(embed\)/)
    expect(creationRefused('join', shape('note'), undefined)).toBeUndefined()
    expect(creationRefused('facilitator', page, undefined)).toBeUndefined()
    expect(creationRefused('facilitator', shape('image'), undefined)).toBeUndefined()
  })

  it('lets a join link change what exists, but not turn one kind into another', () => {
    expect(creationRefused('join', page, page)).toBeUndefined()
    expect(creationRefused('join', shape('image'), shape('image'))).toBeUndefined()
    expect(creationRefused('join', asset, asset)).toBeUndefined()
    expect(creationRefused('join', shape('image'), shape('note'))).toMatch(/image/)
    expect(creationRefused('join', shape('video'), shape('image'))).toMatch(/video/)
    expect(creationRefused('join', { typeName: 'asset', type: 'video' }, asset)).toMatch(/asset/)
    // A stored note under a page's id (never on a real board) does not make a page acceptable.
    expect(creationRefused('join', page, shape('note'))).toMatch(/page/)
  })
})

describe('removalRefused', () => {
  it('keeps pages to the facilitator; anything else anyone who edits may remove', () => {
    expect(removalRefused('join', page)).toMatch(/remove a page/)
    expect(removalRefused('facilitator', page)).toBeUndefined()
    expect(removalRefused('join', shape('image'))).toBeUndefined()
    expect(removalRefused('join', asset)).toBeUndefined()
  })
})
