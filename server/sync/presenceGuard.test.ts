import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { awarenessUpdate, type AwarenessEntry } from '../testing/forge.ts'
import { MAX_AWARENESS_IDS, judgePresence, type PresenceContext } from './presenceGuard.ts'

type Entry = AwarenessEntry
const update = awarenessUpdate

function entriesOf(bytes: Uint8Array | undefined): Entry[] {
  if (!bytes) return []
  const decoder = decoding.createDecoder(bytes)
  return Array.from(
    { length: decoding.readVarUint(decoder) },
    (): Entry => [decoding.readVarUint(decoder), decoding.readVarUint(decoder), JSON.parse(decoding.readVarString(decoder))],
  )
}

const SERVER = 1
function ctx(over: Partial<PresenceContext> = {}): PresenceContext {
  return { role: 'join', serverClientId: SERVER, owned: new Set(), ownedElsewhere: (id) => id === 99, ...over }
}

const anna = { user: { name: 'Anna', color: '#f00', role: 'join' }, presence: null }

describe('judgePresence', () => {
  it('passes an honest update through as it came, and claims its id', () => {
    const u = update([[7, 1, anna]])
    const verdict = judgePresence(u, ctx())
    expect(verdict.accepted).toBe(u)
    expect(verdict.claimed).toEqual([7])
    expect(verdict.dropped).toBe(0)
  })

  it('takes nothing from a view link', () => {
    const verdict = judgePresence(
      update([
        [7, 1, { user: { name: 'Beamer', role: 'facilitator' } }],
        [8, 1, null],
      ]),
      ctx({ role: 'view' }),
    )
    expect(verdict).toEqual({ accepted: undefined, claimed: [], dropped: 2 })
  })

  it("drops the server's id, ids of other connections and states carrying the server field; keeps the rest re-encoded", () => {
    const verdict = judgePresence(
      update([
        [SERVER, 9, { server: { storage: 'failing' } }],
        [99, 5, null],
        [7, 1, anna],
        [8, 1, { server: { storage: 'failing' }, user: { name: 'Nep' } }],
        [9, 1, [1, 2]],
      ]),
      ctx(),
    )
    expect(entriesOf(verdict.accepted)).toEqual([[7, 1, anna]])
    expect(verdict.claimed).toEqual([7])
    expect(verdict.dropped).toBe(4)
  })

  it(`claims at most ${MAX_AWARENESS_IDS} ids per connection, counting those it has`, () => {
    const ghosts = Array.from({ length: 15_000 }, (_, i): Entry => [1000 + i, 1, { user: { name: `ghost ${i}`, role: 'join' } }])
    const verdict = judgePresence(update(ghosts), ctx({ owned: new Set([7]) }))
    expect(verdict.claimed).toEqual([1000, 1001, 1002])
    expect(entriesOf(verdict.accepted).map(([id]) => id)).toEqual([1000, 1001, 1002])
    expect(verdict.dropped).toBe(15_000 - 3)
    // Its own id still updates once the set is full.
    const own = judgePresence(
      update([
        [7, 2, anna],
        [5, 1, anna],
      ]),
      ctx({ owned: new Set([7, 1000, 1001, 1002]) }),
    )
    expect(entriesOf(own.accepted).map(([id]) => id)).toEqual([7])
  })

  it('removes only its own states', () => {
    const verdict = judgePresence(
      update([
        [7, 2, null],
        [42, 3, null],
      ]),
      ctx({ owned: new Set([7]) }),
    )
    expect(entriesOf(verdict.accepted)).toEqual([[7, 2, null]])
  })

  it("rewrites a claimed role to the link's", () => {
    const verdict = judgePresence(update([[7, 1, { user: { name: 'Anna', role: 'facilitator' }, presence: { x: 1 } }]]), ctx())
    expect(entriesOf(verdict.accepted)).toEqual([[7, 1, { user: { name: 'Anna', role: 'join' }, presence: { x: 1 } }]])
  })

  it('throws on a state that is not JSON (the room closes the connection with 4400)', () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, 7)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, '{nope')
    expect(() => judgePresence(encoding.toUint8Array(encoder), ctx())).toThrow()
  })
})
