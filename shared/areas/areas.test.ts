import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate.ts'
import { listAreas, listTemplateInstances } from './areas.ts'
import { area, frame, label, page, testBoard } from './testFixtures.ts'

describe('listAreas', () => {
  it('lists templates in placement order (lowest shape index), then areas by order, then id', () => {
    const board = testBoard(
      // Placed second: its shapes have higher indices, even though its records come first here.
      area({ id: 'late-b', instance: 'late', order: 1, index: 'a8' }),
      area({ id: 'late-a', instance: 'late', order: 0, index: 'a7' }),
      area({ id: 'early-z', instance: 'early', order: 2, index: 'a2' }),
      area({ id: 'early-y', instance: 'early', order: 2, index: 'a3' }),
      area({ id: 'early-x', instance: 'early', order: 5, index: 'a1' }),
      // A cluster added to the early template later on (index above everything) stays in it.
      area({ id: 'early-cluster', instance: 'early', kind: 'cluster', order: 1000, index: 'a9' }),
    )
    expect(listAreas(board, 'nl').map((a) => a.id)).toEqual([
      'shape:early-y',
      'shape:early-z',
      'shape:early-x',
      'shape:early-cluster',
      'shape:late-a',
      'shape:late-b',
    ])
  })

  it('orders templates on a later page after those on an earlier one', () => {
    const board = testBoard(
      page('page:two', 'a5'),
      area({ id: 'second-page', instance: 'p2', parentId: 'page:two', index: 'a1' }),
      area({ id: 'first-page', instance: 'p1', index: 'a9' }),
    )
    expect(listAreas(board, 'nl').map((a) => [a.id, a.pageId])).toEqual([
      ['shape:first-page', 'page:board'],
      ['shape:second-page', 'page:two'],
    ])
  })

  it('reports page bounds, template, lane and geometry of each area', () => {
    const board = testBoard(
      frame({ id: 'f', x: 1000, y: 2000, w: 3000, h: 3000 }),
      area({
        id: 'r',
        parentId: 'f',
        x: 10,
        y: 20,
        w: 600,
        h: 600,
        template: 'participation-ladder',
        instance: 'pl',
        kind: 'rung',
        key: 'raadplegen-next',
        lane: 'next',
        geometry: 'ring',
        ringInner: 0.5,
        side: 'right',
      }),
    )
    expect(listAreas(board, 'en')).toEqual([
      {
        id: 'shape:r',
        template: 'participation-ladder',
        instance: 'pl',
        kind: 'rung',
        key: 'raadplegen-next',
        order: 0,
        label: '',
        lane: 'next',
        pageId: 'page:board',
        bounds: { x: 1010, y: 2020, w: 600, h: 600 },
        geometry: 'ring',
        ringInner: 0.5,
        side: 'right',
      },
    ])
  })

  it('labels areas by hand label, else by translated labelKey; unnamed clusters get the placeholder', () => {
    const board = testBoard(
      area({ id: 'q', order: 0, labelKey: 'actorMap.quadrant.monitor' }),
      area({ id: 'named', order: 1, kind: 'cluster', labelKey: 'brainstorm.cluster.unnamed', label: '  Veiligheid  ' }),
      area({ id: 'bare', order: 2, kind: 'cluster' }),
      area({ id: 'unknown-key', order: 3, labelKey: 'does.not.exist' }),
    )
    for (const lang of ['nl', 'en'] as const) {
      const labels = listAreas(board, lang).map((a) => a.label)
      expect(labels).toEqual([translate(lang, 'actorMap.quadrant.monitor'), 'Veiligheid', translate(lang, 'brainstorm.cluster.unnamed'), ''])
    }
    expect(listAreas(board, 'nl')[0]!.label).not.toBe(listAreas(board, 'en')[0]!.label)
  })
})

describe('listTemplateInstances', () => {
  it('gives each instance its template, translated title and typed question, in placement order', () => {
    const board = testBoard(
      area({ id: 'b-ideas', template: 'brainstorm', instance: 'bs', kind: 'ideas', index: 'a4' }),
      label({ id: 'b-title', template: 'brainstorm', instance: 'bs', role: 'title', labelKey: 'template.brainstorm.title', index: 'a5' }),
      label({
        id: 'b-q',
        template: 'brainstorm',
        instance: 'bs',
        role: 'question',
        labelKey: 'brainstorm.question.placeholder',
        text: ' Hoe maken we het centrum veiliger? ',
        index: 'a6',
      }),
      area({ id: 'am-q', template: 'actor-map', instance: 'am', index: 'a1' }),
      label({ id: 'am-title', template: 'actor-map', instance: 'am', role: 'title', labelKey: 'template.actor-map.title', index: 'a2' }),
      label({ id: 'am-axis', template: 'actor-map', instance: 'am', role: 'axis', labelKey: 'actorMap.axis.influence', index: 'a3' }),
      area({ id: 'acties', template: 'board', instance: 'loose', kind: 'actions', index: 'a9' }),
    )
    expect(listTemplateInstances(board, 'en')).toEqual([
      { instance: 'am', template: 'actor-map', layoutTitle: translate('en', 'template.actor-map.title'), question: '' },
      { instance: 'bs', template: 'brainstorm', layoutTitle: translate('en', 'template.brainstorm.title'), question: 'Hoe maken we het centrum veiliger?' },
      { instance: 'loose', template: 'board', question: '' },
    ])
  })

  it('has an empty question while only the placeholder is showing', () => {
    const board = testBoard(label({ id: 'q', template: 'brainstorm', instance: 'bs', role: 'question', labelKey: 'brainstorm.question.placeholder' }))
    expect(listTemplateInstances(board, 'nl')).toEqual([{ instance: 'bs', template: 'brainstorm', question: '' }])
  })
})
