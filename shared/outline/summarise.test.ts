import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate.ts'
import type { Outline, OutlineItem } from './readOutline.ts'
import { summariseChanges } from './summarise.ts'

const item = (id: string, text = id): OutlineItem => ({
  id,
  type: 'note',
  text,
  details: [],
  authorId: null,
  author: null,
  votes: null,
  action: null,
  private: false,
})

function outline(areas: Record<string, OutlineItem[]>, unplaced: OutlineItem[] = [], voteRound: string | null = null): Outline {
  return {
    sections: [
      {
        instance: 'b',
        template: 'brainstorm',
        title: 'Brainstorm',
        question: '',
        areas: Object.entries(areas).map(([name, items]) => ({ id: `shape:${name}`, kind: 'ideas', name, hint: '', items })),
      },
    ],
    unplaced,
    voteRound,
  }
}
const say = (before: Outline, after: Outline, skip?: Set<string>) =>
  summariseChanges(before, after, { elsewhere: 'Elders op het bord', skip }).map((m) => translate('nl', m.key, m.params))

describe('summariseChanges', () => {
  it('counts new notes per area into one line', () => {
    const before = outline({ Ideeën: [item('a')], Visie: [] })
    const after = outline({ Ideeën: [item('a'), item('b'), item('c'), item('d')], Visie: [item('e')] })
    expect(say(before, after)).toEqual(['3 nieuwe notities in Ideeën', '1 nieuwe notitie in Visie'])
    expect(summariseChanges(before, after, { elsewhere: '' })[0]).toEqual({ key: 'listView.live.added.many', params: { count: 3, area: 'Ideeën' } })
  })

  it('tells moves into the target area, edits and removals, in English too', () => {
    const before = outline({ Ideas: [item('a'), item('b'), item('c')], Goals: [] }, [item('x')])
    const after = outline({ Ideas: [item('b', 'changed')], Goals: [item('a')] }, [])
    const messages = summariseChanges(before, after, { elsewhere: 'Elsewhere on the board' }).map((m) => translate('en', m.key, m.params))
    expect(messages).toEqual(['1 note changed in Ideas', '1 note removed from Ideas', '1 note moved to Goals', '1 note removed from Elsewhere on the board'])
  })

  it('leaves out what this browser changed itself, and says nothing when nothing changed', () => {
    const before = outline({ Ideeën: [item('a')] })
    const after = outline({ Ideeën: [item('a', 'edited'), item('mine'), item('theirs')] })
    expect(say(before, after, new Set(['mine', 'a']))).toEqual(['1 nieuwe notitie in Ideeën'])
    expect(say(after, after)).toEqual([])
  })

  it('announces a new vote round once', () => {
    const none = outline({ Ideeën: [] })
    const open = outline({ Ideeën: [] }, [], 'v1')
    expect(say(none, open)).toEqual(['Er is een stemronde begonnen'])
    expect(say(open, open)).toEqual([])
  })

  it('names a removed area by its old name', () => {
    const before = outline({ Ideeën: [item('a')], Cluster: [item('b'), item('c')] })
    const after = outline({ Ideeën: [item('a')] })
    expect(say(before, after)).toEqual(['2 notities verwijderd uit Cluster'])
  })
})
