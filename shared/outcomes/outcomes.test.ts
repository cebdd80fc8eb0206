import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate.ts'
import { actor, area, label, moveTo, note, testBoard, text } from '../areas/testFixtures.ts'
import { readOutcomes, type AreaOutcome, type TemplateOutcome } from './outcomes.ts'

const Q = { w: 900, h: 620 }

/** Area key → the texts/names of its items, for compact expectations. */
function contents(template: TemplateOutcome): Record<string, string[]> {
  return Object.fromEntries(template.areas.map((a: AreaOutcome) => [a.key, a.items.map((i) => (i.type === 'note' ? i.text : i.name))]))
}

describe('readOutcomes', () => {
  it('lists actor cards with all their fields per quadrant', () => {
    const board = testBoard(
      label({ id: 'title', instance: 'am', role: 'title', labelKey: 'template.actor-map.title', index: 'a5' }),
      area({ id: 'kp', instance: 'am', key: 'key-players', order: 0, labelKey: 'actorMap.quadrant.key-players', x: Q.w, y: 0, ...Q }),
      area({ id: 'ks', instance: 'am', key: 'keep-satisfied', order: 1, labelKey: 'actorMap.quadrant.keep-satisfied', x: 0, y: 0, ...Q }),
      actor({ id: 'gem', x: 1000, y: 100, name: ' Gemeente Utrecht ', party: 'gemeente', interest: 'Levendig centrum', attitude: 'plus', role: 'trekker' }),
      actor({
        id: 'pol',
        x: 100,
        y: 100,
        name: 'Politie',
        party: 'politie',
        interest: 'Minder overlast',
        attitude: 'neutral',
        role: 'meedenker',
        votes: { u1: 1, u2: 2 },
      }),
    )
    const [map] = readOutcomes(board, 'nl').templates
    expect(map).toEqual({
      instance: 'am',
      template: 'actor-map',
      title: translate('nl', 'template.actor-map.title'),
      areas: [
        {
          id: 'shape:kp',
          kind: 'quadrant',
          key: 'key-players',
          label: translate('nl', 'actorMap.quadrant.key-players'),
          items: [
            {
              id: 'shape:gem',
              type: 'actor',
              name: 'Gemeente Utrecht',
              party: 'gemeente',
              interest: 'Levendig centrum',
              attitude: 'plus',
              role: 'trekker',
              votes: 0,
            },
          ],
        },
        {
          id: 'shape:ks',
          kind: 'quadrant',
          key: 'keep-satisfied',
          label: translate('nl', 'actorMap.quadrant.keep-satisfied'),
          items: [
            {
              id: 'shape:pol',
              type: 'actor',
              name: 'Politie',
              party: 'politie',
              interest: 'Minder overlast',
              attitude: 'neutral',
              role: 'meedenker',
              votes: 3,
            },
          ],
        },
      ],
    })
  })

  it('lists notes per rung with their lane, in reading order, leaving empty notes out', () => {
    const rung = (id: string, lane: 'now' | 'next', order: number, x: number) =>
      area({
        id,
        template: 'participation-ladder',
        instance: 'pl',
        kind: 'rung',
        key: id,
        labelKey: 'ladder.rung.raadplegen',
        lane,
        order,
        x,
        y: 0,
        w: 1000,
        h: 240,
      })
    const board = testBoard(
      rung('raadplegen-now', 'now', 0, 0),
      rung('raadplegen-next', 'next', 1, 1040),
      note({ id: 'b', x: 500, y: 20, text: 'Enquête' }),
      note({ id: 'a', x: 20, y: 20, text: 'Bewonersavond\nin het buurthuis' }),
      note({ id: 'empty', x: 200, y: 20, text: '   ' }),
      text({ id: 't', x: 1100, y: 30, text: 'Klankbordgroep' }),
    )
    const [ladder] = readOutcomes(board, 'en').templates
    expect(ladder!.template).toBe('participation-ladder')
    expect(ladder!.title).toBe(translate('en', 'template.participation-ladder.title'))
    expect(ladder!.areas.map((a) => [a.key, a.lane, a.label])).toEqual([
      ['raadplegen-now', 'now', translate('en', 'ladder.rung.raadplegen')],
      ['raadplegen-next', 'next', translate('en', 'ladder.rung.raadplegen')],
    ])
    expect(ladder!.areas[0]!.items).toEqual([
      { id: 'shape:a', type: 'note', text: 'Bewonersavond\nin het buurthuis', votes: 0 },
      { id: 'shape:b', type: 'note', text: 'Enquête', votes: 0 },
    ])
    expect(contents(ladder!)).toEqual({ 'raadplegen-now': ['Bewonersavond\nin het buurthuis', 'Enquête'], 'raadplegen-next': ['Klankbordgroep'] })
  })

  it('keeps two instances of one template apart, in the order they were placed', () => {
    const brainstorm = (instance: string, x: number, index: string, question: string) => [
      area({
        id: `${instance}-ideas`,
        template: 'brainstorm',
        instance,
        kind: 'ideas',
        key: 'ideas',
        labelKey: 'brainstorm.ideas',
        x,
        y: 0,
        w: 1000,
        h: 1000,
        index,
      }),
      label({ id: `${instance}-q`, template: 'brainstorm', instance, role: 'question', text: question, index }),
    ]
    const board = testBoard(
      ...brainstorm('second', 2000, 'a7', 'Wat doen we met de leegstand?'),
      ...brainstorm('first', 0, 'a2', 'Hoe maken we het centrum veiliger?'),
      note({ id: 'n1', x: 100, y: 100, text: 'Meer licht' }),
      note({ id: 'n2', x: 2100, y: 100, text: 'Pop-up winkels' }),
    )
    const { templates } = readOutcomes(board, 'nl')
    expect(templates.map((t) => [t.instance, t.question, contents(t)])).toEqual([
      ['first', 'Hoe maken we het centrum veiliger?', { ideas: ['Meer licht'] }],
      ['second', 'Wat doen we met de leegstand?', { ideas: ['Pop-up winkels'] }],
    ])
    expect(templates[0]!.title).toBe(translate('nl', 'template.brainstorm.title'))
  })

  it('names clusters by hand label, else with the translated placeholder', () => {
    const board = testBoard(
      area({
        id: 'c1',
        template: 'brainstorm',
        instance: 'bs',
        kind: 'cluster',
        key: 'cluster-1',
        labelKey: 'brainstorm.cluster.unnamed',
        label: 'Verlichting',
        order: 1,
        x: 0,
        y: 0,
        w: 700,
        h: 500,
      }),
      area({ id: 'c2', template: 'brainstorm', instance: 'bs', kind: 'cluster', key: 'cluster-2', labelKey: '', order: 2, x: 0, y: 600, w: 700, h: 500 }),
    )
    const labels = (lang: 'nl' | 'en') => readOutcomes(board, lang).templates[0]!.areas.map((a) => a.label)
    expect(labels('nl')).toEqual(['Verlichting', translate('nl', 'brainstorm.cluster.unnamed')])
    expect(labels('en')).toEqual(['Verlichting', translate('en', 'brainstorm.cluster.unnamed')])
    expect(labels('nl')[1]).not.toBe(labels('en')[1])
  })

  it('groups areas added on their own per instance as "board" templates, titled by their label', () => {
    const board = testBoard(
      area({ id: 'v', template: 'vision', instance: 'vis', kind: 'vision', key: 'vision', x: 0, y: 0, w: 500, h: 500, index: 'a1' }),
      area({
        id: 'acties',
        template: 'board',
        instance: 'extra-1',
        kind: 'actions',
        key: 'actions',
        labelKey: 'template.actions.title',
        x: 600,
        y: 0,
        w: 500,
        h: 500,
        index: 'a3',
      }),
      area({
        id: 'loose',
        template: 'board',
        instance: 'extra-2',
        kind: 'cluster',
        key: 'cluster-x',
        label: 'Parkeren',
        x: 1200,
        y: 0,
        w: 500,
        h: 500,
        index: 'a4',
      }),
      note({ id: 'do', x: 650, y: 50, text: 'Wijkagent uitnodigen', votes: { a: 1, b: 1, c: 'x', d: null, e: 1 } }),
    )
    const { templates } = readOutcomes(board, 'nl')
    expect(templates.map((t) => [t.template, t.instance, t.title])).toEqual([
      ['vision', 'vis', translate('nl', 'template.vision.title')],
      ['board', 'extra-1', translate('nl', 'template.actions.title')],
      ['board', 'extra-2', 'Parkeren'],
    ])
    expect(templates[1]!.areas[0]!.items).toEqual([{ id: 'shape:do', type: 'note', text: 'Wijkagent uitnodigen', votes: 3 }])
  })

  it('follows a note that is moved to another area', () => {
    const board = testBoard(
      area({ id: 'kp', key: 'key-players', order: 0, x: Q.w, y: 0, ...Q }),
      area({ id: 'ks', key: 'keep-satisfied', order: 1, x: 0, y: 0, ...Q }),
      note({ id: 'n', x: 100, y: 100, text: 'Winkeliersvereniging' }),
    )
    expect(contents(readOutcomes(board, 'nl').templates[0]!)).toEqual({ 'key-players': [], 'keep-satisfied': ['Winkeliersvereniging'] })
    moveTo(board, 'n', 1200, 300)
    expect(contents(readOutcomes(board, 'nl').templates[0]!)).toEqual({ 'key-players': ['Winkeliersvereniging'], 'keep-satisfied': [] })
    moveTo(board, 'n', 5000, 5000)
    expect(contents(readOutcomes(board, 'nl').templates[0]!)).toEqual({ 'key-players': [], 'keep-satisfied': [] })
  })

  it('is empty for a board without templates', () => {
    expect(readOutcomes(testBoard(note({ id: 'n', text: 'los' })), 'nl')).toEqual({ templates: [] })
  })
})
