import { describe, expect, it } from 'vitest'
import type { Action } from '../actions/types.ts'
import { translate } from '../i18n/translate.ts'
import type { TemplateOutcome } from '../outcomes/outcomes.ts'
import { buildDocument, type Block, type Table } from './document.ts'
import { longDate, sortActions } from './labels.ts'
import { barePlan, testPlan } from './testPlan.ts'

const withTemplates = (...templates: TemplateOutcome[]): Block[] => buildDocument({ ...testPlan(), outcomes: { templates }, actions: [] })
/** The blocks between the template's heading and the actions part. */
const body = (blocks: Block[]) =>
  blocks.slice(
    blocks.findIndex((b) => b.type === 'heading' && b.level === 3),
    -2,
  )

describe('buildDocument', () => {
  it('pairs the rings of influence by ring: role now against role wanted', () => {
    const ring = (name: string, lane: 'now' | 'next', items: string[]) => ({
      id: `shape:${name}-${lane}`,
      kind: 'ring',
      key: `${name}-${lane}`,
      label: translate('nl', `actorMap.ring.${name}` as 'actorMap.ring.meedenken'),
      lane,
      items: items.map((text, i) => ({ id: `shape:${name}${lane}${i}`, type: 'note' as const, text, votes: 0 })),
    })
    const rings: TemplateOutcome = {
      instance: 'r',
      template: 'actor-map',
      title: translate('nl', 'template.actor-map.rings.title'),
      areas: [
        ring('meebeslissen', 'now', ['Gemeente']),
        ring('meedenken', 'now', ['Bewoners', 'Scholen']),
        ring('meebeslissen', 'next', ['Bewoners']),
        ring('meedenken', 'next', []),
      ],
    }
    expect(body(withTemplates(rings))).toEqual([
      { type: 'heading', level: 3, text: 'Ringen van invloed' },
      {
        type: 'table',
        kind: 'lanes',
        columns: [
          { label: 'Ring', width: 24 },
          { label: 'Rol nu', width: 38 },
          { label: 'Gewenste rol', width: 38 },
        ],
        rows: [
          [['Meebeslissen'], ['Gemeente'], ['Bewoners']],
          [['Meedenken'], ['Bewoners', 'Scholen'], ['–']],
        ],
      },
    ])
  })

  it('does not repeat the title of a lone area added on its own, and names unnamed clusters plainly', () => {
    const acties: TemplateOutcome = {
      instance: 'x1',
      template: 'board',
      title: 'Acties',
      areas: [
        { id: 'shape:x', kind: 'actions', key: 'actions', label: 'Acties', items: [{ id: 'shape:n', type: 'note', text: 'Wijkagent bellen', votes: 0 }] },
      ],
    }
    const cluster: TemplateOutcome = {
      instance: 'bs',
      template: 'brainstorm',
      title: 'Brainstorm',
      areas: [
        {
          id: 'shape:c',
          kind: 'cluster',
          key: 'cluster-1',
          label: translate('en', 'brainstorm.cluster.unnamed'),
          items: [{ id: 'shape:m', type: 'note', text: 'Bankjes', votes: 0 }],
        },
      ],
    }
    expect(body(withTemplates(acties, cluster))).toEqual([
      // The note as typed is not repeated: the actions table has it, parsed.
      { type: 'heading', level: 3, text: 'Acties' },
      { type: 'paragraph', text: 'Deze acties staan in de actietabel bovenaan dit actieplan.', muted: true },
      { type: 'heading', level: 3, text: 'Brainstorm' },
      { type: 'heading', level: 4, text: 'Cluster zonder naam' },
      { type: 'list', items: [{ text: 'Bankjes' }] },
    ])
  })

  it('says "Niets ingevuld." under a template nobody filled in', () => {
    const empty: TemplateOutcome = {
      instance: 'b',
      template: 'brainstorm',
      title: 'Brainstorm',
      areas: [{ id: 'shape:i', kind: 'ideas', key: 'ideas', label: 'Ideeën', items: [] }],
    }
    expect(body(withTemplates(empty))).toEqual([
      { type: 'heading', level: 3, text: 'Brainstorm' },
      { type: 'paragraph', text: 'Niets ingevuld.', muted: true },
    ])
  })

  it('lists actors outside the quadrants by name and kind of party', () => {
    const ladder: TemplateOutcome = {
      instance: 'pl',
      template: 'participation-ladder',
      title: 'Participatieladder',
      areas: [
        {
          id: 'shape:r',
          kind: 'rung',
          key: 'adviseren-now',
          label: 'Adviseren',
          lane: 'now',
          items: [
            { id: 'shape:a', type: 'actor', name: 'Politie', party: 'politie', interest: '', attitude: '', role: '', votes: 0 },
            { id: 'shape:b', type: 'actor', name: '', party: 'bewoner', interest: '', attitude: '', role: '', votes: 0 },
          ],
        },
      ],
    }
    const table = body(withTemplates(ladder))[1]
    expect(table).toMatchObject({ type: 'table', rows: [[['Adviseren'], ['Politie', 'Nieuwe actor (Bewoner)'], ['–']]] })
  })
})

describe('sortActions', () => {
  const action = (id: string, due: string | null, owner: string | null): Action => ({
    id,
    noteId: id,
    text: id,
    owner,
    due,
    status: 'open',
    area: null,
    areaLabel: null,
    votes: 0,
  })

  it('sorts by date, undated last, then by owner, unowned last, otherwise keeping board order', () => {
    const sorted = sortActions(
      [
        action('a', null, 'Anna'),
        action('b', '2026-12-15', 'bram'),
        action('c', '2026-12-15', null),
        action('d', '2026-12-01', 'Zoë'),
        action('e', '2026-12-15', 'Anna'),
        action('f', null, null),
        action('g', '2026-12-15', 'Anna'),
      ],
      'nl',
    )
    expect(sorted.map((a) => a.id)).toEqual(['d', 'e', 'g', 'b', 'c', 'a', 'f'])
  })

  it('treats a date that is not a real day as no date', () => {
    expect(sortActions([action('x', '2026-02-30', 'A'), action('y', '2027-01-01', 'A')], 'nl').map((a) => a.id)).toEqual(['y', 'x'])
  })
})

describe('longDate', () => {
  it('writes the date out in the plan language, whatever the server time zone', () => {
    expect(longDate('nl', '2026-11-23')).toBe('23 november 2026')
    expect(longDate('en', '2026-01-01')).toBe('1 January 2026')
    expect(longDate('nl', 'binnenkort')).toBe('binnenkort')
  })
})

describe('buildDocument: the plan to send round', () => {
  const headings = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level <= 2).map((b) => b.text)

  it('puts what was agreed first: actions, decisions, next meeting; then a new page with the outcomes; participants last', () => {
    const blocks = buildDocument(testPlan())
    expect(headings(blocks)).toEqual([
      'Actieplan: Winkelstraat Oosterhout',
      'Acties: wie doet wat, wanneer',
      'Besluiten',
      'Volgende bijeenkomst',
      'Uitkomsten',
      'Deelnemers',
    ])
    const outcomes = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Uitkomsten')
    expect(blocks[outcomes - 1]).toEqual({ type: 'pageBreak' })
    expect(blocks.slice(1, 5)).toEqual([
      { type: 'paragraph', label: 'Datum', text: 'maandag 23 november 2026' },
      { type: 'paragraph', label: 'Tijd', text: '19:30' },
      { type: 'paragraph', label: 'Plaats', text: 'Buurthuis De Linde, Oosterhout' },
      { type: 'paragraph', label: 'Gespreksleiding', text: 'Petra Jansen' },
    ])
  })

  it('marks overdue actions (due before the day the plan was made, not done, not dropped) in the status cell', () => {
    const plan = testPlan()
    plan.actions = [
      ...plan.actions,
      { ...plan.actions[1]!, id: 'shape:act5', noteId: 'shape:act5', text: 'Flyer drukken', status: 'dropped', due: '2026-11-30' },
    ]
    const table = buildDocument(plan).find((b): b is Table => b.type === 'table' && b.kind === 'actions')!
    const byText = new Map(table.rows.map((row, i) => [row[1]![0], { status: row[3], flagged: table.flagged?.[i] ?? false }]))
    expect(byText.get('Offerte lichtsnoeren; kleur "warm wit" kiezen')).toEqual({ status: ['Open', 'Te laat'], flagged: true })
    expect(byText.get('Flyer drukken')).toEqual({ status: ['Vervallen'], flagged: false })
    expect(byText.get('Wijkagent uitnodigen voor de volgende avond')).toEqual({ status: ['Klaar'], flagged: false })
    expect(byText.get('Café-terras: vergunning aanvragen')).toEqual({ status: ['Bezig'], flagged: false })
    // Without the day the plan was made nothing is marked.
    expect(buildDocument(barePlan()).find((b): b is Table => b.type === 'table' && b.kind === 'actions')!.flagged).toBeUndefined()
  })

  it('lists the decisions and writes the next meeting out in the plan language', () => {
    const en = buildDocument(testPlan('en'))
    const nextBlock = (text: string) => en[en.findIndex((b) => b.type === 'heading' && b.text === text) + 1]
    expect(nextBlock('Decisions')).toEqual({
      type: 'list',
      items: [{ text: 'De winkelstraat krijgt in december sfeerverlichting' }, { text: 'De werkgroep komt elke zes weken bij elkaar' }],
    })
    expect(nextBlock('Next meeting')).toEqual({ type: 'paragraph', label: 'When', text: 'Tuesday, 12 January 2027, 19:30' })
    const dateOnly = buildDocument({ ...testPlan(), nextMeeting: { at: '2027-01-12' } })
    expect(dateOnly).toContainEqual({ type: 'paragraph', label: 'Wanneer', text: 'dinsdag 12 januari 2027' })
  })

  it('groups participants by organisation as given (case and spaces aside), facilitator marked, no organisation last', () => {
    const table = buildDocument(testPlan()).find((b): b is Table => b.type === 'table' && b.kind === 'people')!
    expect(table.rows).toEqual([
      [['Gemeente Oosterhout'], ['Petra Jansen (gespreksleider)', 'Fatima El Amrani']],
      [['Politie'], ['Anna Bakker']],
      [['Winkeliersvereniging De Markt'], ['Bram de Vries']],
      [['Zonder organisatie'], ['Kees']],
    ])
  })

  it('shows only the people the plan names: viewers and excluded names (left out by plan()) are not added back from participants', () => {
    const plan = {
      ...testPlan(),
      participants: ['Anna Bakker', 'Testje', 'Meekijker'],
      people: [{ name: 'Anna Bakker', organisation: 'Politie', facilitator: false }],
    }
    const text = JSON.stringify(buildDocument(plan))
    expect(text).toContain('Anna Bakker')
    expect(text).not.toContain('Testje')
    expect(text).not.toContain('Meekijker')
  })

  it('without organisations, lists the names; an older plan without people lists its participants', () => {
    const blocks = buildDocument(barePlan())
    const i = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Deelnemers')
    expect(blocks[i + 1]).toEqual({ type: 'list', items: [{ text: 'Anna Bakker' }, { text: 'Bram de Vries' }, { text: 'Fatima El Amrani' }] })
    expect(blocks.slice(1, 2)).toEqual([{ type: 'paragraph', label: 'Datum', text: 'maandag 23 november 2026' }])
  })
})
