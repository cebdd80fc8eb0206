// Integration: one flipped byte on disk costs one record, not a board. A damaged log record is set aside
// and every record after it still loads; a damaged snapshot falls back to the generation before it plus
// the logs since, so nothing at all is lost. Both are reported (the facilitator sees "repaired").
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BoardDoc } from '../shared/board/index.ts'
import { RECORD_HEADER_BYTES, LOG_FILE_HEADER } from './storage/logFormat.ts'
import { note, readBoard, shapeIds } from './testing/board.ts'
import { perTestServers } from './testing/perTest.ts'
import { createSession, type ServerProcess } from './testing/serverProcess.ts'
import { eventually, whenSynced } from './testing/yClient.ts'

const { server, client, closeClients } = perTestServers()

const docsDir = (s: ServerProcess) => path.join(s.dataDir, 'docs')
/** The session's newest file of a kind (storage/generations.ts names: <id>.g<N>.snap|log). */
function newest(s: ServerProcess, sessionId: string, kind: 'snap' | 'log'): string {
  const pattern = new RegExp(`^${sessionId}\\.g(\\d+)\\.${kind}$`)
  const found = fs.readdirSync(docsDir(s)).flatMap((name) => {
    const m = pattern.exec(name)
    return m ? [{ name, generation: Number(m[1]) }] : []
  })
  expect(found.length, `a ${kind} file of ${sessionId}`).toBeGreaterThan(0)
  return path.join(docsDir(s), found.sort((a, b) => b.generation - a.generation)[0]!.name)
}

async function addNotes(s: ServerProcess, token: string, ids: string[]): Promise<void> {
  const c = client(s, token)
  await whenSynced(c)
  for (const id of ids) BoardDoc.of(c.doc).apply({ put: [note(id, `idee ${id}`)] })
  // Stored before relayed: once a fresh reader sees the last one, every one is in the log.
  await eventually(async () => expect(shapeIds(await readBoard(s, token))).toEqual(expect.arrayContaining(ids)), 20_000, 100)
  closeClients()
}

const noteIds = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `shape:n${String(from + i).padStart(3, '0')}`)

describe('a damaged byte on disk', () => {
  it('in one log record costs that record only: 99 of 100 notes load', async () => {
    const s = await server()
    const session = await createSession(s.url, 'Beschadigd log')
    const ids = noteIds(0, 100)
    await addNotes(s, session.join, ids)
    await s.kill9() // no compaction: the notes are records in the log

    const log = newest(s, session.id, 'log')
    const bytes = fs.readFileSync(log)
    // The record of note 20: found by its text, one payload byte flipped.
    const at = bytes.indexOf(Buffer.from('idee shape:n020'))
    expect(at).toBeGreaterThan(LOG_FILE_HEADER.length + RECORD_HEADER_BYTES)
    expect(bytes.indexOf(Buffer.from('idee shape:n020'), at + 1)).toBe(-1)
    bytes[at + 2]! ^= 0x01
    fs.writeFileSync(log, bytes)

    const s2 = await server({ dataDir: s.dataDir })
    const loaded = shapeIds(await readBoard(s2, session.view))
    expect(loaded.filter((id) => id.startsWith('shape:n'))).toEqual(ids.filter((id) => id !== 'shape:n020'))
    expect(s2.logs.some((l) => l.includes('storage problem on load') && l.includes('damaged record'))).toBe(true)
    expect(fs.readdirSync(docsDir(s2)).some((f) => f.startsWith(`${session.id}.g`) && f.includes('.log.corrupt-'))).toBe(true)

    // The board goes on: a new note is stored and survives another restart.
    await addNotes(s2, session.join, ['shape:after'])
    await s2.stop()
    const s3 = await server({ dataDir: s.dataDir })
    expect(shapeIds(await readBoard(s3, session.view)).filter((id) => id.startsWith('shape:'))).toHaveLength(100)
  }, 90_000)

  it('in the snapshot falls back to the previous generation and its log: all notes load', async () => {
    const s = await server()
    const session = await createSession(s.url, 'Beschadigde snapshot')
    await addNotes(s, session.join, noteIds(0, 50))
    await s.stop() // compacts: a snapshot with 50 notes
    const s2 = await server({ dataDir: s.dataDir })
    await addNotes(s2, session.join, noteIds(50, 60))
    await s2.stop() // compacts again; the generation before (50 notes + its log of 10) is kept

    const snap = newest(s2, session.id, 'snap')
    const bytes = fs.readFileSync(snap)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01
    fs.writeFileSync(snap, bytes)

    const s3 = await server({ dataDir: s.dataDir })
    const facilitator = client(s3, session.facilitator)
    await whenSynced(facilitator)
    expect(shapeIds(BoardDoc.of(facilitator.doc).all()).filter((id) => id.startsWith('shape:n'))).toEqual(noteIds(0, 60))
    await eventually(() => {
      for (const state of facilitator.provider.awareness.getStates().values()) {
        const storage = (state as { server?: { storage?: unknown } }).server?.storage
        if (storage !== undefined) return expect(storage).toBe('repaired')
      }
      throw new Error('no storage state from the server yet')
    })
    expect(s3.logs.some((l) => l.includes('storage problem on load') && l.includes('loaded generation'))).toBe(true)
    expect(fs.readdirSync(docsDir(s3)).some((f) => f.startsWith(`${path.basename(snap)}.corrupt-`))).toBe(true)
  }, 90_000)
})
