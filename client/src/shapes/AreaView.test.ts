// What an area shows given its props (rendered to static HTML on a stand-in editor, no DOM).
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { AreaProps } from '../../../shared/board/shapes/index.ts'
import { translate } from '../../../shared/i18n/index.ts'
import { type AreaShape, AreaShapeUtil } from './AreaShapeUtil.tsx'
import { AreaView } from './AreaView.tsx'
import { ringOf } from '../../../shared/areas/ring.ts'
import { ringPath } from './ringGeometry.ts'
import { measuringEditor, shapeRecord } from './shapeTesting.ts'
import { tintOf } from './tints.ts'
import { renderView } from './viewTesting.ts'

const defaults = new AreaShapeUtil(measuringEditor().editor).getDefaultProps()
const area = (props: Partial<AreaProps> = {}) => shapeRecord<AreaShape>('sb-area', { ...defaults, ...props })
const view = (shape: AreaShape, opts: Parameters<typeof renderView>[1] = {}) => renderView(createElement(AreaView, { shape }), opts)

describe('AreaView', () => {
  it('draws a panel with its kind, key and tint, its typed name winning over its label key', () => {
    const html = view(
      area({ kind: 'quadrant', key: 'hoog-hoog', template: 'actor-map', tint: 'blue', label: 'Samenwerken', labelKey: 'brainstorm.cluster.unnamed' }),
    )
    expect(html).toContain('data-area-kind="quadrant"')
    expect(html).toContain('data-area-key="hoog-hoog"')
    expect(html).toContain('data-area-template="actor-map"')
    expect(html).toContain(`--area-fill:${tintOf('blue').fill}`)
    expect(html).toContain('>Samenwerken<')
    expect(html).not.toContain('is-placeholder')
  })

  it('invites naming an unnamed cluster on screens, not on the projector, and opens the name field while edited', () => {
    const unnamed = area({ kind: 'cluster', label: '' })
    const onScreen = view(unnamed)
    expect(onScreen).toContain('is-placeholder')
    expect(onScreen).toContain(translate('nl', 'brainstorm.cluster.unnamed'))
    expect(view(unnamed, { onProjector: true })).not.toContain('sb-area-label')
    expect(view(unnamed, { editingShapeId: unnamed.id })).toContain('data-testid="cluster-name"')
  })

  it('draws a ring as the same path its geometry uses, with its label in the band', () => {
    const props = { kind: 'ring' as const, geometry: 'ring' as const, w: 800, h: 800, ringInner: 0.6, side: 'left' as const, label: 'Meedenken' }
    const html = view(area(props))
    expect(html).toContain('class="sb-ring"')
    expect(html).toContain(`d="${ringPath(ringOf({ ...defaults, ...props }))}"`)
    expect(html).toContain('>Meedenken</text>')
  })

  it('speaks the viewer’s language for a label key', () => {
    expect(view(area({ kind: 'cluster', label: '' }), { lang: 'en' })).toContain(translate('en', 'brainstorm.cluster.unnamed'))
  })
})
