// Integration: storage faults on the real server. A damaged file costs only its own session (set
// aside, facilitator told); while the disk refuses writes the room takes no edits and relays none
// (commit before broadcast), tells everyone, answers REST writes with 503, and takes the clients' edits
// once it works again; a second server on the same DATA_DIR is refused.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { note, readBoard, shapeIds } from './testing/board.ts'
import { perTestServers } from './testing/perTest.ts'
import { createSession, startServerProcess, tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { eventually, whenSynced, type YClient } from './testing/yClient.ts'

const { server, client, closeClients } = perTestServers()

/** What the server's own awareness state says about storage, as a client sees it. */
function serverStorageState(c: YClient): string | undefined {
  for (const state of c.provider.awareness.getStates().values()) {
    const storage = (state as { server?: { storage?: unknown } }).server?.storage
    if (typeof storage === 'string') return storage
  }
  return undefined
}

/** `of`'s awareness state as `c` sees it. */
function awarenessOf(c: YClient, of: YClient): Record<string, unknown> | undefined {
  return c.provider.awareness.getStates().get(of.provider.awareness.clientID) as Record<string, unknown> | undefined
}

async function healthDetail(s: ServerProcess): Promise<{ rooms: number; connections: number; storageFailing: number }> {
  return (await (await fetch(`${s.url}/healthz?detail=1`)).json()) as { rooms: number; connections: number; storageFailing: number }
}

describe('storage faults', () => {
  it('a corrupt snapshot is set aside for that session only, and its facilitator is told', async () => {
    const s = await server()
    const damaged = await createSession(s.url, 'Beschadigd')
    const healthy = await createSession(s.url, 'Gezond')
    for (const [session, id] of [
      [damaged, 'shape:d'],
      [healthy, 'shape:h'],
    ] as const) {
      const c = client(s, session.join)
      await whenSynced(c)
      BoardDoc.of(c.doc).apply({ put: [note(id, 'voor de herstart')] })
      await eventually(async () => expect(shapeIds(await readBoard(s, session.view))).toContain(id))
    }
    closeClients()
    await s.stop() // compacts every room into a snapshot
    // The newest generation's snapshot (storage/generations.ts).
    const snaps = fs.readdirSync(path.join(s.dataDir, 'docs')).filter((f) => f.startsWith(`${damaged.id}.g`) && f.endsWith('.snap'))
    const snap = path.join(s.dataDir, 'docs', snaps.sort((a, b) => Number(/\.g(\d+)\./.exec(b)![1]) - Number(/\.g(\d+)\./.exec(a)![1]))[0]!)
    const bytes = fs.readFileSync(snap)
    bytes[bytes.length - 1]! ^= 0xff
    fs.writeFileSync(snap, bytes)

    const s2 = await server({ dataDir: s.dataDir })
    const facilitator = client(s2, damaged.facilitator)
    await whenSynced(facilitator)
    await eventually(() => expect(serverStorageState(facilitator)).toBe('repaired'))
    expect(fs.readdirSync(path.join(s.dataDir, 'docs')).some((f) => f.startsWith(`${damaged.id}.g`) && f.includes('.snap.corrupt-'))).toBe(true)
    expect(s2.logs.some((l) => l.includes('storage problem on load') && l.includes(damaged.id))).toBe(true)
    // The damaged session still takes (and stores) new edits.
    BoardDoc.of(facilitator.doc).apply({ put: [note('shape:new', 'na herstel')] })
    await eventually(async () => expect(shapeIds(await readBoard(s2, damaged.view))).toContain('shape:new'))

    // The other session is untouched: its content, no warning, editing works.
    const other = client(s2, healthy.facilitator)
    await whenSynced(other)
    expect(BoardDoc.of(other.doc).get('shape:h')).toBeTruthy()
    BoardDoc.of(other.doc).apply({ put: [note('shape:h2', 'gewoon verder')] })
    await eventually(async () => expect(shapeIds(await readBoard(s2, healthy.view))).toContain('shape:h2'))
    expect(serverStorageState(other)).toBeUndefined()
    expect((await fetch(`${s2.url}/healthz`)).status).toBe(200)
  })

  it('a failing disk: the room takes and relays no edits, everyone is told, and the edits arrive once it works', async () => {
    const faultFile = path.join(tempDataDir('samenbord-faults-'), 'faults')
    const s = await server({ faultFile })
    const session = await createSession(s.url)
    const facilitator = client(s, session.facilitator)
    const participant = client(s, session.join)
    await Promise.all([whenSynced(facilitator), whenSynced(participant)])

    fs.writeFileSync(faultFile, `${session.id}\n`)
    for (let i = 0; i < 20; i++) BoardDoc.of(participant.doc).apply({ put: [note(`shape:f${i}`, `tijdens storing ${i}`)] })
    for (const c of [facilitator, participant]) await eventually(() => expect(serverStorageState(c)).toBe('failing'))
    // Barrier: the participant's awareness change is handled after its edits, and reaches the
    // facilitator after anything the server sent for them.
    participant.provider.awareness.setLocalStateField('barrier', 1)
    await eventually(() => expect(awarenessOf(facilitator, participant)?.barrier).toBe(1))
    expect(shapeIds(BoardDoc.of(facilitator.doc).all()).filter((id) => id.startsWith('shape:f'))).toEqual([])
    expect((await healthDetail(s)).storageFailing).toBe(1)
    // Plain /healthz stays exactly what load balancers expect, whatever the detail says.
    expect(await (await fetch(`${s.url}/healthz`)).text()).toBe('{"ok":true}')
    expect(s.logs.some((l) => l.includes('the room takes no edits until storage works again'))).toBe(true)

    fs.writeFileSync(faultFile, '')
    await eventually(() => expect(serverStorageState(facilitator)).toBeUndefined(), 5_000)
    // The participant kept its edits; asked for its whole difference, it sends them, and they go on.
    await eventually(() => expect(BoardDoc.of(facilitator.doc).get('shape:f19')).toBeTruthy(), 5_000)
    expect((await healthDetail(s)).storageFailing).toBe(0)

    // kill -9: no shutdown compaction can rescue anything; only what was written counts.
    await s.kill9()
    const s2 = await server({ dataDir: s.dataDir })
    const stored = shapeIds(await readBoard(s2, session.view))
    for (let i = 0; i < 20; i++) expect(stored).toContain(`shape:f${i}`)
  })

  it('kill -9 while the disk is full: every edit a client received is stored, REST writes were refused with 503, and nothing is lost', async () => {
    const faultFile = path.join(tempDataDir('samenbord-faults-'), 'faults')
    const s = await server({ faultFile })
    const session = await createSession(s.url)
    const api = sessionApi(() => s.url)
    const writer = client(s, session.join)
    const reader = client(s, session.join)
    await Promise.all([whenSynced(writer), whenSynced(reader)])
    const notesSeenBy = (c: YClient) => shapeIds(BoardDoc.of(c.doc).all()).filter((id) => id.startsWith('shape:w'))

    for (let i = 0; i < 40; i++) BoardDoc.of(writer.doc).apply({ put: [note(`shape:w${i}`, `voor de storing ${i}`)] })
    await eventually(() => expect(notesSeenBy(reader)).toHaveLength(40))

    fs.writeFileSync(faultFile, `${session.id}\n`)
    for (let i = 40; i < 80; i++) BoardDoc.of(writer.doc).apply({ put: [note(`shape:w${i}`, `tijdens de storing ${i}`)] })
    await eventually(() => expect(serverStorageState(reader)).toBe('failing'))
    // REST writes are refused, with a message, and change nothing.
    const posted = await api.call(session, 'notes', session.join, { text: 'via de API' })
    expect(posted.status).toBe(503)
    expect(((await posted.json()) as { error: string }).error).toMatch(/cannot be saved right now/)
    const locked = await api.call(session, 'lock', session.facilitator, { locked: true })
    expect(locked.status).toBe(503)
    expect(locked.headers.get('retry-after')).toBe('5')
    writer.provider.awareness.setLocalStateField('barrier', 1)
    await eventually(() => expect(awarenessOf(reader, writer)?.barrier).toBe(1))
    const received = notesSeenBy(reader)
    expect(received).toHaveLength(40) // the 40 written before the failure; none of those written during it
    await s.kill9()

    // The disk is freed; the server restarts on the same port, and the writer reconnects by itself.
    fs.writeFileSync(faultFile, '')
    const s2 = await server({ dataDir: s.dataDir, faultFile, env: { PORT: String(s.port) } })
    const board = await readBoard(s2, session.view)
    const stored = shapeIds(board)
    expect(received.filter((id) => !stored.includes(id))).toEqual([])
    expect(board.filter((r) => (r.props as { text?: unknown } | undefined)?.text === 'via de API')).toEqual([])
    // What the writer kept arrives now: nothing is lost.
    await eventually(async () => expect(shapeIds(await readBoard(s2, session.view)).filter((id) => id.startsWith('shape:w'))).toHaveLength(80), 10_000)
    expect((await api.call(session, 'notes', session.join, { text: 'weer via de API' })).status).toBe(201)
  })

  it('the production entry point has no fault seam: SAMENBORD_FAULT_FILE given to it changes nothing', async () => {
    const faultFile = path.join(tempDataDir('samenbord-faults-'), 'faults')
    const s = await server({ env: { SAMENBORD_FAULT_FILE: faultFile } })
    const session = await createSession(s.url)
    fs.writeFileSync(faultFile, `${session.id}\n`)
    const posted = await sessionApi(() => s.url).call(session, 'notes', session.join, { text: 'gewoon bewaard' })
    // 201 only once the note is stored (with the seam this write is a 503, as in the test above).
    expect(posted.status).toBe(201)
    expect(s.logs.some((line) => line.includes('fault injection'))).toBe(false)
  })

  it('refuses a second server on the same DATA_DIR, and takes over the lock of a killed one', async () => {
    const first = await server()
    const second = startServerProcess({ dataDir: first.dataDir })
    await expect(second).rejects.toThrow(/exited with 1[\s\S]*in use by another Samenbord server \(pid \d+\)/)
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)

    await first.kill9() // leaves a stale .lock behind
    expect(fs.existsSync(path.join(first.dataDir, '.lock'))).toBe(true)
    const third = await server({ dataDir: first.dataDir })
    expect((await fetch(`${third.url}/healthz`)).status).toBe(200)
    await third.stop()
    expect(fs.existsSync(path.join(first.dataDir, '.lock'))).toBe(false)
  })
})
