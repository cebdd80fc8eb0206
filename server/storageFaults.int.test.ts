// Integration: storage faults on the real server. A damaged file costs only its own session (set
// aside, facilitator told); a failing disk keeps edits in memory, tells the facilitator, and writes them
// once it works again; a second server on the same DATA_DIR is refused.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { note, readBoard, shapeIds } from './testing/board.ts'
import { perTestServers } from './testing/perTest.ts'
import { createSession, startServerProcess, tempDataDir, type ServerProcess } from './testing/serverProcess.ts'
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

async function healthDetail(s: ServerProcess): Promise<{ rooms: number; connections: number; storageFailing: number }> {
  return (await (await fetch(`${s.url}/healthz?detail=1`)).json()) as { rooms: number; connections: number; storageFailing: number }
}


describe('storage faults', () => {
  it('a corrupt snapshot is set aside for that session only, and its facilitator is told', async () => {
    const s = await server()
    const damaged = await createSession(s.url, 'Beschadigd')
    const healthy = await createSession(s.url, 'Gezond')
    for (const [session, id] of [[damaged, 'shape:d'], [healthy, 'shape:h']] as const) {
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

  it('a failing disk: edits stay in memory, the facilitator is told, and all reach disk once it works', async () => {
    const faultFile = path.join(tempDataDir('samenbord-faults-'), 'faults')
    const s = await server({ env: { SAMENBORD_FAULT_FILE: faultFile } })
    const session = await createSession(s.url)
    const facilitator = client(s, session.facilitator)
    const participant = client(s, session.join)
    await Promise.all([whenSynced(facilitator), whenSynced(participant)])

    fs.writeFileSync(faultFile, `${session.id}\n`)
    for (let i = 0; i < 20; i++) BoardDoc.of(participant.doc).apply({ put: [note(`shape:f${i}`, `tijdens storing ${i}`)] })
    // Still live for everyone in the room, while the disk refuses them.
    await eventually(() => expect(BoardDoc.of(facilitator.doc).get('shape:f19')).toBeTruthy())
    await eventually(() => expect(serverStorageState(facilitator)).toBe('failing'))
    expect((await healthDetail(s)).storageFailing).toBe(1)
    // Plain /healthz stays exactly what load balancers expect, whatever the detail says.
    expect(await (await fetch(`${s.url}/healthz`)).text()).toBe('{"ok":true}')
    expect(s.logs.some((l) => l.includes('cannot write update; kept in memory, retrying'))).toBe(true)

    fs.writeFileSync(faultFile, '')
    await eventually(() => expect(serverStorageState(facilitator)).toBeUndefined(), 5_000)
    expect((await healthDetail(s)).storageFailing).toBe(0)

    // kill -9: no shutdown compaction can rescue anything; only what the retry wrote counts.
    await s.kill9()
    const s2 = await server({ dataDir: s.dataDir })
    const stored = shapeIds(await readBoard(s2, session.view))
    for (let i = 0; i < 20; i++) expect(stored).toContain(`shape:f${i}`)
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
