// Integration: the write guard on the WebSocket, with stock y-websocket clients on the real server —
// the board lock, the structure lock, protected roots (4403), and participants' author ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedSession } from '../shared/api/types.ts'
import type { IndexKey } from '@tldraw/utils'
import { BoardDoc, noteRecord, type BoardRecord } from '../shared/board/index.ts'
import { readControl } from '../shared/facilitation/index.ts'
import { sessionApi } from './testing/sessionApi.ts'
import { startServerProcess, type ServerProcess } from './testing/serverProcess.ts'
import { connectClient, eventually, whenSynced, type YClient } from './testing/yClient.ts'

let s: ServerProcess
const clients: YClient[] = []
const { create, call, json, areas } = sessionApi(() => s.url)

beforeAll(async () => {
  s = await startServerProcess()
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await s.stop()
})

async function connect(token: string): Promise<YClient> {
  const client = connectClient(s.wsUrl, token)
  clients.push(client)
  await whenSynced(client)
  return client
}

let barrierSeq = 0
/**
 * Waits until the server has handled everything `writer` sent so far: an awareness change sent after
 * it on the same socket, seen by `observer`, comes back only after the server processed what preceded it.
 */
async function barrier(writer: YClient, observer: YClient): Promise<void> {
  const seq = ++barrierSeq
  writer.provider.awareness.setLocalStateField('barrier', seq)
  await eventually(() => {
    const state = observer.provider.awareness.getStates().get(writer.doc.clientID) as { barrier?: number } | undefined
    expect(state?.barrier).toBe(seq)
  })
}

function stickyNote(id: string, text: string, at = { x: 0, y: 0 }): BoardRecord {
  return noteRecord({ id, text, ...at, pageId: 'page:board', index: 'a9' as IndexKey })
}

/** A spot inside an area, below its header. */
function inside(board: BoardDoc, areaId: string): { x: number; y: number } {
  const area = board.get(areaId)!
  return { x: (area.x as number) + 30, y: (area.y as number) + 160 }
}

async function outcomeIds(session: CreatedSession): Promise<string[]> {
  const outcomes = await json<{ templates: Array<{ areas: Array<{ items: Array<{ id: string }> }> }> }>(call(session, 'outcomes', session.view))
  return outcomes.templates.flatMap((t) => t.areas.flatMap((a) => a.items.map((i) => i.id)))
}

describe('write guard on the WebSocket', () => {
  it("drops a join client's writes while the board is locked, takes the facilitator's, and takes writes again after unlock", async () => {
    const session = await create(['vision'])
    const participant = await connect(session.join)
    const facilitator = await connect(session.facilitator)
    const watcher = await connect(session.view)
    await json(call(session, 'lock', session.facilitator, { locked: true }))
    await eventually(() => expect(readControl(participant.doc).lock.board).toBe(true))

    const goals = (await areas(session)).find((a) => a.kind === 'goals')!.id
    const spot = inside(BoardDoc.of(participant.doc), goals)
    BoardDoc.of(participant.doc).apply({ put: [stickyNote('shape:locked-out', 'tijdens slot', spot)] })
    BoardDoc.of(facilitator.doc).apply({ put: [stickyNote('shape:by-facilitator', 'mag altijd', spot)] })
    await barrier(participant, watcher)
    await barrier(facilitator, watcher)
    const seen = BoardDoc.of(watcher.doc)
    await eventually(() => expect(seen.get('shape:by-facilitator')).toBeTruthy())
    expect(seen.get('shape:locked-out')).toBeUndefined()
    expect(BoardDoc.of(facilitator.doc).get('shape:locked-out')).toBeUndefined()
    // What the server holds (and stored): a client connecting now does not get it either.
    const late = await connect(session.view)
    expect(BoardDoc.of(late.doc).get('shape:by-facilitator')).toBeTruthy()
    expect(BoardDoc.of(late.doc).get('shape:locked-out')).toBeUndefined()
    const ids = await outcomeIds(session)
    expect(ids).toContain('shape:by-facilitator')
    expect(ids).not.toContain('shape:locked-out')

    await json(call(session, 'lock', session.facilitator, { locked: false }))
    const fresh = await connect(session.join)
    BoardDoc.of(fresh.doc).apply({ put: [stickyNote('shape:after-unlock', 'weer open')] })
    await eventually(() => expect(seen.get('shape:after-unlock')).toBeTruthy())
    // The client whose edit was dropped still holds it; its next edit builds on it, so the server asks
    // it for everything it lacks and both arrive now that the board is open: the lock held while it was on.
    BoardDoc.of(participant.doc).apply({ put: [stickyNote('shape:participant-again', 'ik ook')] })
    await eventually(() => expect(seen.get('shape:participant-again')).toBeTruthy())
    expect(seen.get('shape:locked-out')).toBeTruthy()
  })

  it('closes a client that writes the control state or the votes with 4403, the document unchanged', async () => {
    const session = await create()
    await json(call(session, 'timer', session.facilitator, { do: 'set', minutes: 7 }))
    const before = await json<Record<string, unknown>>(call(session, 'control', session.view))
    for (const [token, write] of [
      [session.join, (c: YClient) => c.doc.getMap('control').set('lock', { board: false, structure: false })],
      [session.facilitator, (c: YClient) => c.doc.getMap('votes').set('shape:x', { me: 99 })],
      [session.join, (c: YClient) => c.doc.getMap('participants').set('anna', { name: 'Anna', role: 'facilitator' })],
      [session.join, (c: YClient) => c.doc.getMap('control').delete('timer')],
    ] as const) {
      const client = await connect(token)
      const closed = new Promise<number>((resolve) =>
        client.provider.on('connection-close', (event) => {
          if (event) resolve(event.code)
        }),
      )
      write(client)
      expect(await closed).toBe(4403)
      client.provider.disconnect()
    }
    const after = await json<Record<string, unknown>>(call(session, 'control', session.view))
    expect({ ...after, serverNow: 0 }).toEqual({ ...before, serverNow: 0 })
    const check = await connect(session.view)
    expect(check.doc.getMap('votes').size).toBe(0)
    expect(check.doc.getMap('participants').size).toBe(0)
    expect(readControl(check.doc).timer.durationMs).toBe(7 * 60_000)
    expect(readControl(check.doc).lock).toEqual({ board: false, structure: true })
  })

  it("under the structure lock, drops a join client's move of a locked area, not of a cluster; the facilitator may", async () => {
    const session = await create(['brainstorm', 'vision'])
    const list = await areas(session)
    const goals = list.find((a) => a.kind === 'goals')!.id
    const cluster = list.find((a) => a.kind === 'cluster')!.id
    const participant = await connect(session.join)
    const watcher = await connect(session.view)
    const mine = BoardDoc.of(participant.doc)
    const seen = BoardDoc.of(watcher.doc)
    const x = (board: BoardDoc, id: string) => board.get(id)!.x as number
    const startX = x(seen, goals)
    const clusterStart = x(seen, cluster)

    mine.apply({ put: [{ ...mine.get(goals)!, x: startX + 500 }] })
    mine.apply({ put: [{ ...mine.get(cluster)!, x: x(mine, cluster) + 300 }] })
    await barrier(participant, watcher)
    expect(x(seen, goals)).toBe(startX)
    // The participant's cluster move came after its refused edit, so it is held back with it (its copy
    // is out of step until its whole difference passes); a participant in step moves a cluster freely.
    expect(x(seen, cluster)).toBe(clusterStart)
    const fresh = await connect(session.join)
    const freshBoard = BoardDoc.of(fresh.doc)
    const clusterX = x(freshBoard, cluster)
    freshBoard.apply({ put: [{ ...freshBoard.get(cluster)!, x: clusterX + 300 }] })
    await eventually(() => expect(x(seen, cluster)).toBe(clusterX + 300))

    const facilitator = await connect(session.facilitator)
    const theirs = BoardDoc.of(facilitator.doc)
    theirs.apply({ put: [{ ...theirs.get(goals)!, x: startX + 40 }] })
    await eventually(() => expect(x(seen, goals)).toBe(startX + 40))

    // (The refused participant leaves first: its copy still holds the refused move, which it would
    // send along with its next edit once nothing forbids it any more.)
    participant.provider.disconnect()
    await json(call(session, 'lock', session.facilitator, { structure: false }))
    const free = await connect(session.join)
    const freeBoard = BoardDoc.of(free.doc)
    freeBoard.apply({ put: [{ ...freeBoard.get(goals)!, x: startX + 80 }] })
    await eventually(() => expect(x(seen, goals)).toBe(startX + 80))
  })

  it('records participants with the author id their browser sends', async () => {
    const session = await create()
    const participant = await connect(session.join)
    participant.provider.awareness.setLocalStateField('user', { name: 'Anna de Vries', color: '#e03131', role: 'join', author: 'browser-anna_1' })
    await eventually(() =>
      expect(BoardDoc.of(participant.doc).participants()).toMatchObject([{ name: 'Anna de Vries', role: 'join', authorId: 'browser-anna_1' }]),
    )
  })
})
