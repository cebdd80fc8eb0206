import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocStorage } from '../storage/types.ts'
import { CommitQueue } from './commitQueue.ts'
import { silentLog as silent } from '../testing/silentLog.ts'

/** Real Yjs updates (the queue merges a group into one record), one per key set. */
function updates(n: number): Uint8Array[] {
  const doc = new Y.Doc()
  const out: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => out.push(u))
  for (let i = 0; i < n; i++) doc.getMap('m').set(`k${i}`, i)
  return out
}

function setup() {
  const written: Uint8Array[][] = []
  const published: Uint8Array[] = []
  const states: boolean[] = []
  const disk = { failing: false, gate: undefined as Promise<void> | undefined }
  const storage = {
    append: async (_id: string, update: Uint8Array | readonly Uint8Array[]) => {
      await disk.gate
      if (disk.failing) throw new Error('ENOSPC')
      written.push(update instanceof Uint8Array ? [update] : [...(update as Uint8Array[])])
    },
  } as unknown as DocStorage
  const queue = new CommitQueue({
    sessionId: 's',
    storage,
    log: silent,
    publish: (update) => published.push(update),
    onFailingChange: (failing) => states.push(failing),
  })
  return { queue, disk, written, published, states }
}

describe('CommitQueue', () => {
  it('publishes a change only after its append resolved, holding refused ones in order until the disk works', async () => {
    const { queue, disk, written, published, states } = setup()
    const [a, b, c] = updates(3) as [Uint8Array, Uint8Array, Uint8Array]
    queue.commit(a, 'server')
    expect(published).toEqual([])
    await queue.settled()
    expect(published).toEqual([a])
    disk.failing = true
    queue.commit(b, 'server')
    await queue.settled()
    queue.commit(c, 'server')
    expect(published).toEqual([a])
    expect(queue.hasHeld).toBe(true)
    expect(states).toEqual([true])
    disk.failing = false
    expect(await queue.recover()).toBe(true)
    expect(written).toEqual([[a], [b, c]]) // b and c went as one group
    expect(published).toEqual([a, b, c])
    expect(states).toEqual([true, false])
    queue.destroy()
  })

  it('groups the updates arriving while an append is in flight into one append, published in order', async () => {
    const { queue, disk, written, published } = setup()
    const all = updates(5)
    let open!: () => void
    disk.gate = new Promise((resolve) => (open = resolve))
    queue.commit(all[0]!, 1)
    for (const u of all.slice(1)) queue.commit(u, 2)
    expect(queue.hasUncommitted).toBe(true)
    open()
    await queue.settled()
    // One append for the first, one group for the four that came while it was in flight.
    expect(written).toEqual([[all[0]], all.slice(1)])
    expect(published).toEqual(all)
    queue.destroy()
  })

  it('probes with an empty update when failing with nothing held', async () => {
    const { queue, disk, written, states } = setup()
    const [a] = updates(1) as [Uint8Array]
    disk.failing = true
    queue.commit(a, 'x')
    await queue.settled()
    disk.failing = false
    expect(await queue.recover()).toBe(true)
    expect(await queue.recover()).toBe(true)
    expect(written).toEqual([[a]])
    expect(states).toEqual([true, false])
    queue.destroy()
  })
})
