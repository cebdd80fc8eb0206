import { describe, expect, it } from 'vitest'
import { actor, area, label, note, testBoard } from '../areas/testFixtures.ts'
import { DEFAULT_CONTROL } from '../facilitation/types.ts'
import type { VoteState } from '../facilitation/types.ts'
import { translate } from '../i18n/translate.ts'
import { outlineAreas, readOutline, type Outline, type OutlineOptions } from './readOutline.ts'

const Q = { w: 900, h: 620 }
const reference = new Date('2026-03-01T12:00:00Z')
const opts = (extra: Partial<OutlineOptions> = {}): OutlineOptions => ({
  lang: 'nl',
  control: DEFAULT_CONTROL,
  viewer: { authorId: 'me', isFacilitator: false },
  reference,
  ...extra,
})
const texts = (outline: Outline) => Object.fromEntries(outlineAreas(outline).map((a) => [a.name, a.items.map((i) => i.text)]))

function actorMapBoard() {
  const board = testBoard(
    label({ id: 'title', instance: 'am', role: 'title', labelKey: 'template.actor-map.title', index: 'a5' }),
    area({
      id: 'kp',
      instance: 'am',
      key: 'key-players',
      order: 0,
      labelKey: 'actorMap.quadrant.key-players',
      hintKey: 'actorMap.quadrant.key-players.hint',
      x: 0,
      y: 0,
      ...Q,
    }),
    area({ id: 'ks', instance: 'am', key: 'keep-satisfied', order: 1, labelKey: 'actorMap.quadrant.keep-satisfied', x: Q.w, y: 0, ...Q }),
    // Reading order: rows top to bottom, then left to right, whatever the order of the records.
    note({ id: 'n3', x: 50, y: 350, text: 'derde', meta: { createdBy: 'anna', createdAt: 1 } }),
    note({ id: 'n2', x: 400, y: 40, text: 'tweede', meta: { createdBy: 'me', createdAt: 1 } }),
    note({ id: 'n1', x: 50, y: 40, text: ' eerste ', votes: 3 }),
    actor({ id: 'gem', x: 1000, y: 100, name: 'Gemeente', party: 'gemeente', interest: 'Levendig centrum' }),
    note({ id: 'loose', x: 5000, y: 5000, text: 'ergens anders' }),
  )
  board.recordParticipant({ name: 'Anna', color: '#f00', role: 'join', firstSeen: '2026-03-01T10:00:00Z', authorId: 'anna' })
  return board
}

describe('readOutline', () => {
  it('gives one section per template, one entry per area with its name and meaning, items in reading order, the rest elsewhere', () => {
    const outline = readOutline(actorMapBoard(), opts())
    expect(outline.sections.map((s) => s.title)).toEqual([translate('nl', 'template.actor-map.title')])
    const [kp, ks] = outline.sections[0]!.areas
    expect(kp!.name).toBe(translate('nl', 'actorMap.quadrant.key-players'))
    expect(kp!.hint).toBe(translate('nl', 'actorMap.quadrant.key-players.hint'))
    expect(kp!.items.map((i) => i.text)).toEqual(['eerste', 'tweede', 'derde'])
    expect(ks!.items).toMatchObject([{ type: 'actor', text: 'Gemeente', details: ['gemeente', 'Levendig centrum'] }])
    expect(outline.unplaced.map((i) => i.text)).toEqual(['ergens anders'])
    expect(outline.voteRound).toBeNull()
  })

  it('tells two unnamed clusters apart, as the facilitator’s vote choices do', () => {
    const board = testBoard(
      area({ id: 'c1', instance: 'bs', template: 'brainstorm', kind: 'cluster', key: 'c1', x: 0, y: 0, ...Q }),
      area({ id: 'c2', instance: 'bs', template: 'brainstorm', kind: 'cluster', key: 'c2', order: 1, x: 2000, y: 0, ...Q }),
    )
    expect(outlineAreas(readOutline(board, opts())).map((a) => a.name)).toEqual(['Cluster zonder naam', 'Cluster zonder naam 2'])
  })

  it('tells two sections of the same template apart', () => {
    const board = testBoard(
      area({ id: 'i1', instance: 'bs1', template: 'brainstorm', kind: 'ideas', key: 'ideas', label: 'Ideeën', x: 0, y: 0, ...Q }),
      area({ id: 'i2', instance: 'bs2', template: 'brainstorm', kind: 'ideas', key: 'ideas', label: 'Ideeën', x: 3000, y: 0, ...Q }),
    )
    const outline = readOutline(board, opts())
    const [first, second] = outline.sections.map((s) => s.title)
    expect(second).toBe(`${first} 2`)
    expect(outlineAreas(outline).map((a) => a.name)).toEqual(['Ideeën', 'Ideeën 2'])
  })

  it('names authors from the recorded participants, and shows the totals the board holds', () => {
    const [kp] = readOutline(actorMapBoard(), opts()).sections[0]!.areas
    expect(kp!.items.map((i) => [i.text, i.authorId, i.author, i.votes])).toEqual([
      ['eerste', null, null, 3],
      ['tweede', 'me', null, null],
      ['derde', 'anna', 'Anna', null],
    ])
  })

  it('hides the totals while a running vote keeps its tally hidden, and names the open round', () => {
    const vote: VoteState = { id: 'v1', phase: 'open', dots: 3, areaId: null, noteIds: null, tally: 'hidden', revealed: false }
    const hidden = readOutline(actorMapBoard(), opts({ control: { ...DEFAULT_CONTROL, vote } }))
    expect(hidden.sections[0]!.areas[0]!.items[0]!.votes).toBeNull()
    expect(hidden.voteRound).toBe('v1')
    const live = readOutline(actorMapBoard(), opts({ control: { ...DEFAULT_CONTROL, vote: { ...vote, tally: 'live' } } }))
    expect(live.sections[0]!.areas[0]!.items[0]!.votes).toBe(3)
  })

  it('reads action state: an owner and date in a note in the Acties area', () => {
    const board = testBoard(
      area({ id: 'acts', instance: 'v', template: 'vision', kind: 'actions', key: 'actions', labelKey: 'vision.actions', x: 0, y: 0, ...Q }),
      note({ id: 'a1', x: 40, y: 40, text: '@Jan flyers 15 maart' }),
      note({ id: 'a2', x: 40, y: 300, text: 'nog niemand', meta: { action: { status: 'doing' } } }),
    )
    const [area1] = readOutline(board, opts()).sections[0]!.areas
    expect(area1!.items.map((i) => i.action)).toEqual([
      { status: 'open', owner: 'Jan', due: '2026-03-15' },
      { status: 'doing', owner: null, due: null },
    ])
  })

  it('leaves out others’ new notes during a silent round and adds our own private ones', () => {
    const board = actorMapBoard()
    const silent = { on: true, areaId: null, since: 0, notes: 0, people: 0 }
    const mine = note({ id: 'p1', x: 50, y: 200, text: 'geheim van mij', meta: { createdBy: 'me', createdAt: 5 } })
    const outline = readOutline(board, opts({ control: { ...DEFAULT_CONTROL, silent }, privateNotes: [mine] }))
    const items = outline.sections[0]!.areas[0]!.items
    // 'eerste' has no known age and 'derde' is Anna's: hidden; ours stay.
    expect(items.map((i) => [i.text, i.private])).toEqual([
      ['tweede', false],
      ['geheim van mij', true],
    ])
    const facilitator = readOutline(board, opts({ control: { ...DEFAULT_CONTROL, silent }, viewer: { authorId: 'f', isFacilitator: true } }))
    expect(facilitator.sections[0]!.areas[0]!.items).toHaveLength(3)
  })

  it('gives lanes in the area names and reads in English', () => {
    const board = testBoard(
      area({
        id: 'now',
        instance: 'pl',
        template: 'participation-ladder',
        kind: 'rung',
        key: 'inform-now',
        labelKey: 'ladder.rung.informeren',
        lane: 'now',
        x: 0,
        y: 0,
        ...Q,
      }),
    )
    const outline = readOutline(board, opts({ lang: 'en' }))
    expect(texts(outline)).toEqual({ [translate('en', 'area.lane.now', { label: translate('en', 'ladder.rung.informeren') })]: [] })
  })
})
