import { describe, expect, it } from 'vitest'
import { distinctAreaNames, numbered } from './numbered.ts'

const labels = (list: string[]) => numbered(list.map((label, i) => ({ id: String(i), label }))).map((item) => item.label)

describe('numbered', () => {
  it('leaves distinct names alone', () => {
    expect(labels(['Ideeën', 'Cluster zonder naam', 'Acties'])).toEqual(['Ideeën', 'Cluster zonder naam', 'Acties'])
  })

  it('numbers the second and later of equal names, in the order given', () => {
    expect(labels(['Cluster zonder naam', 'Ideeën', 'Cluster zonder naam', 'Cluster zonder naam'])).toEqual([
      'Cluster zonder naam',
      'Ideeën',
      'Cluster zonder naam 2',
      'Cluster zonder naam 3',
    ])
  })

  it('never makes a name that is already on the board', () => {
    expect(labels(['Ideeën', 'Ideeën 2', 'Ideeën'])).toEqual(['Ideeën', 'Ideeën 2', 'Ideeën 3'])
  })

  it('keeps the other fields of each item', () => {
    expect(
      numbered([
        { id: 'a', label: 'X', count: 1 },
        { id: 'b', label: 'X', count: 2 },
      ]),
    ).toEqual([
      { id: 'a', label: 'X', count: 1 },
      { id: 'b', label: 'X 2', count: 2 },
    ])
  })
})

describe('distinctAreaNames', () => {
  it('names two unnamed clusters apart, and lanes by their lane', () => {
    const names = distinctAreaNames(
      [
        { id: 'a', label: '', kind: 'cluster', lane: '' },
        { id: 'b', label: 'Ideeën', kind: 'ideas', lane: '' },
        { id: 'c', label: '', kind: 'cluster', lane: '' },
        { id: 'd', label: 'Zelfbeheer', kind: 'rung', lane: 'now' },
      ],
      'nl',
    )
    expect([...names.values()]).toEqual(['Cluster zonder naam', 'Ideeën', 'Cluster zonder naam 2', 'Zelfbeheer — nu'])
  })
})
