// Integration: the real server (child process, free port) and stock y-websocket clients in Node.
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { BoardDoc } from '../shared/board/index.ts'
import { note } from './testing/board.ts'
import { logsCaughtUp } from './testing/logBarrier.ts'
import { perTestServers } from './testing/perTest.ts'
import { createSession } from './testing/serverProcess.ts'
import { eventually, handled, whenSynced } from './testing/yClient.ts'

const { server, client } = perTestServers()

describe('sync', () => {
  it('starts every board with the first page, before the first sync is answered', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const a = client(s, session.join)
    await whenSynced(a)
    const board = BoardDoc.of(a.doc)
    expect(board.get('page:board')).toMatchObject({ typeName: 'page' })
    expect(board.get('document:document')).toMatchObject({ typeName: 'document' })
    expect(board.schema()).toBeTruthy()
  })

  it('two participants converge', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const a = client(s, session.join)
    const b = client(s, session.facilitator)
    await Promise.all([whenSynced(a), whenSynced(b)])
    BoardDoc.of(a.doc).apply({ put: [note('shape:a', 'Meer groen in de straat')] })
    BoardDoc.of(b.doc).apply({ put: [note('shape:b', 'Gezamenlijke inkoop')] })
    await eventually(() => {
      expect(BoardDoc.of(a.doc).get('shape:b')).toBeTruthy()
      expect(BoardDoc.of(b.doc).get('shape:a')).toBeTruthy()
    })
  })

  it('a room of twenty: every participant sees every note', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const room = Array.from({ length: 20 }, () => client(s, session.join))
    await Promise.all(room.map((c) => whenSynced(c)))
    room.forEach((c, i) => {
      BoardDoc.of(c.doc).apply({ put: [note(`shape:p${i}`, `idee van deelnemer ${i}`)] })
    })
    await eventually(() => {
      for (const c of room)
        expect(
          BoardDoc.of(c.doc)
            .all()
            .filter((r) => r.typeName === 'shape'),
        ).toHaveLength(20)
    }, 10_000)
  })

  it('drops every update from a view connection: it reaches neither peers nor disk', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const viewer = client(s, session.view)
    const editor = client(s, session.join)
    await Promise.all([whenSynced(viewer), whenSynced(editor)])
    BoardDoc.of(viewer.doc).apply({ put: [note('shape:sneaky', 'should not land')] })
    BoardDoc.of(editor.doc).apply({ put: [note('shape:ok', 'lands')] })
    await eventually(() => expect(BoardDoc.of(viewer.doc).get('shape:ok')).toBeTruthy())
    // The viewer's probe answered: its update was handled before. Then the editor's: had the server
    // passed the update on, the editor would have it by now.
    await handled(viewer)
    await handled(editor)
    expect(BoardDoc.of(editor.doc).get('shape:sneaky')).toBeUndefined()

    await s.stop()
    const s2 = await server({ dataDir: s.dataDir })
    const fresh = client(s2, session.join)
    await whenSynced(fresh)
    expect(BoardDoc.of(fresh.doc).get('shape:ok')).toBeTruthy()
    expect(BoardDoc.of(fresh.doc).get('shape:sneaky')).toBeUndefined()
  })

  it('refuses the upgrade for an unknown token, and creates nothing', async () => {
    const s = await server()
    for (const token of ['x'.repeat(21), 'nope', '..%2F..%2Fsessions.json']) {
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${s.wsUrl}/sync/${token}`)
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        ws.on('open', () => resolve(101))
        ws.on('error', () => undefined)
      })
      expect(status).toBe(404)
    }
    const res = await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${'x'.repeat(21)}` } })
    expect(res.status).toBe(404)
  })

  it('a garbage frame closes only that connection', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const good = client(s, session.join)
    await whenSynced(good)
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${s.wsUrl}/sync/${session.join}`)
      ws.on('open', () => ws.send(Buffer.from([0, 0, 200, 1, 2])))
      ws.on('close', (c) => resolve(c))
    })
    expect(code).toBe(4400)
    const other = client(s, session.join)
    await whenSynced(other)
    BoardDoc.of(good.doc).apply({ put: [note('shape:after', 'still working')] })
    await eventually(() => expect(BoardDoc.of(other.doc).get('shape:after')).toBeTruthy())
    expect(good.provider.wsconnected).toBe(true)
  })

  it('keeps every update across a clean restart', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const a = client(s, session.join)
    await whenSynced(a)
    for (let i = 0; i < 50; i++) BoardDoc.of(a.doc).apply({ put: [note(`shape:${i}`, `notitie ${i}`)] })
    const b = client(s, session.join)
    await eventually(() => expect(BoardDoc.of(b.doc).get('shape:49')).toBeTruthy())
    await s.stop()
    a.destroy()
    b.destroy()
    const s2 = await server({ dataDir: s.dataDir })
    const c = client(s2, session.view)
    await whenSynced(c)
    expect(
      BoardDoc.of(c.doc)
        .all()
        .filter((r) => r.typeName === 'shape'),
    ).toHaveLength(50)
  })

  it('kill -9 loses no update another client had already received', async () => {
    const s = await server()
    const session = await createSession(s.url)
    const writer = client(s, session.join)
    const watcher = client(s, session.join)
    await Promise.all([whenSynced(writer), whenSynced(watcher)])
    let seen = 0
    for (let i = 0; i < 200; i++) {
      BoardDoc.of(writer.doc).apply({ put: [note(`shape:k${i}`, `snel ${i}`)] })
      // Pacing, not waiting: the writes leave in batches over time, so the kill below lands while the
      // server is still receiving and passing them on, not after one burst.
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 5))
    }
    // Killed while the last writes are still on their way, once the watcher has some of them.
    await eventually(() =>
      expect(
        BoardDoc.of(watcher.doc)
          .all()
          .filter((r) => r.typeName === 'shape').length,
      ).toBeGreaterThan(0),
    )
    await s.kill9()
    seen = BoardDoc.of(watcher.doc)
      .all()
      .filter((r) => r.typeName === 'shape').length
    writer.provider.disconnect()
    watcher.provider.disconnect()
    expect(seen).toBeGreaterThan(0)

    const s2 = await server({ dataDir: s.dataDir })
    const fresh = client(s2, session.view)
    await whenSynced(fresh)
    const seenIds = BoardDoc.of(watcher.doc)
      .all()
      .map((r) => r.id)
    const stored = new Set(
      BoardDoc.of(fresh.doc)
        .all()
        .map((r) => r.id),
    )
    for (const id of seenIds) expect(stored.has(id), `${id} lost`).toBe(true)
  })

  it('unloads an idle session after its state is on disk, and loads it again on demand', async () => {
    const s = await server({ env: { UNLOAD_AFTER_MS: '150' } })
    const session = await createSession(s.url)
    const a = client(s, session.join)
    await whenSynced(a)
    BoardDoc.of(a.doc).apply({ put: [note('shape:idle', 'bewaard')] })
    await eventually(() => expect(s.logs.filter((l) => l.includes('room loaded')).length).toBeGreaterThan(0))
    const unloads = () => s.logs.filter((l) => l.includes('room unloaded')).length
    await logsCaughtUp(s)
    const before = unloads()
    a.destroy()
    await eventually(() => expect(unloads()).toBe(before + 1))
    const b = client(s, session.join)
    await whenSynced(b)
    expect(BoardDoc.of(b.doc).get('shape:idle')).toBeTruthy()
  })
})
