import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardDoc.ts'
import { actor, area, note, page, sid, PAGE } from '../areas/testFixtures.ts'
import { extractDeleted, firstPageId, itemAreaLabel, itemText, itemsToRestore, restoreRecords, type TrashEntry } from './trash.ts'

function source(records: BoardRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r]))
  return { get: (id: string) => byId.get(id), all: () => [...byId.values()] }
}

const pageRecord = page(PAGE, 'a1')
const ideas = area({ id: 'ideas', kind: 'ideas', template: 'brainstorm', labelKey: 'brainstorm.ideas', x: 0, y: 0, w: 1000, h: 1000 })
const cluster = area({ id: 'cl', kind: 'cluster', template: 'brainstorm', label: 'Groen', x: 2000, y: 0, w: 600, h: 600 })
const inIdeas = note({ id: 'n1', text: 'Meer bankjes', x: 100, y: 100 })
const inCluster = note({ id: 'n2', text: 'Bomen\nplanten', x: 2100, y: 100 })
const card = actor({ id: 'c1', name: 'Ondernemersvereniging', x: 300, y: 300 })
const line = { ...note({ id: 'n3', text: 'los' }), type: 'geo' } as BoardRecord

function entries(items: ReturnType<typeof extractDeleted>, deletion = 'd1'): Map<string, TrashEntry> {
  return new Map(items.map((item) => [item.id, { ...item, deletion, deletedBy: 'Anna', deletedByRole: 'join' as const, deletedAt: 1 }]))
}

describe('trash extraction', () => {
  it('keeps notes, cards and clusters with their text and area; children of a cluster deleted with it name it', () => {
    const removed = new Map([inIdeas, inCluster, card, cluster, line].map((r) => [r.id, r]))
    const items = extractDeleted(removed, source([pageRecord, ideas]))
    const byId = new Map(items.map((i) => [i.id, i]))
    expect([...byId.keys()].sort()).toEqual([sid('c1'), sid('cl'), sid('n1'), sid('n2')].sort())
    expect(byId.get(sid('n1'))).toMatchObject({ kind: 'note', text: 'Meer bankjes', area: { id: sid('ideas') }, parent: null })
    expect(byId.get(sid('n2'))).toMatchObject({ kind: 'note', text: 'Bomen\nplanten', area: { id: sid('cl'), label: 'Groen' }, parent: sid('cl') })
    expect(byId.get(sid('c1'))).toMatchObject({ kind: 'card', text: 'Ondernemersvereniging' })
    expect(byId.get(sid('cl'))).toMatchObject({ kind: 'cluster', text: 'Groen', area: null })
    expect(itemAreaLabel(byId.get(sid('n1'))!, 'nl')).toBe('Ideeën')
    expect(itemAreaLabel(byId.get(sid('n2'))!, 'en')).toBe('Groen')
  })

  it('an unnamed cluster reads as its label', () => {
    const unnamed = area({ id: 'cl2', kind: 'cluster', template: 'brainstorm', labelKey: 'brainstorm.cluster.unnamed', x: 3000 })
    const [item] = extractDeleted(new Map([[unnamed.id, unnamed]]), source([pageRecord]))
    expect(itemText(item!, 'nl')).toBe('Cluster zonder naam')
  })

  it('a change that removes nothing of interest gives nothing', () => {
    expect(extractDeleted(new Map([[line.id, line]]), source([pageRecord]))).toEqual([])
  })
})

describe('restoring from the trash', () => {
  const removed = new Map([inCluster, cluster, inIdeas].map((r) => [r.id, r]))
  const trash = entries(extractDeleted(removed, source([pageRecord, ideas])))

  it('a cluster brings the items deleted inside it; an unknown id restores nothing', () => {
    expect(
      itemsToRestore([sid('cl')], trash)!
        .map((i) => i.id)
        .sort(),
    ).toEqual([sid('cl'), sid('n2')].sort())
    expect(itemsToRestore([sid('n1')], trash)!.map((i) => i.id)).toEqual([sid('n1')])
    expect(itemsToRestore([sid('n1'), 'shape:nope'], trash)).toBeUndefined()
  })

  it('parents come before children; a record whose parent is gone goes onto the first page where it stood', () => {
    const child = note({ id: 'child', text: 'in een cluster', parentId: 'cl', x: 10, y: 20 })
    const withChild = entries(
      extractDeleted(
        new Map([
          [child.id, child],
          [cluster.id, cluster],
        ]),
        source([pageRecord]),
      ),
    )
    const both = restoreRecords(itemsToRestore([sid('cl')], withChild)!, source([pageRecord]), PAGE)
    expect(both.map((r) => r.id)).toEqual([sid('cl'), sid('child')])
    expect(both[1]).toMatchObject({ parentId: sid('cl'), x: 10, y: 20 })
    const alone = restoreRecords(itemsToRestore([sid('child')], withChild)!, source([pageRecord]), PAGE, withChild)
    expect(alone[0]).toMatchObject({ parentId: PAGE, x: 2010, y: 20 })
    const otherPage = page('page:other', 'a0')
    const moved = restoreRecords(
      [{ ...trash.get(sid('n1'))!, record: { ...inIdeas, parentId: 'page:gone' } }],
      source([otherPage, pageRecord]),
      firstPageId([pageRecord, otherPage]),
    )
    expect(moved[0]).toMatchObject({ parentId: 'page:other', x: 100, y: 100 })
  })
})
