import { describe, expect, it } from 'vitest'
import { area, note, sid, testBoard } from '../areas/testFixtures.ts'
import { isVoteScope, normalScope, scopeAreaIds, scopeProblem } from './voteScope.ts'
import { voteNoteIds } from './votes.ts'

/**
 * Two templates side by side: brainstorm b1 (ideas with a cluster drawn inside it and one beside it),
 * a participation ladder l1 (two lanes of one rung), a cluster made by hand away from any brainstorm,
 * and an actions area of another template drawn inside the ideas area.
 */
function board() {
  return testBoard(
    area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', instance: 'b1', x: 0, y: 0, w: 1300, h: 1100 }),
    area({ id: 'inner', kind: 'cluster', template: 'brainstorm', instance: 'b1', x: 800, y: 600, w: 400, h: 400 }),
    area({ id: 'beside', kind: 'cluster', template: 'brainstorm', instance: 'b1', x: 1400, y: 0, w: 700, h: 500 }),
    area({ id: 'plan', kind: 'actions', template: 'vision', instance: 'v1', x: 50, y: 800, w: 300, h: 250 }),
    area({ id: 'now', kind: 'rung', template: 'participation-ladder', instance: 'l1', lane: 'now', x: 3000, y: 0, w: 1000, h: 240 }),
    area({ id: 'next', kind: 'rung', template: 'participation-ladder', instance: 'l1', lane: 'next', x: 4040, y: 0, w: 1000, h: 240 }),
    area({ id: 'loose', kind: 'cluster', template: 'board', instance: 'x9', x: 0, y: 3000, w: 700, h: 500 }),
    note({ id: 'idea', x: 100, y: 100, text: 'idee' }),
    note({ id: 'grouped', x: 900, y: 700, text: 'in de cluster binnen Ideeën' }),
    note({ id: 'moved', x: 1500, y: 100, text: 'naar de cluster ernaast gesleept' }),
    note({ id: 'todo', x: 100, y: 850, text: 'een actie, in Ideeën getekend' }),
    note({ id: 'rung-now', x: 3100, y: 50, text: 'nu' }),
    note({ id: 'rung-next', x: 4100, y: 50, text: 'volgende stap' }),
    note({ id: 'by-hand', x: 100, y: 3100, text: 'losse cluster' }),
    note({ id: 'nowhere', x: 9000, y: 9000, text: 'nergens' }),
  )
}

const ids = (set: Set<string>) => [...set].sort()
const votesOn = (scope: Parameters<typeof voteNoteIds>[1]['scope']) => ids(voteNoteIds(board(), { areaId: null, noteIds: null, scope }))

describe('voteNoteIds with a scope', () => {
  it('the whole brainstorm: ideas and every cluster, a note moved into a cluster included, nothing else', () => {
    expect(votesOn({ kind: 'brainstorm' })).toEqual(['by-hand', 'grouped', 'idea', 'moved'].map(sid))
    // The old way, by area: a note moved into a cluster drops out of the "Ideeën" vote.
    expect(ids(voteNoteIds(board(), { areaId: sid('ideas'), noteIds: null }))).toEqual([sid('idea')])
  })

  it('one brainstorm: its ideas and clusters, and clusters of no brainstorm', () => {
    expect(votesOn({ kind: 'brainstorm', instance: 'b1' })).toEqual(['by-hand', 'grouped', 'idea', 'moved'].map(sid))
  })

  it('a template: every area of that instance, whatever its kind', () => {
    expect(votesOn({ kind: 'template', instance: 'l1' })).toEqual(['rung-next', 'rung-now'].map(sid))
    expect(votesOn({ kind: 'template', instance: 'b1' })).toEqual(['grouped', 'idea', 'moved'].map(sid))
    expect(votesOn({ kind: 'template', instance: 'v1' })).toEqual([sid('todo')])
    expect(votesOn({ kind: 'template', instance: 'gone' })).toEqual([])
  })

  it('no notes for a scope this version does not know; old votes (no scope) as before', () => {
    expect(votesOn({ kind: 'area', id: 'x' } as never)).toEqual([])
    expect(ids(voteNoteIds(board(), { areaId: null, noteIds: null, scope: null })).length).toBe(8)
    expect(ids(voteNoteIds(board(), { areaId: null, noteIds: null })).length).toBe(8)
  })
})

describe('scope checks', () => {
  const areas = [
    { id: 'i', kind: 'ideas', template: 'brainstorm', instance: 'b1' },
    { id: 'r', kind: 'rung', template: 'participation-ladder', instance: 'l1' },
  ] as const

  it('names what a scope does not find', () => {
    expect(scopeProblem(areas, { kind: 'brainstorm' })).toBeUndefined()
    expect(scopeProblem(areas, { kind: 'brainstorm', instance: 'b1' })).toBeUndefined()
    expect(scopeProblem(areas, { kind: 'brainstorm', instance: 'l1' })).toBe('not-a-brainstorm')
    expect(scopeProblem(areas, { kind: 'template', instance: 'l1' })).toBeUndefined()
    expect(scopeProblem(areas, { kind: 'template', instance: 'zz' })).toBe('unknown-template')
    expect(scopeProblem([areas[1]], { kind: 'brainstorm' })).toBe('no-brainstorm')
    expect(scopeAreaIds(areas, { kind: 'template', instance: 'l1' })).toEqual(['r'])
  })

  it('reads and normalises stored scopes', () => {
    expect(isVoteScope({ kind: 'brainstorm' })).toBe(true)
    expect(isVoteScope({ kind: 'template', instance: 'l1' })).toBe(true)
    expect(isVoteScope({ kind: 'template' })).toBe(false)
    expect(isVoteScope({ kind: 'brainstorm', instance: 3 })).toBe(false)
    expect(isVoteScope('brainstorm')).toBe(false)
    expect(normalScope({ kind: 'template', instance: 'l1', extra: 1 } as never)).toEqual({ kind: 'template', instance: 'l1' })
  })
})
