// Integration: the document size limit (MAX_DOC_BYTES) holds for the server's own writes as for a
// client's update: an API note, the templates a new session starts with and an import that would take
// a board past it are refused with 413, change nothing and leave every connected client as it was.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BACKUP_FORMAT, BACKUP_VERSION } from '../shared/api/backup.ts'
import { BoardDoc, FIRST_PAGE_ID, initBoard, noteRecord } from '../shared/board/index.ts'
import { readBoard } from './testing/board.ts'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced, type YClient } from './testing/yClient.ts'

const LIMIT = 20_000
let server: ServerProcess
const clients: YClient[] = []
const api = sessionApi(() => server.url)

beforeAll(async () => {
  server = await startServerProcess({ env: { MAX_DOC_BYTES: String(LIMIT) } })
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await server.stop()
})

function client(token: string): YClient {
  const c = connectClient(server.wsUrl, token)
  clients.push(c)
  return c
}

const storedIds = () =>
  (JSON.parse(fs.readFileSync(path.join(server.dataDir, 'sessions.json'), 'utf8')) as { sessions: Array<{ id: string }> }).sessions.map((r) => r.id)
const docFiles = () => fs.readdirSync(path.join(server.dataDir, 'docs')).sort()
const size = (c: YClient) => Y.encodeStateAsUpdate(c.doc).byteLength

/** The refusal every server write meets: 413, naming the limit. */
async function expectTooLarge(res: Response): Promise<void> {
  expect(res.status).toBe(413)
  const body = (await res.json()) as { error: string; limit: number }
  expect(body.limit).toBe(LIMIT)
  expect(body.error).toContain(`MAX_DOC_BYTES: ${LIMIT} bytes`)
  expect(body.error).toContain('nothing was changed')
}

/** Grows the board through a client's socket writes until fewer than `free` bytes are left (each write accepted). */
async function fillUntil(writer: YClient, watcher: YClient, free: number): Promise<void> {
  const scratch = writer.doc.getMap('scratch')
  for (let i = 0; ; i++) {
    const room = LIMIT - size(writer)
    if (room < free) return
    // Big steps first, then small ones, never more than the room left less a margin for overhead.
    const chunk = Math.min(2500, room - free + 200, room - 400)
    if (chunk < 50) return
    scratch.set(`fill${i}`, 'x'.repeat(chunk))
    await eventually(() => expect(watcher.doc.getMap('scratch').has(`fill${i}`)).toBe(true))
  }
}

describe('an API note (POST /api/sessions/:id/notes)', () => {
  it('that would take the board past MAX_DOC_BYTES is refused with 413; the board and its clients carry on', async () => {
    const session = await api.create()
    const writer = client(session.join)
    const watcher = client(session.view)
    await Promise.all([whenSynced(writer), whenSynced(watcher)])
    await fillUntil(writer, watcher, 1200)
    expect(LIMIT - size(writer)).toBeGreaterThan(400)
    const before = await readBoard(server, session.view)

    // A note of 2000 characters needs more than the room left; a short one would fit (below).
    await expectTooLarge(await api.call(session, 'notes', session.join, { text: 'n'.repeat(2000) }))

    expect(await readBoard(server, session.view)).toEqual(before)
    // Barrier: a later write of the same client reaches the other one, so both are connected and the
    // refused note, had it been written, would have arrived before it.
    writer.doc.getMap('scratch').set('after', 'y')
    await eventually(() => expect(watcher.doc.getMap('scratch').get('after')).toBe('y'))
    expect(writer.provider.wsconnected && watcher.provider.wsconnected).toBe(true)
    expect(
      BoardDoc.of(watcher.doc)
        .all()
        .filter((r) => r.type === 'note'),
    ).toEqual([])

    // What fits is still written.
    const small = await api.json<{ id: string }>(api.call(session, 'notes', session.join, { text: 'kort' }), 201)
    await eventually(() => expect(BoardDoc.of(watcher.doc).get(small.id)).toBeDefined())
  })
})

describe('templates a new session starts with (POST /api/sessions)', () => {
  it('that would make a board past MAX_DOC_BYTES are refused with 413, and no session is created', async () => {
    const ids = storedIds()
    const files = docFiles()
    const all = ['actor-map', 'participation-ladder', 'brainstorm', 'vision', 'review', 'role-division', 'agreements']
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Te groot', templates: all }),
    })
    await expectTooLarge(res)
    expect(storedIds()).toEqual(ids)
    expect(docFiles()).toEqual(files)
    // One template fits.
    await api.create(['brainstorm'])
  })
})

describe('an import (POST /api/sessions/import)', () => {
  /** A backup of a board with one page and notes, encoding to just under `bytes` bytes. */
  function backupOf(bytes: number): string {
    // Fixed writer ids: an encoded update names its writers, and a random id's length (1-5 bytes) would
    // move the size the binary search below aims at from one copy to the next.
    const doc = new Y.Doc()
    doc.clientID = 1
    const board = BoardDoc.of(doc)
    initBoard(board, { pageName: 'Bord' })
    const note = (b: BoardDoc, i: number, text: string) =>
      b.apply({ put: [noteRecord({ id: `shape:n${i}`, text, x: i * 250, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as never })] })
    let n = 0
    while (Y.encodeStateAsUpdate(doc).byteLength + 4000 < bytes) note(board, n++, 't'.repeat(1500))
    const base = Y.encodeStateAsUpdate(doc)
    // The last note's text as long as fits: the encoded size grows with it.
    const withLast = (length: number) => {
      const copy = new Y.Doc()
      Y.applyUpdate(copy, base)
      // Set after loading (Yjs gives a document a new id when a loaded update carries its own).
      copy.clientID = 2
      note(BoardDoc.of(copy), n, 's'.repeat(length))
      return Y.encodeStateAsUpdate(copy)
    }
    let [lo, hi] = [1, 4000]
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (withLast(mid).byteLength <= bytes) lo = mid
      else hi = mid - 1
    }
    const encoded = withLast(lo)
    expect(encoded.byteLength).toBeLessThanOrEqual(bytes)
    expect(encoded.byteLength).toBeGreaterThan(bytes - 10)
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      session: { title: 'Terug', createdAt: new Date().toISOString() },
      doc: Buffer.from(encoded).toString('base64'),
    }
    return JSON.stringify(backup)
  }
  const importing = (body: string) => fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

  it('of a board that is within MAX_DOC_BYTES alone but not in a new session is refused with 413, creating nothing', async () => {
    const ids = storedIds()
    const files = docFiles()
    // The file passes the early check (it is not over the limit); the write into the new session's
    // document, which holds its first page already, meets the same check as every other write.
    await expectTooLarge(await importing(backupOf(LIMIT)))
    expect(storedIds()).toEqual(ids)
    expect(docFiles()).toEqual(files)
    // Half the limit imports.
    expect((await importing(backupOf(LIMIT / 2))).status).toBe(201)
  })
})
