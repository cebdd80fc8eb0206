import { describe, expect, it } from 'vitest'
import type { Outcomes } from '../outcomes/outcomes.ts'
import type { ActionStatus } from '../actions/types.ts'
import {
  buildSeriesView,
  findLinked,
  keepLatest,
  ladderNow,
  ladderTracks,
  linkActions,
  meetingDate,
  seriesIdOf,
  seriesMembers,
  validateSeriesPatch,
  filterActions,
  ownersOf,
  type BoardAction,
  type MeetingBoard,
  type SeriesChange,
} from './index.ts'

function act(noteId: string, text: string, opts: { status?: ActionStatus; owner?: string | null; due?: string | null; from?: string } = {}): BoardAction {
  return {
    id: noteId,
    noteId,
    text,
    owner: opts.owner ?? null,
    due: opts.due ?? null,
    status: opts.status ?? 'open',
    area: null,
    areaLabel: null,
    votes: 0,
    carriedFrom: opts.from ?? null,
  }
}

function meeting(id: string, date: string, actions: BoardAction[], ladder: MeetingBoard['ladder'] = []): MeetingBoard {
  return { session: { id, title: `Werkgroep ${id}`, date }, actions, ladder }
}

function change(session: string, note: string, at: string, set: SeriesChange['set'], before: SeriesChange['before'], by = 'Anna'): SeriesChange {
  return { at, day: at.slice(0, 10), by, session, note, text: 'x', set, before }
}

// Three meetings: a (10 Nov) → b (1 Dec) → c (5 Jan). "Lampen" is done at b and so not carried to c;
// "Subsidie" is carried twice; "Flyer" is new at b and dropped at c; "Bankjes" is new at c.
const boards = [
  meeting('a', '2026-11-10', [
    act('shape:a1', 'Lampen', { owner: 'Jan', due: '2026-11-30' }),
    act('shape:a2', 'Subsidie', { owner: 'Petra', due: '2026-12-15' }),
  ]),
  meeting('b', '2026-12-01', [
    act('shape:b1', 'Lampen', { owner: 'Jan', due: '2026-11-30', status: 'done', from: 'shape:a1' }),
    act('shape:b2', 'Subsidie', { owner: 'Petra', due: '2026-12-15', status: 'doing', from: 'shape:a2' }),
    act('shape:b3', 'Flyer', { owner: 'Karim', due: '2026-12-20' }),
  ]),
  meeting('c', '2027-01-05', [
    act('shape:c2', 'Subsidie', { owner: 'Petra', due: '2026-12-15', status: 'doing', from: 'shape:b2' }),
    act('shape:c3', 'Flyer', { owner: 'Karim', due: '2026-12-20', status: 'dropped', from: 'shape:b3' }),
    act('shape:c4', 'Bankjes'),
  ]),
]

describe('linkActions', () => {
  it('follows carriedFrom chains: one action per chain, id of the note it started as, history per meeting', () => {
    const linked = linkActions(boards, [], '2027-01-10')
    expect(linked.map((l) => [l.action.id, l.action.text, l.action.first, l.action.session, l.action.note])).toEqual([
      ['shape:a1', 'Lampen', 'a', 'b', 'shape:b1'],
      ['shape:a2', 'Subsidie', 'a', 'c', 'shape:c2'],
      ['shape:b3', 'Flyer', 'b', 'c', 'shape:c3'],
      ['shape:c4', 'Bankjes', 'c', 'c', 'shape:c4'],
    ])
    const subsidie = linked[1]!.action
    expect(subsidie.history.map((h) => [h.kind, h.session, h.status, h.at])).toEqual([
      ['meeting', 'a', 'open', '2026-11-10'],
      ['meeting', 'b', 'doing', '2026-12-01'],
      ['meeting', 'c', 'doing', '2027-01-05'],
    ])
  })

  it('late: due before today and neither done nor dropped', () => {
    const byText = Object.fromEntries(linkActions(boards, [], '2027-01-10').map((l) => [l.action.text, l.action]))
    expect(byText.Subsidie!.late).toBe(true)
    expect(byText.Lampen!.late).toBe(false) // done
    expect(byText.Flyer!.late).toBe(false) // dropped
    expect(byText.Bankjes!.late).toBe(false) // no due date
  })

  it('a chain broken by a missing meeting starts a new action; a copied carried note is a new action', () => {
    const linked = linkActions(
      [
        meeting('a', '2026-11-10', [act('shape:a1', 'Lampen')]),
        meeting('b', '2026-12-01', [
          act('shape:b1', 'Lampen', { from: 'shape:a1' }),
          act('shape:b9', 'Lampen', { from: 'shape:a1' }),
          act('shape:bx', 'Wees', { from: 'shape:gone' }),
        ]),
      ],
      [],
      '2026-12-02',
    )
    expect(linked.map((l) => [l.action.id, l.appearances.length])).toEqual([
      ['shape:a1', 2],
      ['shape:b9', 1],
      ['shape:bx', 1],
    ])
  })

  it('changes between meetings: an update entry after its meeting, by whom; the meeting shows the status before it', () => {
    // Karim marks Flyer done on b's board on 10 Dec; Petra reports Subsidie on c's board on 12 Jan.
    const b = [...boards]
    b[2] = meeting('c', '2027-01-05', [act('shape:c2', 'Subsidie', { owner: 'Petra', due: '2026-12-15', status: 'done', from: 'shape:b2' })])
    b[1] = meeting('b', '2026-12-01', [...boards[1]!.actions.slice(0, 2), act('shape:b3', 'Flyer', { owner: 'Karim', due: '2026-12-20', status: 'done' })])
    const log = [
      change('c', 'shape:c2', '2027-01-12T09:00:00.000Z', { status: 'done' }, { status: 'doing', owner: 'Petra', due: '2026-12-15' }, 'Petra'),
      change('b', 'shape:b3', '2026-12-10T18:30:00.000Z', { status: 'done' }, { status: 'open', owner: 'Karim', due: '2026-12-20' }, 'Karim'),
    ]
    const linked = linkActions(b, log, '2027-01-13')
    const flyer = findLinked(linked, 'shape:b3')!.action
    expect(flyer.history).toEqual([
      { kind: 'meeting', session: 'b', status: 'open', at: '2026-12-01', owner: 'Karim', due: '2026-12-20' },
      { kind: 'update', session: 'b', status: 'done', at: '2026-12-10T18:30:00.000Z', by: 'Karim', changed: ['status'] },
    ])
    expect(flyer.status).toBe('done')
    expect(flyer.updated).toEqual({ by: 'Karim', at: '2026-12-10T18:30:00.000Z' })
    const subsidie = findLinked(linked, 'shape:c2')!.action
    expect(subsidie.id).toBe('shape:a2')
    expect(subsidie.history.map((h) => [h.kind, h.session, h.status])).toEqual([
      ['meeting', 'a', 'open'],
      ['meeting', 'b', 'doing'],
      ['meeting', 'c', 'doing'],
      ['update', 'c', 'done'],
    ])
  })

  it('a change on an older board made after a later meeting is placed after that meeting', () => {
    const log = [change('a', 'shape:a1', '2026-12-03T10:00:00.000Z', { owner: 'Els' }, { status: 'open', owner: 'Jan', due: null })]
    const linked = linkActions([meeting('a', '2026-11-10', [act('shape:a1', 'Lampen', { owner: 'Els' })]), meeting('b', '2026-12-01', [])], log, '2026-12-04')
    expect(linked[0]!.action.history.map((h) => [h.kind, h.at])).toEqual([
      ['meeting', '2026-11-10'],
      ['update', '2026-12-03T10:00:00.000Z'],
    ])
    // The meeting entry keeps the owner it had at the meeting.
    expect(linked[0]!.action.history[0]).toMatchObject({ owner: 'Jan' })
  })

  it("on a meeting's own day, a change comes after that meeting only when the session was made before it", () => {
    const log = [change('a', 'shape:a1', '2026-12-01T08:00:00.000Z', { status: 'doing' }, { status: 'open', owner: null, due: null })]
    const trailWith = (createdAt: string) =>
      linkActions(
        [
          meeting('a', '2026-11-10', [act('shape:a1', 'Lampen', { status: 'doing' })]),
          { ...meeting('b', '2026-12-01', [act('shape:b1', 'Lampen', { status: 'doing', from: 'shape:a1' })]), createdAt },
        ],
        log,
        '2026-12-02',
      )[0]!.action.history.map((h) => `${h.kind} ${h.session}`)
    // Reported in the morning, the follow-up made at nine: the report came between the meetings.
    expect(trailWith('2026-12-01T09:00:00.000Z')).toEqual(['meeting a', 'update a', 'meeting b'])
    expect(trailWith('2026-12-01T07:00:00.000Z')).toEqual(['meeting a', 'meeting b', 'update a'])
  })

  it('a change on the meeting day counts as part of the meeting', () => {
    const log = [change('a', 'shape:a1', '2026-11-10T15:00:00.000Z', { status: 'doing' }, { status: 'open', owner: null, due: null })]
    const linked = linkActions([meeting('a', '2026-11-10', [act('shape:a1', 'Lampen', { status: 'doing' })])], log, '2026-11-11')
    expect(linked[0]!.action.history[0]).toMatchObject({ kind: 'meeting', status: 'doing' })
  })

  it('findLinked by the series id or any note id of the chain', () => {
    const linked = linkActions(boards, [], '2027-01-10')
    expect(findLinked(linked, 'shape:a2')?.action.id).toBe('shape:a2')
    expect(findLinked(linked, 'shape:b2')?.action.id).toBe('shape:a2')
    expect(findLinked(linked, 'shape:nope')).toBeUndefined()
  })
})

describe('evaluation', () => {
  it('counts each action as it stood at its latest meeting so far; late relative to that meeting', () => {
    const view = buildSeriesView('a', boards, [], '2027-01-10')
    expect(view.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c'])
    const rows = view.evaluation.meetings.map(({ session, total, open, doing, done, dropped, late }) => ({ session, total, open, doing, done, dropped, late }))
    expect(rows).toEqual([
      { session: 'a', total: 2, open: 2, doing: 0, done: 0, dropped: 0, late: 0 },
      // Lampen done (due 30 Nov, met), Subsidie doing, Flyer new.
      { session: 'b', total: 3, open: 1, doing: 1, done: 1, dropped: 0, late: 0 },
      // Lampen still done; Subsidie doing and past 15 Dec: late; Flyer dropped; Bankjes new.
      { session: 'c', total: 4, open: 1, doing: 1, done: 1, dropped: 1, late: 1 },
    ])
    expect(view.evaluation.now).toMatchObject({ date: '2027-01-10', total: 4, done: 1, dropped: 1, late: 1 })
  })

  it('the ladder: per actor by name, the "now" rung per meeting, and how many rungs it moved', () => {
    const tracks = ladderTracks([
      meeting(
        'a',
        '2026-11-10',
        [],
        [
          { name: 'Bewonersvereniging', rung: 'informeren' },
          { name: 'Politie', rung: 'adviseren' },
        ],
      ),
      meeting('b', '2026-12-01', [], [{ name: 'bewonersvereniging ', rung: 'raadplegen' }]),
      meeting(
        'c',
        '2027-01-05',
        [],
        [
          { name: 'Bewonersvereniging', rung: 'coproduceren' },
          { name: 'Politie', rung: 'raadplegen' },
          { name: 'Winkeliers', rung: 'informeren' },
        ],
      ),
    ])
    expect(tracks).toEqual([
      { name: 'Bewonersvereniging', rungs: ['informeren', 'raadplegen', 'coproduceren'], moved: 3 },
      { name: 'Politie', rungs: ['adviseren', null, 'raadplegen'], moved: -1 },
      { name: 'Winkeliers', rungs: [null, null, 'informeren'], moved: 0 },
    ])
  })

  it('ladderNow reads actor cards on "now" rungs of participation ladders only', () => {
    const outcomes: Outcomes = {
      templates: [
        {
          instance: 'i1',
          template: 'participation-ladder',
          title: 'Participatieladder',
          areas: [
            {
              id: 'a1',
              kind: 'rung',
              key: 'adviseren-now',
              label: 'Adviseren',
              lane: 'now',
              items: [
                { id: 's1', type: 'actor', name: ' Politie ', party: '', interest: '', attitude: '', role: '', votes: 0 },
                { id: 's2', type: 'note', text: 'Politie', votes: 0 },
                { id: 's3', type: 'actor', name: '', party: '', interest: '', attitude: '', role: '', votes: 0 },
              ],
            },
            {
              id: 'a2',
              kind: 'rung',
              key: 'zelfbeheer-next',
              label: 'Zelfbeheer',
              lane: 'next',
              items: [{ id: 's4', type: 'actor', name: 'Politie', party: '', interest: '', attitude: '', role: '', votes: 0 }],
            },
          ],
        },
        {
          instance: 'i2',
          template: 'actor-map',
          title: 'Actoren',
          areas: [
            {
              id: 'a3',
              kind: 'ring',
              key: 'core-now',
              label: 'Kern',
              lane: 'now',
              items: [{ id: 's5', type: 'actor', name: 'Gemeente', party: '', interest: '', attitude: '', role: '', votes: 0 }],
            },
          ],
        },
      ],
    }
    expect(ladderNow(outcomes)).toEqual([{ name: 'Politie', rung: 'adviseren' }])
  })
})

describe('series membership and order', () => {
  const record = (id: string, createdAt: string, extra: { series?: string; startsAt?: string } = {}) => ({ id, title: id, createdAt, ...extra })
  it('a session on its own is a series of one; a follow-up belongs to its first session', () => {
    expect(seriesIdOf(record('a', '2026-11-10T09:00:00.000Z'))).toBe('a')
    expect(seriesIdOf(record('b', '2026-12-01T09:00:00.000Z', { series: 'a' }))).toBe('a')
  })
  it('orders by meeting date (the start set by the facilitator wins over the day it was made), then creation', () => {
    const all = [
      record('c', '2026-11-01T09:00:00.000Z', { series: 'a', startsAt: '2027-01-05T19:30' }),
      record('x', '2026-11-02T09:00:00.000Z'),
      record('b', '2026-11-20T09:00:00.000Z', { series: 'a' }),
      record('a', '2026-11-10T09:00:00.000Z'),
    ]
    expect(seriesMembers(all, 'a').map((s) => s.id)).toEqual(['a', 'b', 'c'])
    expect(meetingDate(all[0]!)).toBe('2027-01-05')
    expect(seriesMembers(all, 'x').map((s) => s.id)).toEqual(['x'])
  })
})

describe('the change log', () => {
  it('validates a series patch: the action fields by the action rule, and a name', () => {
    expect(validateSeriesPatch({ status: 'done', by: '  Petra   Bakker ' })).toEqual({ ok: true, value: { patch: { status: 'done' }, by: 'Petra Bakker' } })
    expect(validateSeriesPatch({ status: 'done' })).toEqual({ ok: false, message: 'by must be your name, 1 to 60 characters on one line' })
    expect(validateSeriesPatch({ by: 'Petra' })).toEqual({ ok: false, message: 'nothing to change: give owner, due and/or status' })
    expect(validateSeriesPatch({ status: 'klaar', by: 'x'.repeat(61) })).toEqual({
      ok: false,
      message: 'status must be one of open, doing, done, dropped; by must be your name, 1 to 60 characters on one line',
    })
    expect(validateSeriesPatch({ status: 'done', by: 'Petra', text: 'x' }).ok).toBe(false)
    expect(validateSeriesPatch('done').ok).toBe(false)
  })
  it('keeps the newest entries only', () => {
    const entry = (i: number) => change('a', `shape:${i}`, `2026-12-0${i}T00:00:00.000Z`, { status: 'done' }, { status: 'open', owner: null, due: null })
    const log = [1, 2, 3].reduce<SeriesChange[]>((acc, i) => keepLatest(acc, entry(i), 2), [])
    expect(log.map((e) => e.note)).toEqual(['shape:2', 'shape:3'])
  })
})

describe('the overview filters', () => {
  const view = buildSeriesView('a', boards, [], '2027-01-10')
  const texts = (list: { text: string }[]) => list.map((a) => a.text)
  it('open (open or in progress), late, done, dropped, and per owner', () => {
    expect(texts(filterActions(view.actions, 'all'))).toEqual(['Lampen', 'Subsidie', 'Flyer', 'Bankjes'])
    expect(texts(filterActions(view.actions, 'open'))).toEqual(['Subsidie', 'Bankjes'])
    expect(texts(filterActions(view.actions, 'late'))).toEqual(['Subsidie'])
    expect(texts(filterActions(view.actions, 'done'))).toEqual(['Lampen'])
    expect(texts(filterActions(view.actions, 'dropped'))).toEqual(['Flyer'])
    expect(texts(filterActions(view.actions, 'all', 'petra'))).toEqual(['Subsidie'])
    expect(texts(filterActions(view.actions, 'all', null))).toEqual(['Bankjes'])
    expect(ownersOf(view.actions, new Intl.Collator('nl'))).toEqual(['Jan', 'Karim', 'Petra'])
  })
})
