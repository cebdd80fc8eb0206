import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { note } from '../testing/board.ts'
import { FilePointStore } from './filePointStore.ts'
import { describePointStoreContract } from './pointStore.contract.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-points-'))
describePointStoreContract('files', (limits) => new FilePointStore(root, limits), { shared: false })

describe('FilePointStore on disk', () => {
  it('one file per kept point, named by time and counts, and the directory goes with the session', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-points-'))
    const store = new FilePointStore(dir, { maxPoints: 2, maxBytes: 1 << 30 })
    for (let i = 1; i <= 3; i++) await store.write('s1', [note(`shape:n${i}`, 'idee')], i * 1000)
    expect(fs.readdirSync(path.join(dir, 's1')).sort()).toEqual((await store.list('s1')).map((p) => `${p.at}-1-0.json.gz`))
    await store.removeSession('s1')
    expect(fs.existsSync(path.join(dir, 's1'))).toBe(false)
  })
})
