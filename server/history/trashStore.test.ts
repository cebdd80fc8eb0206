import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TrashEntry } from '../../shared/history/trash.ts'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage } from '../storage/types.ts'
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
  it('keeps entries on disk in the order asked, bounded (oldest deletions go first), and removes restored ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-trash-'))
    const files = () => new AsyncDocStorage(new FileDocStorage(dir))
    const store = new TrashStore(files(), { maxItems: 3, compactBytes: 1 << 20 })
    // Asked for without waiting, as the board's change events do: stored in this order, and a read waits for them.
    void store.add('s1', [entry(1), entry(2)])
    void store.add('s1', [entry(3), entry(4)])
    void store.remove('s1', ['shape:n3', 'shape:n9'])
    expect([...(await store.entries('s1')).keys()].sort()).toEqual(['shape:n2', 'shape:n4'])
    await store.release('s1')

    const reopened = new TrashStore(files(), { maxItems: 3, compactBytes: 1 << 20 })
    expect([...(await reopened.entries('s1')).keys()].sort()).toEqual(['shape:n2', 'shape:n4'])
    expect((await reopened.entries('s1')).get('shape:n4')).toEqual(entry(4))
    await reopened.removeSession('s1')
    expect((await reopened.entries('s1')).size).toBe(0)
    await reopened.release('s1')
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('s1'))).toEqual([])
  })
})
