import { describe, expect, it } from 'vitest'
import type { VoteState } from '../../../shared/facilitation/index.ts'
import { translate } from '../../../shared/i18n/index.ts'
import type { Outline } from '../../../shared/outline/readOutline.ts'
import { voteTarget } from './ListVoteStatus.tsx'

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('nl', key, params)
const outline: Outline = {
  voteRound: 'v1',
  unplaced: [],
  sections: [
    {
      instance: 'bs',
      template: 'brainstorm',
      title: 'Brainstorm',
      question: '',
      areas: [{ id: 'shape:c2', kind: 'cluster', name: 'Cluster zonder naam 2', hint: '', items: [] }],
    },
    { instance: 'am', template: 'actor-map', title: 'Actorenkaart', question: '', areas: [] },
  ],
}
const vote = (extra: Partial<VoteState>): VoteState => ({
  id: 'v1',
  phase: 'open',
  dots: 3,
  areaId: null,
  noteIds: null,
  tally: 'live',
  revealed: false,
  ...extra,
})

describe('voteTarget', () => {
  it('names an area as its heading does and leads to that heading', () => {
    expect(voteTarget(vote({ areaId: 'shape:c2' }), outline, t)).toEqual({ name: 'Cluster zonder naam 2', domId: 'list-area-shape:c2' })
  })

  it('leads a template or brainstorm round to its section, a selection to its first note', () => {
    expect(voteTarget(vote({ scope: { kind: 'template', instance: 'am' } }), outline, t)).toEqual({ name: 'Actorenkaart', domId: 'list-section-am' })
    expect(voteTarget(vote({ scope: { kind: 'brainstorm' } }), outline, t)).toEqual({ name: 'de hele brainstorm', domId: 'list-section-bs' })
    expect(voteTarget(vote({ noteIds: ['shape:a', 'shape:b'] }), outline, t)).toEqual({ name: '2 gekozen notities', domId: 'list-item-shape:a' })
  })

  it('has no link for the whole board', () => {
    expect(voteTarget(vote({}), outline, t)).toEqual({ name: 'het hele bord', domId: null })
  })
})
