import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import type { SyncDocStorage } from '../storage/types.ts'
import { BallotBox, BallotStoreError } from './ballotBox.ts'

let dir: string
let files: FileDocStorage
const ID = 'session_1'

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-ballots-'))
  files = new FileDocStorage(dir)
})
afterEach(() => {
  files.release(ID)
  fs.rmSync(dir, { recursive: true, force: true })
})

/** The file storage, failing every write while `failing.on`. */
function flaky(failing: { on: boolean }): SyncDocStorage {
  return {
    load: (id) => files.load(id),
    append: (id, update) => {
      if (failing.on) throw new Error('ENOSPC: no space left on device')
      files.append(id, update)
    },
    compact: (id, state) => files.compact(id, state),
    logBytes: (id) => files.logBytes(id),
    release: (id) => files.release(id),
    setAside: (id, json) => files.setAside(id, json),
    remove: (id) => files.remove(id),
  }
}

const dotsOf = (box: BallotBox) => box.read(ID, (b) => Array.from(b.notes()).flatMap((note) => Array.from(b.on(note), ([voter, n]) => `${note} ${voter} ${n}`)))

describe('BallotBox', () => {
  it('keeps every change on disk before it returns: a new box (a restarted server) reads it back', () => {
    const box = new BallotBox(files, { compactBytes: 1 << 20 })
    box.change(ID, (b) => {
      b.set('shape:a', 'p_anna', 2)
      b.set('shape:b', 'p_bert', 1)
      b.markAdopted()
    })
    box.change(ID, (b) => b.set('shape:a', 'p_anna', 0))
    files.release(ID)
    const again = new BallotBox(new FileDocStorage(dir), { compactBytes: 1 << 20 })
    expect(dotsOf(again)).toEqual(['shape:b p_bert 1'])
    expect(again.change(ID, (b) => b.adopted)).toBe(true)
  })

  it('keeps nothing of a change the disk refused, in memory or on disk', () => {
    const failing = { on: false }
    const box = new BallotBox(flaky(failing), { compactBytes: 1 << 20 })
    box.change(ID, (b) => b.set('shape:a', 'p_anna', 1))
    failing.on = true
    expect(() => box.change(ID, (b) => b.set('shape:a', 'p_anna', 2))).toThrow(BallotStoreError)
    expect(box.read(ID, (b) => b.get('shape:a', 'p_anna'))).toBe(1)
    failing.on = false
    box.change(ID, (b) => b.set('shape:b', 'p_anna', 1))
    expect(dotsOf(box)).toEqual(['shape:a p_anna 1', 'shape:b p_anna 1'])
  })

  it('compacts its log and reloads sessions it let go of', () => {
    const box = new BallotBox(files, { compactBytes: 200, cached: 1 })
    for (let i = 0; i < 40; i++) box.change(ID, (b) => b.set(`shape:n${i % 4}`, `p_voter${i % 3}`, 1 + (i % 5)))
    expect(files.logBytes(ID)).toBeLessThan(400)
    expect(fs.readdirSync(dir).some((name) => name.startsWith(`${ID}.`) && name.endsWith('.snap'))).toBe(true)
    const before = dotsOf(box)
    box.change('other', (b) => b.set('shape:x', 'p_x', 1))
    expect(dotsOf(box)).toEqual(before)
    box.remove(ID)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith(ID))).toEqual([])
    files.release('other')
  })
})
