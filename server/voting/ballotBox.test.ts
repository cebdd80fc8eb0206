import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { myDots } from '../../shared/facilitation/votes.ts'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage, type DocStorage } from '../storage/types.ts'
import { BallotBox, BallotStoreError } from './ballotBox.ts'

let dir: string
let files: FileDocStorage
let storage: AsyncDocStorage
const ID = 'session_1'

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-ballots-'))
  files = new FileDocStorage(dir)
  storage = new AsyncDocStorage(files)
})
afterEach(() => {
  files.release(ID)
  fs.rmSync(dir, { recursive: true, force: true })
})

/** The file storage, failing every write while `failing.on`. */
function flaky(failing: { on: boolean }): DocStorage {
  return Object.assign(Object.create(storage) as DocStorage, {
    append: async (id: string, update: Uint8Array | readonly Uint8Array[]) => {
      if (failing.on) throw new Error('ENOSPC: no space left on device')
      await storage.append(id, update)
    },
  })
}

/** The file storage as a database would be: every load and write takes a few milliseconds. */
function slow(): DocStorage {
  const later = () => sleep(1 + Math.floor(Math.random() * 4))
  return Object.assign(Object.create(storage) as DocStorage, {
    load: async (id: string) => {
      await later()
      return storage.load(id)
    },
    append: async (id: string, update: Uint8Array | readonly Uint8Array[]) => {
      await later()
      await storage.append(id, update)
    },
  })
}

const dotsOf = (box: BallotBox) => box.read(ID, (b) => Array.from(b.notes()).flatMap((note) => Array.from(b.on(note), ([voter, n]) => `${note} ${voter} ${n}`)))

describe('BallotBox', () => {
  it('keeps every change stored before it resolves: a new box (a restarted server) reads it back', async () => {
    const box = new BallotBox(storage, { compactBytes: 1 << 20 })
    await box.change(ID, (b) => {
      b.set('shape:a', 'p_anna', 2)
      b.set('shape:b', 'p_bert', 1)
      b.markAdopted()
    })
    await box.change(ID, (b) => b.set('shape:a', 'p_anna', 0))
    files.release(ID)
    const again = new BallotBox(new AsyncDocStorage(new FileDocStorage(dir)), { compactBytes: 1 << 20 })
    expect(await dotsOf(again)).toEqual(['shape:b p_bert 1'])
    expect(await again.change(ID, (b) => b.adopted)).toBe(true)
  })

  it('keeps nothing of a change the disk refused, in memory or on disk', async () => {
    const failing = { on: false }
    const box = new BallotBox(flaky(failing), { compactBytes: 1 << 20 })
    await box.change(ID, (b) => b.set('shape:a', 'p_anna', 1))
    failing.on = true
    await expect(box.change(ID, (b) => b.set('shape:a', 'p_anna', 2))).rejects.toThrow(BallotStoreError)
    expect(await box.read(ID, (b) => b.get('shape:a', 'p_anna'))).toBe(1)
    failing.on = false
    await box.change(ID, (b) => b.set('shape:b', 'p_anna', 1))
    expect(await dotsOf(box)).toEqual(['shape:a p_anna 1', 'shape:b p_anna 1'])
  })

  it('holds a budget of one dot against 30 placements racing on a cold session whose storage takes time', async () => {
    const notes = Array.from({ length: 30 }, (_, i) => `shape:n${i}`)
    const vote = { dots: 1 }
    const box = new BallotBox(slow(), { compactBytes: 1 << 20 })
    const placed = await Promise.all(
      notes.map((note) =>
        box.change(ID, (b) => {
          if (myDots(b, 'p_anna', vote, notes).left < 1) return false
          b.set(note, 'p_anna', 1)
          return true
        }),
      ),
    )
    expect(placed.filter(Boolean)).toHaveLength(1)
    expect(await dotsOf(box)).toHaveLength(1)
    files.release(ID)
    expect(await dotsOf(new BallotBox(new AsyncDocStorage(new FileDocStorage(dir)), { compactBytes: 1 << 20 }))).toHaveLength(1)
  })

  it('compacts its log and reloads sessions it let go of', async () => {
    const box = new BallotBox(storage, { compactBytes: 200, cached: 1 })
    for (let i = 0; i < 40; i++) await box.change(ID, (b) => b.set(`shape:n${i % 4}`, `p_voter${i % 3}`, 1 + (i % 5)))
    expect(files.logBytes(ID)).toBeLessThan(400)
    expect(fs.readdirSync(dir).some((name) => name.startsWith(`${ID}.`) && name.endsWith('.snap'))).toBe(true)
    const before = await dotsOf(box)
    await box.change('other', (b) => b.set('shape:x', 'p_x', 1))
    expect(await dotsOf(box)).toEqual(before)
    await box.remove(ID)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith(ID))).toEqual([])
    files.release('other')
  })
})
