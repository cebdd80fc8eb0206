import { describe, expect, it } from 'vitest'
import type { DocStorage } from '../storage/types.ts'
import { CommitQueue } from './commitQueue.ts'
import { silentLog as silent } from '../testing/silentLog.ts'

function setup() {
  const written: number[][] = []
  const published: number[][] = []
  const states: boolean[] = []
  const disk = { failing: false }
  const storage = {
    append: (_id: string, update: Uint8Array) => {
      if (disk.failing) throw new Error('ENOSPC')
      written.push(Array.from(update))
    },
  } as unknown as DocStorage
  const queue = new CommitQueue({
    sessionId: 's',
    storage,
    log: silent,
    publish: (update) => published.push(Array.from(update)),
    onFailingChange: (failing) => states.push(failing),
  })
  return { queue, disk, written, published, states }
}

describe('CommitQueue', () => {
  it('publishes a change only after it is written, holding refused ones in order until the disk works', () => {
    const { queue, disk, written, published, states } = setup()
    queue.commit(Uint8Array.of(1), 'server')
    disk.failing = true
    queue.commit(Uint8Array.of(2), 'server')
    queue.commit(Uint8Array.of(3), 'server')
    expect(published).toEqual([[1]])
    expect(queue.hasHeld).toBe(true)
    expect(states).toEqual([true])
    disk.failing = false
    expect(queue.recover()).toBe(true)
    expect(written).toEqual([[1], [2], [3]])
    expect(published).toEqual([[1], [2], [3]])
    expect(states).toEqual([true, false])
    queue.destroy()
  })

  it('refuses to write a client update ahead while failing, and probes with an empty update when nothing is held', () => {
    const { queue, disk, written, states } = setup()
    disk.failing = true
    expect(queue.writeAhead(Uint8Array.of(9))).toBe(false)
    expect(queue.failing).toBe(true)
    expect(queue.hasHeld).toBe(false)
    disk.failing = false
    expect(queue.recover()).toBe(true)
    expect(written).toEqual([[0, 0]])
    expect(queue.writeAhead(Uint8Array.of(9))).toBe(true)
    expect(written).toEqual([[0, 0], [9]])
    expect(states).toEqual([true, false])
    queue.destroy()
  })
})
