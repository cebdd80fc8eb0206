// A tick's messages to one process: one message per payload, yet every connection's messages in order,
// and the packing reads back as written.
import { describe, expect, it } from 'vitest'
import { Batch, EntryNumbers, decodeMessages, encodeMessages, type TunnelMessage } from './tunnelWire.ts'

const summary = (m: TunnelMessage) => `${m.kind}:${m.session}:${'conns' in m ? m.conns.join(',') : m.conn}`

describe('Batch', () => {
  it('sends one payload for many connections of a session as one message naming them all', () => {
    const batch = new Batch()
    const update = Uint8Array.of(0, 2, 1, 7)
    batch.frame('s1', 1, update)
    batch.frame('s1', 2, update)
    batch.frame('s1', 9, update)
    const messages = decodeMessages(batch.encode())
    expect(messages.map(summary)).toEqual(['frame:s1:1,2,9'])
    expect(Array.from((messages[0] as { data: Uint8Array }).data)).toEqual([0, 2, 1, 7])
  })

  it("never puts a connection's later message before its earlier one", () => {
    const batch = new Batch()
    const x = Uint8Array.of(1)
    const y = Uint8Array.of(2)
    batch.frame('s', 2, y)
    batch.frame('s', 1, x)
    // Connection 1 had x first: y may not join the message before x for it.
    batch.frame('s', 1, y)
    batch.add({ kind: 'close', session: 's', conn: 1, code: 4403, reason: 'no' })
    batch.frame('s', 3, y)
    expect(decodeMessages(batch.encode()).map(summary)).toEqual(['frame:s:2', 'frame:s:1', 'frame:s:1,3', 'close:s:1'])
  })

  it('keeps sessions apart: the same bytes for two sessions are two messages', () => {
    const batch = new Batch()
    const update = Uint8Array.of(5)
    batch.frame('a', 1, update)
    batch.frame('b', 1, update)
    expect(decodeMessages(batch.encode()).map(summary)).toEqual(['frame:a:1', 'frame:b:1'])
  })
})

describe('encodeMessages / decodeMessages', () => {
  it('reads back every kind of message as written', () => {
    const messages: TunnelMessage[] = [
      { kind: 'open', session: 'sessie-1', conn: 0, open: { role: 'join', address: '203.0.113.7', door: 'sync' } },
      { kind: 'open', session: 'sessie-1', conn: 300, open: { role: 'facilitator', address: '::1', door: 'silent', extra: { participant: 'p1' } } },
      { kind: 'data', session: 'sessie-1', conn: 300, data: Uint8Array.of(0, 1, 2) },
      { kind: 'gone', session: 'sessie-1', conn: 0 },
      { kind: 'frame', session: 'sessie-2', conns: [1, 2], data: new Uint8Array(70_000).fill(9) },
      { kind: 'close', session: 'sessie-2', conn: 2, code: 4410, reason: 'sessie verwijderd' },
    ]
    const read = decodeMessages(encodeMessages(messages))
    expect(read.map((m) => ('data' in m ? { ...m, data: Array.from(m.data) } : m))).toEqual(
      messages.map((m) => ('data' in m ? { ...m, data: Array.from(m.data) } : m)),
    )
  })

  it('refuses bytes no sender wrote', () => {
    expect(() => decodeMessages(Uint8Array.of(99, 0))).toThrow(/unknown tunnel message kind 99/)
    // A frame whose payload is cut short.
    const cut = encodeMessages([{ kind: 'data', session: 's', conn: 1, data: new Uint8Array(100) }]).slice(0, 20)
    expect(() => decodeMessages(cut)).toThrow()
  })
})

describe('EntryNumbers', () => {
  it('notices a missing entry', () => {
    const numbers = new EntryNumbers()
    expect([5, 6, 8, 9, 10].map((n) => numbers.follows('s', n))).toEqual([true, true, false, true, true])
    expect(numbers.follows('other', 40)).toBe(true)
  })
})
