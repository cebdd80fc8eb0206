// The owner's per-tick grouping: one entry per payload, yet every connection's payloads in order.
import { describe, expect, it } from 'vitest'
import { EntryNumbers, Outbox, targetsOf } from './tunnelWire.ts'

const field = (entry: Array<string | Buffer>, name: string) => entry[entry.indexOf(name) + 1]!.toString()

describe('Outbox', () => {
  it('groups one payload sent to many connections into one entry, targets per relay', () => {
    const outbox = new Outbox()
    const update = Uint8Array.of(0, 2, 1, 7)
    for (const [relay, conn] of [
      ['r1', '1'],
      ['r1', '2'],
      ['r2', 'a'],
    ] as const)
      outbox.send(relay, conn, update)
    let n = 0
    const entries = outbox.drain('owner', () => ++n)
    expect(entries).toHaveLength(1)
    expect(targetsOf(field(entries[0]!, 't'), 'r1')).toEqual(['1', '2'])
    expect(targetsOf(field(entries[0]!, 't'), 'r2')).toEqual(['a'])
    expect(targetsOf(field(entries[0]!, 't'), 'r')).toEqual([])
    expect(outbox.empty).toBe(true)
  })

  it("never puts a connection's later payload before its earlier one", () => {
    const outbox = new Outbox()
    const x = Uint8Array.of(1)
    const y = Uint8Array.of(2)
    outbox.send('r', 'b', y)
    outbox.send('r', 'a', x)
    // 'a' had x first: y may not join the group before x for it.
    outbox.send('r', 'a', y)
    outbox.close('r', 'a', 4403, 'no')
    let n = 0
    const entries = outbox.drain('owner', () => ++n)
    const order = entries.map((e) => `${field(e, 'k')}:${field(e, 't')}:${field(e, 'n')}`)
    expect(order).toEqual(['frame:r=b:1', 'frame:r=a:2', 'frame:r=a:3', 'close:r=a:4'])
  })
})

describe('EntryNumbers', () => {
  it('notices a missing entry, and takes a 1 as a sender that began anew', () => {
    const numbers = new EntryNumbers()
    expect([5, 6, 8, 9, 1, 2].map((n) => numbers.follows('s', n))).toEqual([true, true, false, true, true, true])
  })
})
