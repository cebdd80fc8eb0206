import { describe, expect, it } from 'vitest'
import { placeTemplate } from '../templates/index.ts'
import { BoardDoc } from '../board/boardDoc.ts'
import { initBoard } from '../board/initBoard.ts'
import * as Y from 'yjs'
import { areaName } from './areaName.ts'
import { listAreas } from './areas.ts'

describe('areaName', () => {
  it("names the ladder's lanes by what they are, in both languages; other areas keep their label", () => {
    expect(areaName({ label: 'Zelfbeheer', lane: 'next' }, 'nl')).toBe('Zelfbeheer — volgende stap')
    expect(areaName({ label: 'Zelfbeheer', lane: 'now' }, 'nl')).toBe('Zelfbeheer — nu')
    expect(areaName({ label: 'Self-management', lane: 'next' }, 'en')).toBe('Self-management — next step')
    expect(areaName({ label: 'Ideeën', lane: '' }, 'nl')).toBe('Ideeën')
  })

  it('calls an unnamed cluster so in a list, not by the board\'s "double-click" hint', () => {
    expect(areaName({ kind: 'cluster', label: 'Nieuw cluster: dubbelklik om een naam te geven', lane: '' }, 'nl')).toBe('Cluster zonder naam')
    expect(areaName({ kind: 'cluster', label: 'New cluster: double-click to name it', lane: '' }, 'en')).toBe('Unnamed cluster')
    expect(areaName({ kind: 'cluster', label: 'Parkeren', lane: '' }, 'nl')).toBe('Parkeren')
  })

  it('gives every area of a placed ladder a name of its own', () => {
    const board = BoardDoc.of(new Y.Doc())
    initBoard(board, { pageName: 'Bord' })
    placeTemplate(board, 'participation-ladder', { near: { x: 0, y: 0 } })
    const names = listAreas(board, 'nl').map((area) => areaName(area, 'nl'))
    expect(names).toHaveLength(12)
    expect(new Set(names).size).toBe(12)
    expect(names.slice(0, 2)).toEqual(['Zelfbeheer — nu', 'Zelfbeheer — volgende stap'])
    expect(names).toContain('Meebeslissen — volgende stap')
  })
})
