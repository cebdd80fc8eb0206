// Integration: awareness is bounded and honest. A join link cannot grow the board through presence
// (participants are bounded per connection and per session, inside MAX_DOC_BYTES), and the view link
// publishes nothing: no facilitator role, no fake storage state, no removing others, no ghosts.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readServerStorage } from '../shared/api/serverStatus.ts'
import { BoardDoc } from '../shared/board/index.ts'
import { note, readBoard, shapeIds } from './testing/board.ts'
import { awarenessFrame, type AwarenessEntry as Entry } from './testing/forge.ts'
import { perTestServers } from './testing/perTest.ts'
import { openRawSocket } from './testing/rawClients.ts'
import { createSession } from './testing/serverProcess.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

const { server, client } = perTestServers()

function announce(c: YClient, name: string, role: string): void {
  c.provider.awareness.setLocalStateField('user', { name, color: '#336699', role, author: `author_${name}` })
}

/** Names in a client's view of the awareness states. */
function names(c: YClient): string[] {
  return Array.from(c.provider.awareness.getStates().values())
    .map((s) => (s as { user?: { name?: string } }).user?.name)
    .filter((n): n is string => typeof n === 'string')
    .sort()
}

describe('awareness', () => {
  it('6,000 awareness names from one join client: the board stays small and honest edits are still taken', async () => {
    const s = await server({ env: { MAX_DOC_BYTES: '200000' } })
    const session = await createSession(s.url)
    const raw = await openRawSocket(s.wsUrl, session.join)
    // 6,000 names: 5,000 under fresh client ids, 100 a frame, then 1,000 renames of one id.
    for (let f = 0; f < 50; f++) {
      raw.send(
        awarenessFrame(Array.from({ length: 100 }, (_, i): Entry => [10_000 + f * 100 + i, 1, { user: { name: `Spook ${f * 100 + i}`, role: 'join' } }])),
      )
    }
    for (let i = 0; i < 1000; i++) raw.send(awarenessFrame([[10_000, 2 + i, { user: { name: `Hernoemd ${i}`, role: 'join' } }]]))
    await raw.handled()

    const honest = client(s, session.join)
    await whenSynced(honest)
    const participants = BoardDoc.of(honest.doc).participants()
    expect(participants.length).toBeLessThanOrEqual(3)
    expect(Y.encodeStateAsUpdate(honest.doc).byteLength).toBeLessThan(20_000)
    BoardDoc.of(honest.doc).apply({ put: [note('shape:eerlijk', 'gewoon een notitie')] })
    await eventually(async () => expect(shapeIds(await readBoard(s, session.view))).toContain('shape:eerlijk'))
    expect(honest.provider.wsconnected).toBe(true)
    raw.close()
  })

  it("a view client claiming the facilitator role, the storage state, others' presence and 15,000 ghost ids: nobody sees any of it", async () => {
    const s = await server()
    const session = await createSession(s.url)
    const facilitator = client(s, session.facilitator)
    const participant = client(s, session.join)
    await Promise.all([whenSynced(facilitator), whenSynced(participant)])
    announce(facilitator, 'Fatima', 'facilitator')
    announce(participant, 'Anna', 'join')
    for (const c of [facilitator, participant]) await eventually(() => expect(names(c)).toEqual(['Anna', 'Fatima']))

    const view = await openRawSocket(s.wsUrl, session.view)
    const annaId = participant.provider.awareness.clientID
    const fatimaId = facilitator.provider.awareness.clientID
    view.send(awarenessFrame([[7_000_001, 1, { user: { name: 'Echte begeleider', color: '#000', role: 'facilitator' } }]]))
    view.send(awarenessFrame([[7_000_002, 1, { server: { storage: 'failing' } }]]))
    view.send(
      awarenessFrame([
        [annaId, 1_000, null],
        [fatimaId, 1_000, null],
      ]),
    )
    view.send(awarenessFrame(Array.from({ length: 15_000 }, (_, i): Entry => [8_000_000 + i, 1, { user: { name: `spook ${i}`, role: 'join' } }])))
    await view.handled()
    // A join client may not claim the facilitator role either: its entry is taken with its own role.
    const sneaky = await openRawSocket(s.wsUrl, session.join)
    sneaky.send(awarenessFrame([[7_000_003, 1, { user: { name: 'Bram', color: '#0f0', role: 'facilitator' } }]]))
    sneaky.send(awarenessFrame([[7_000_004, 1, { server: { storage: 'failing' } }]]))
    await sneaky.handled()

    // Barrier: Anna's later change reaches both screens after anything the server sent for the frames above.
    participant.provider.awareness.setLocalStateField('presence', { barrier: true })
    for (const c of [facilitator, participant]) {
      await eventually(() => expect((c.provider.awareness.getStates().get(annaId) as { presence?: unknown })?.presence).toEqual({ barrier: true }))
      expect(names(c)).toEqual(['Anna', 'Bram', 'Fatima'])
      expect(readServerStorage(c.provider.awareness.getStates())).toBe('ok')
      expect(c.provider.awareness.getStates().size).toBeLessThanOrEqual(3)
      const bram = Array.from(c.provider.awareness.getStates().values()).find((st) => (st as { user?: { name?: string } }).user?.name === 'Bram')
      expect((bram as { user: { role: string } }).user.role).toBe('join')
    }
    const board = BoardDoc.of(facilitator.doc).participants()
    expect(board.map((p) => p.name)).not.toContain('Echte begeleider')
    expect(board.find((p) => p.name === 'Bram')?.role).toBe('join')
    view.close()
    sneaky.close()
  })
})
