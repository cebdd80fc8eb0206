import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TrashEntry } from '../../shared/history/trash.ts'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { note } from '../testing/board.ts'
import { TrashStore } from './trashStore.ts'

const entry = (n: number): TrashEntry => ({
  id: `shape:n${n}`,
  kind: 'note',
  record: note(`shape:n${n}`, `idee ${n}`),
  text: `idee ${n}`,
  labelKey: '',
  area: null,
  parent: null,
  deletion: `d${n}`,
  deletedBy: 'Anna',
  deletedByRole: 'join',
  deletedAt: n,
})

describe('TrashStore', () => {
  it('keeps entries on disk, bounded (oldest deletions go first), and removes restored ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-trash-'))
    const store = new TrashStore(new FileDocStorage(dir), { maxItems: 3, compactBytes: 1 << 20 })
    store.add('s1', [entry(1), entry(2)])
    store.add('s1', [entry(3), entry(4)])
    expect([...store.entries('s1').keys()].sort()).toEqual(['shape:n2', 'shape:n3', 'shape:n4'])
    store.remove('s1', ['shape:n3'])
    store.release('s1')

    const reopened = new TrashStore(new FileDocStorage(dir), { maxItems: 3, compactBytes: 1 << 20 })
    expect([...reopened.entries('s1').keys()].sort()).toEqual(['shape:n2', 'shape:n4'])
    expect(reopened.entries('s1').get('shape:n4')).toEqual(entry(4))
    reopened.removeSession('s1')
    expect(reopened.entries('s1').size).toBe(0)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('s1'))).toEqual([])
  })
})
