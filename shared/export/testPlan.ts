// A realistic action plan, built by hand as readOutcomes and readActions would return it, for the
// export tests: a shopping street workshop with every method on the board. Labels are translated the
// way the server translates them, so the English plan is English throughout.
import type { Action } from '../actions/types.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { AreaOutcome, OutcomeItem, TemplateOutcome } from '../outcomes/outcomes.ts'
import type { ActionPlan } from './types.ts'

let seq = 0
const note = (text: string, votes = 0): OutcomeItem => ({ id: `shape:n${++seq}`, type: 'note', text, votes })
const actor = (name: string, party: string, attitude: string, role: string, interest: string): OutcomeItem => ({
  id: `shape:a${++seq}`,
  type: 'actor',
  name,
  party,
  interest,
  attitude,
  role,
  votes: 0,
})

const RUNGS = ['zelfbeheer', 'meebeslissen', 'coproduceren', 'adviseren', 'raadplegen', 'informeren'] as const

function actorMap(lang: Lang): TemplateOutcome {
  const quadrant = (key: string, items: OutcomeItem[]): AreaOutcome => ({
    id: `shape:am-${key}`,
    kind: 'quadrant',
    key,
    label: translate(lang, `actorMap.quadrant.${key}` as 'actorMap.quadrant.monitor'),
    items,
  })
  return {
    instance: 'am',
    template: 'actor-map',
    title: translate(lang, 'template.actor-map.title'),
    areas: [
      quadrant('key-players', [
        actor('Gemeente Oosterhout', 'gemeente', 'plus', 'trekker', 'Levendige winkelstraat, minder leegstand'),
        actor('Winkeliersvereniging De Markt', 'ondernemer', 'neutral', 'meedenker', 'Meer bezoekers | langer open'),
      ]),
      quadrant('keep-satisfied', [actor('Vastgoed Brabant BV', 'vastgoedeigenaar', 'minus', '', 'Huurinkomsten')]),
      quadrant('keep-informed', [note('Buurtbewoners Oude Kerkstraat')]),
      quadrant('monitor', []),
    ],
  }
}

function ladder(lang: Lang): TemplateOutcome {
  const on: Record<string, OutcomeItem[]> = {
    'raadplegen-now': [note('Bewoners')],
    'adviseren-now': [note('Ondernemers')],
    'coproduceren-next': [note('Ondernemers')],
    'meebeslissen-next': [note('Bewoners')],
  }
  const areas = RUNGS.flatMap((rung) =>
    (['now', 'next'] as const).map(
      (lane): AreaOutcome => ({
        id: `shape:pl-${rung}-${lane}`,
        kind: 'rung',
        key: `${rung}-${lane}`,
        label: translate(lang, `ladder.rung.${rung}`),
        lane,
        items: on[`${rung}-${lane}`] ?? [],
      }),
    ),
  )
  return { instance: 'pl', template: 'participation-ladder', title: translate(lang, 'template.participation-ladder.title'), areas }
}

function brainstorm(lang: Lang): TemplateOutcome {
  return {
    instance: 'bs',
    template: 'brainstorm',
    title: translate(lang, 'template.brainstorm.title'),
    question: 'Hoe maken we de Winkelstraat aantrekkelijker?',
    areas: [
      {
        id: 'shape:bs-ideas',
        kind: 'ideas',
        key: 'ideas',
        label: translate(lang, 'brainstorm.ideas'),
        items: [note('Gratis wifi'), note('Maandelijkse *koopzondag*', 1)],
      },
      {
        id: 'shape:bs-c1',
        kind: 'cluster',
        key: 'cluster-1',
        label: 'Verlichting',
        items: [note('Lichtsnoeren boven de straat', 2), note("Gevelverlichting 's avonds aan", 5)],
      },
      { id: 'shape:bs-c2', kind: 'cluster', key: 'cluster-2', label: 'Groen en terrassen', items: [note('Plantenbakken'), note('Café-terras uitbreiden', 3)] },
      { id: 'shape:bs-c3', kind: 'cluster', key: 'cluster-3', label: translate(lang, 'brainstorm.cluster.unnamed'), items: [] },
    ],
  }
}

function vision(lang: Lang): TemplateOutcome {
  const column = (key: 'vision' | 'goals' | 'actions', items: OutcomeItem[]): AreaOutcome => ({
    id: `shape:vis-${key}`,
    kind: key,
    key,
    label: translate(lang, `vision.${key}`),
    items,
  })
  return {
    instance: 'vis',
    template: 'vision',
    title: translate(lang, 'template.vision.title'),
    areas: [
      column('vision', [note('Een levendige, groene winkelstraat\nwaar je graag blijft')]),
      column('goals', [note('Leegstand onder 5% in 2028', 2), note('Twee nieuwe terrassen')]),
      column('actions', [note('@"Bram de Vries" Offerte lichtsnoeren vóór 1 dec')]),
    ],
  }
}

function actions(lang: Lang): Action[] {
  const area = translate(lang, 'vision.actions')
  const action = (id: string, text: string, owner: string | null, due: string | null, status: Action['status'], votes: number): Action => ({
    id,
    noteId: id,
    text,
    owner,
    due,
    status,
    area: owner ? 'shape:vis-actions' : null,
    areaLabel: owner ? area : null,
    votes,
  })
  // Board order on purpose differs from the plan's order (by date, then owner).
  return [
    action('shape:act1', 'Café-terras: vergunning aanvragen', 'Fatima El Amrani', '2026-12-15', 'doing', 3),
    action('shape:act2', 'Offerte lichtsnoeren; kleur "warm wit" kiezen', 'Bram de Vries', '2026-12-01', 'open', 2),
    action('shape:act3', 'Overleg met Vastgoed Brabant plannen', null, null, 'open', 0),
    action('shape:act4', 'Wijkagent uitnodigen voor de volgende avond', 'Anna Bakker', '2026-12-15', 'done', 1),
  ]
}

export function testPlan(lang: Lang = 'nl'): ActionPlan {
  seq = 0
  return {
    lang,
    title: 'Winkelstraat Oosterhout',
    date: '2026-11-23',
    participants: ['Anna Bakker', 'Bram de Vries', 'Fatima El Amrani'],
    outcomes: { templates: [actorMap(lang), ladder(lang), brainstorm(lang), vision(lang)] },
    actions: actions(lang),
    sessionId: 'k3J9x_Ab',
    startsAt: '2026-11-23T19:30',
    place: 'Buurthuis De Linde, Oosterhout',
    facilitators: ['Petra Jansen'],
    people: [
      { name: 'Petra Jansen', organisation: 'Gemeente Oosterhout', facilitator: true },
      { name: 'Anna Bakker', organisation: 'Politie', facilitator: false },
      { name: 'Bram de Vries', organisation: 'Winkeliersvereniging De Markt', facilitator: false },
      { name: 'Fatima El Amrani', organisation: 'gemeente oosterhout ', facilitator: false },
      { name: 'Kees', organisation: '', facilitator: false },
    ],
    decisions: [
      { id: 'shape:d1', text: 'De winkelstraat krijgt in december sfeerverlichting', area: null, areaLabel: null },
      { id: 'shape:d2', text: 'De werkgroep komt elke zes weken bij elkaar', area: null, areaLabel: null },
    ],
    nextMeeting: { at: '2027-01-12T19:30', place: 'Stadhuis, zaal 2' },
    // After 1 December: Bram's open action is overdue; Anna's (done) and Fatima's (due 15 December) are not.
    today: '2026-12-10',
  }
}

/** The plan as an older caller builds it: none of issue 14's fields. */
export function barePlan(lang: Lang = 'nl'): ActionPlan {
  const { startsAt, place, facilitators, people, decisions, nextMeeting, today, ...bare } = testPlan(lang)
  void [startsAt, place, facilitators, people, decisions, nextMeeting, today]
  return bare
}

/** The action texts in the order every export lists them. */
export const SORTED_ACTION_TEXTS = [
  'Offerte lichtsnoeren; kleur "warm wit" kiezen',
  'Wijkagent uitnodigen voor de volgende avond',
  'Café-terras: vergunning aanvragen',
  'Overleg met Vastgoed Brabant plannen',
] as const
