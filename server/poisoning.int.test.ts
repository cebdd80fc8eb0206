// Integration: one write must not break the session. A raw y-websocket client (the board's state plus a
// forged Yjs update, sent as one frame) stamps meta (D1), writes a string, a { key, val: null } entry
// and a nested Y.Map into records (D2/D3), walks round the structure lock with a shadow entry or by
// turning a locked area into a geo shape. Each is refused, and the board opens and every REST route
// answers 2xx live, after an idle unload and after a restart. And a 10 MB backup imports.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CreatedSession } from '../shared/api/types.ts'
import { BoardDoc, FIRST_PAGE_ID, initBoard, noteRecord, serializedBoardSchema, type BoardRecord } from '../shared/board/index.ts'
import { readServerStorage } from '../shared/api/serverStatus.ts'
import { expectRoutesWork, expectSoundBoard } from './testing/boardHealth.ts'
import { boardState, forge as forgeAs, forgedUpdate, writeOnDisk } from './testing/forge.ts'
import type { FrameOutcome } from './testing/rawClients.ts'
import { geoProps } from './testing/records.ts'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { connectClient, eventually, whenSynced } from './testing/yClient.ts'

const ENV = { UNLOAD_AFTER_MS: '150' }
let s: ServerProcess
const api = sessionApi(() => s.url)

beforeAll(async () => {
  s = await startServerProcess({ env: ENV })
}, 30_000)

afterAll(async () => {
  await s?.stop()
})

async function restart(): Promise<void> {
  await s.stop()
  s = await startServerProcess({ dataDir: s.dataDir, env: ENV })
}

/** The board's state as a client with `token` receives it. */
const stateOf = (session: CreatedSession, token = session.join): Promise<Uint8Array> => boardState(s.wsUrl, token)

/** The update `change` makes on a copy of the board, sent alone by a raw client; how the server reacted. */
const forge = (session: CreatedSession, change: (doc: Y.Doc) => void, token = session.join): Promise<FrameOutcome> => forgeAs(s.wsUrl, token, change)

/** A barrier for the room's idle unload: the server logs it. */
async function unloaded(session: CreatedSession): Promise<void> {
  const count = () => s.logs.filter((line) => line.includes('"room unloaded"') && line.includes(session.id)).length
  const before = count()
  await eventually(() => expect(count()).toBeGreaterThan(before), 10_000)
}

/**
 * A request on a connection of its own: fetch would reuse a pooled keep-alive socket, which the server may
 * have closed while the test built its 10 MB body (EPIPE halfway through the upload).
 */
function requestFresh(urlPath: string, body?: string, token?: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string | number> = token ? { authorization: `Bearer ${token}` } : {}
  if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
  return new Promise((resolve, reject) => {
    const req = http.request(`${s.url}${urlPath}`, { method: body === undefined ? 'GET' : 'POST', agent: false, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body ?? '')
  })
}

async function expectWorking(session: CreatedSession): Promise<Y.Doc> {
  const doc = await expectSoundBoard(s, session.join)
  await expectRoutesWork(s, session)
  return doc
}

describe("D1: meta is the server's", () => {
  it('closes a join client that stamps meta.schema with 4403, and the board keeps its schema', async () => {
    const session = await api.create(['brainstorm'])
    const newer = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
    newer.sequences['com.tldraw.shape.note'] = 999
    expect(await forge(session, (doc) => doc.getMap('meta').set('schema', newer))).toEqual({ closed: true, code: 4403 })
    expect(BoardDoc.of(await expectWorking(session)).schema()).toEqual(serializedBoardSchema())
    await unloaded(session)
    expect(BoardDoc.of(await expectWorking(session)).schema()).toEqual(serializedBoardSchema())
  })
})

describe('D2/D3: what records cannot hold', () => {
  const poisons: Array<[string, (records: Y.Array<unknown>) => void]> = [
    ['a string', (records) => records.push(['shape:x'])],
    ['{ key, val: null }', (records) => records.push([{ key: 'shape:null', val: null }])],
    ['a nested Y.Map', (records) => records.push([new Y.Map()])],
    ['an old-format note', (records) => records.push([{ key: 'shape:o', val: { id: 'shape:o', typeName: 'shape', type: 'note', props: { text: 'x' } } }])],
  ]

  it.each(poisons)('closes the writer of %s with 4422; the board works live, after an idle unload and after a restart', async (_name, poison) => {
    const session = await api.create(['actor-map'])
    const before = await api.areas(session)
    expect(await forge(session, (doc) => poison(doc.getArray('records')))).toEqual({ closed: true, code: 4422 })
    // The facilitator's link is no exception.
    expect(await forge(session, (doc) => poison(doc.getArray('records')), session.facilitator)).toEqual({ closed: true, code: 4422 })
    await expectWorking(session)
    await unloaded(session)
    await expectWorking(session)
    await restart()
    await expectWorking(session)
    expect(await api.areas(session)).toEqual(before)
  })

  it('keeps taking honest edits from other clients after a refused write', async () => {
    const session = await api.create()
    expect(await forge(session, (doc) => doc.getArray('records').push([{ key: 'shape:null', val: null }]))).toEqual({ closed: true, code: 4422 })
    const writer = connectClient(s.wsUrl, session.join)
    const watcher = connectClient(s.wsUrl, session.view)
    try {
      await Promise.all([whenSynced(writer), whenSynced(watcher)])
      BoardDoc.of(writer.doc).apply({ put: [noteRecord({ id: 'shape:ok', text: 'gewoon', x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a5' as never })] })
      await eventually(() => expect(BoardDoc.of(watcher.doc).get('shape:ok')).toBeTruthy())
    } finally {
      writer.destroy()
      watcher.destroy()
    }
  })
})

describe('the structure lock compares whole records, by id', () => {
  async function lockedArea(session: CreatedSession): Promise<BoardRecord> {
    const board = BoardDoc.of(await expectSoundBoard(s, session.join))
    const area = board.all().find((r) => r.type === 'sb-area' && r.isLocked === true)
    expect(area).toBeDefined()
    return area!
  }

  it("refuses a shadow entry (another key carrying a locked area's id) with 4422", async () => {
    const session = await api.create(['actor-map'])
    const area = await lockedArea(session)
    const shadow = { ...area, x: 3000, props: { ...(area.props as object), label: 'Van mij' } }
    expect(await forge(session, (doc) => doc.getArray('records').push([{ key: 'shape:shadow', val: shadow }]))).toEqual({ closed: true, code: 4422 })
    expect(await lockedArea(session)).toEqual(area)
    const listed = (await api.areas(session)).filter((a) => a.id === area.id)
    expect(listed).toHaveLength(1)
    await expectRoutesWork(s, session)
  })

  it('drops turning a locked area into a geo shape, or changing its meta', async () => {
    const session = await api.create(['actor-map'])
    const area = await lockedArea(session)
    const { w, h } = area.props as { w: number; h: number }
    const geo = { ...area, type: 'geo', props: geoProps(w, h, 'van mij') }
    // Dropped, not closed: the connection stays (the probe is answered), the area does not change.
    expect(await forge(session, (doc) => BoardDoc.of(doc).apply({ put: [geo] }))).toEqual({ closed: false })
    expect(await forge(session, (doc) => BoardDoc.of(doc).apply({ put: [{ ...area, meta: { hidden: true } }] }))).toEqual({ closed: false })
    expect(await lockedArea(session)).toEqual(area)
    await expectRoutesWork(s, session)
  })
})

describe('a board damaged anyway', () => {
  it('opens with the damaged records set aside in a file of the session, the facilitator told, every route 2xx', async () => {
    const session = await api.create(['actor-map'])
    const before = await api.areas(session)
    // Damage written straight into the session's log, as an older server (or a bug) would have left it.
    const damage = await forgedUpdate(s.wsUrl, session.join, (doc) => {
      const records = doc.getArray<unknown>('records')
      records.push(['shape:x'])
      records.push([{ key: 'shape:null', val: null }])
      records.push([new Y.Map()])
      records.push([
        {
          key: 'shape:orphan',
          val: { ...noteRecord({ id: 'shape:orphan', text: 'wees', x: 0, y: 0, pageId: FIRST_PAGE_ID, index: 'a1' as never }), parentId: 'shape:gone' },
        },
      ])
    })
    await s.stop()
    await writeOnDisk(s.dataDir, session.id, damage)
    s = await startServerProcess({ dataDir: s.dataDir, env: ENV })

    const facilitator = connectClient(s.wsUrl, session.facilitator)
    try {
      await whenSynced(facilitator)
      await eventually(() => expect(readServerStorage(facilitator.provider.awareness.getStates())).toBe('repaired'))
    } finally {
      facilitator.destroy()
    }
    await expectWorking(session)
    expect(await api.areas(session)).toEqual(before)
    const files = fs.readdirSync(path.join(s.dataDir, 'docs')).filter((name) => name.startsWith(`${session.id}.set-aside-`))
    expect(files).toHaveLength(1)
    const setAside = JSON.parse(fs.readFileSync(path.join(s.dataDir, 'docs', files[0]!), 'utf8')) as { entries: Array<{ reason: string; value: unknown }> }
    expect(setAside.entries.map((e) => e.value)).toEqual(['shape:x', { key: 'shape:null', val: null }, {}, expect.objectContaining({ id: 'shape:orphan' })])
    // Repaired once, on disk: the next load finds nothing to set aside.
    await restart()
    await expectWorking(session)
    expect(fs.readdirSync(path.join(s.dataDir, 'docs')).filter((name) => name.startsWith(`${session.id}.set-aside-`))).toHaveLength(1)
    // Removed with the session.
    expect((await fetch(`${s.url}/api/sessions/${session.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${session.facilitator}` } })).status).toBe(
      204,
    )
    expect(fs.readdirSync(path.join(s.dataDir, 'docs')).filter((name) => name.startsWith(`${session.id}.`))).toEqual([])
  })
})

// Last in the file: building 10 MB blocks the test process long enough for pooled HTTP connections to go stale.
describe('import', () => {
  it('refuses with 400 and a reason a backup whose board would not open', async () => {
    const session = await api.create()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, await stateOf(session))
    doc.getArray('records').push([{ key: 'shape:null', val: null }])
    const backup = {
      format: 'samenbord-backup',
      version: 1,
      session: { title: 'Kapot', createdAt: new Date().toISOString() },
      doc: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
    }
    const res = await fetch(`${s.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(backup) })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/would not open: entry "shape:null" whose value is not an object/)
  })

  it('imports a 10 MB board (25,000 notes) with 201, and it opens', async () => {
    const doc = new Y.Doc()
    const board = BoardDoc.of(doc)
    initBoard(board, { pageName: 'Groot' })
    const text = 'Een idee voor de winkelstraat: meer groen, bankjes en een plek om samen te komen. '.repeat(3)
    for (let i = 0; i < 25_000; i += 1000) {
      board.apply({
        put: Array.from({ length: 1000 }, (_, k) =>
          noteRecord({
            id: `shape:n${i + k}`,
            text: `${i + k} ${text}`,
            x: ((i + k) % 150) * 220,
            y: Math.floor((i + k) / 150) * 220,
            pageId: FIRST_PAGE_ID,
            index: 'a1' as never,
          }),
        ),
      })
    }
    const update = Y.encodeStateAsUpdate(doc)
    expect(update.byteLength).toBeGreaterThan(10 * 1024 * 1024)
    const backup = {
      format: 'samenbord-backup',
      version: 1,
      session: { title: 'Groot bord', createdAt: new Date().toISOString() },
      doc: Buffer.from(update).toString('base64'),
    }
    const res = await requestFresh('/api/sessions/import', JSON.stringify(backup))
    expect(res.status, res.text).toBe(201)
    const created = JSON.parse(res.text) as CreatedSession
    expect((await requestFresh(`/api/sessions/${created.id}/areas`, undefined, created.view)).status).toBe(200)
    const opened = await stateOf(created, created.view)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, opened)
    expect(
      BoardDoc.of(copy)
        .all()
        .filter((r) => r.typeName === 'shape'),
    ).toHaveLength(25_000)
  }, 120_000)
})
