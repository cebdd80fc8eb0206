import { describe, expect, it } from 'vitest'
import type { Action } from '../actions/types.ts'
import { translate } from '../i18n/translate.ts'
import type { TemplateOutcome } from '../outcomes/outcomes.ts'
import { buildDocument, type Block } from './document.ts'
import { longDate, sortActions } from './labels.ts'
import { testPlan } from './testPlan.ts'

const withTemplates = (...templates: TemplateOutcome[]): Block[] => buildDocument({ ...testPlan(), outcomes: { templates }, actions: [] })
/** The blocks between the template's heading and the actions part. */
const body = (blocks: Block[]) => blocks.slice(blocks.findIndex((b) => b.type === 'heading' && b.level === 3), -2)

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
      areas: [ring('meebeslissen', 'now', ['Gemeente']), ring('meedenken', 'now', ['Bewoners', 'Scholen']), ring('meebeslissen', 'next', ['Bewoners']), ring('meedenken', 'next', [])],
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
      areas: [{ id: 'shape:x', kind: 'actions', key: 'actions', label: 'Acties', items: [{ id: 'shape:n', type: 'note', text: 'Wijkagent bellen', votes: 0 }] }],
    }
    const cluster: TemplateOutcome = {
      instance: 'bs',
      template: 'brainstorm',
      title: 'Brainstorm',
      areas: [{ id: 'shape:c', kind: 'cluster', key: 'cluster-1', label: translate('en', 'brainstorm.cluster.unnamed'), items: [{ id: 'shape:m', type: 'note', text: 'Bankjes', votes: 0 }] }],
    }
    expect(body(withTemplates(acties, cluster))).toEqual([
      { type: 'heading', level: 3, text: 'Acties' },
      { type: 'list', items: [{ text: 'Wijkagent bellen' }] },
      { type: 'heading', level: 3, text: 'Brainstorm' },
      { type: 'heading', level: 4, text: 'Cluster zonder naam' },
      { type: 'list', items: [{ text: 'Bankjes' }] },
    ])
  })

  it('says "Niets ingevuld." under a template nobody filled in', () => {
    const empty: TemplateOutcome = { instance: 'b', template: 'brainstorm', title: 'Brainstorm', areas: [{ id: 'shape:i', kind: 'ideas', key: 'ideas', label: 'Ideeën', items: [] }] }
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
          items: [{ id: 'shape:a', type: 'actor', name: 'Politie', party: 'politie', interest: '', attitude: '', role: '', votes: 0 }, { id: 'shape:b', type: 'actor', name: '', party: 'bewoner', interest: '', attitude: '', role: '', votes: 0 }],
        },
      ],
    }
    const table = body(withTemplates(ladder))[1]
    expect(table).toMatchObject({ type: 'table', rows: [[['Adviseren'], ['Politie', 'Nieuwe actor (Bewoner)'], ['–']]] })
  })
})

describe('sortActions', () => {
  const action = (id: string, due: string | null, owner: string | null): Action => ({ id, noteId: id, text: id, owner, due, status: 'open', area: null, areaLabel: null, votes: 0 })

  it('sorts by date, undated last, then by owner, unowned last, otherwise keeping board order', () => {
    const sorted = sortActions(
      [action('a', null, 'Anna'), action('b', '2026-12-15', 'bram'), action('c', '2026-12-15', null), action('d', '2026-12-01', 'Zoë'), action('e', '2026-12-15', 'Anna'), action('f', null, null), action('g', '2026-12-15', 'Anna')],
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
