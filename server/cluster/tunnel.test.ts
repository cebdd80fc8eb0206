// Two "processes" in one test process, on the real Redis: A owns the sessions (real Rooms on file
// storage, a direct WebSocket door), B relays its WebSockets to A through the tunnel. Stock y-websocket
// clients on both.
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { Duplex } from 'node:stream'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage, type Role } from '../storage/types.ts'
import { CloseCode } from '../sync/protocol.ts'
import { Rooms } from '../sync/rooms.ts'
import { toBytes } from '../sync/wsServer.ts'
import { testRedis } from '../testing/backends.ts'
import { silentLog } from '../testing/silentLog.ts'
import { connectClient, eventually, handled, whenSynced, type YClient } from '../testing/yClient.ts'
import { Cluster } from './cluster.ts'
import { SyncServer } from '../sync/wsServer.ts'
import { decodeMessages, inboxKey, type TunnelMessage } from './tunnelWire.ts'

const redis = testRedis()
let dir: string
let rooms: Rooms
let a: Cluster
let b: Cluster
const servers: http.Server[] = []
const clients: YClient[] = []
let directUrl: string
let relayUrl: string

/** A door: `/s/<session>/sync/<role>` (the role stands in for the token check). */
async function listen(
  door: (ws: WebSocket, sessionId: string, role: Role, raw: Duplex) => void,
  before: (sessionId: string) => Promise<void>,
): Promise<string> {
  const wss = new WebSocketServer({ noServer: true })
  const server = http.createServer()
  server.on('upgrade', (req, socket, head) => {
    const [, , sessionId, , role] = (req.url ?? '').split('/')
    // As the lead wires it: routed before the handshake completes, so no frame arrives unheard.
    void before(sessionId!).then(() => wss.handleUpgrade(req, socket, head, (ws) => door(ws, sessionId!, role as Role, socket)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function client(url: string, sessionId: string, role: Role): YClient {
  const c = connectClient(`${url}/s/${sessionId}`, role)
  clients.push(c)
  return c
}

function closedWith(c: YClient): Promise<number> {
  return new Promise((resolve) => c.provider.on('connection-close', (event) => resolve(event?.code ?? 0)))
}

const common = () => ({ url: redis.url, prefix: redis.prefix, log: silentLog, maxBufferedBytes: 1 << 24, leaseTtlMs: 600, checkEveryMs: 100 })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sb-tunnel-'))
  rooms = new Rooms({ storage: new AsyncDocStorage(new FileDocStorage(dir)), log: silentLog, unloadAfterMs: 60_000, compactBytes: 1 << 20 })
  // The owner's board door, as app.ts makes it (only its relayed side is used here).
  const door = new SyncServer({
    rooms,
    log: silentLog,
    resolveToken: async () => undefined,
    maxMessageBytes: 1 << 24,
    maxBufferedBytes: 1 << 24,
    publicOrigins: [],
    allowedOrigins: [],
    maxConnectionsPerSession: 0,
    maxConnectionsPerAddress: 0,
  })
  a = await Cluster.start({
    ...common(),
    onRemote: (socket) => door.acceptRelayed(socket),
    onLost: (sessionId) => rooms.get(sessionId)?.closeAll(CloseCode.reconnect, 'reconnect'),
  })
  b = await Cluster.start({ ...common(), onRemote: () => expect.unreachable('B owns nothing'), onLost: () => {} })
  directUrl = await listen(
    (ws, sessionId, role) => {
      const conn = rooms.get(sessionId)!.connect({ send: (data) => ws.send(data), close: (code, reason) => ws.close(code, reason) }, role)
      ws.on('message', (data) => conn.receive(toBytes(data)))
      ws.on('close', () => conn.close())
    },
    async (sessionId) => {
      expect(await a.route(sessionId)).toEqual({ mine: true })
      await rooms.open(sessionId)
    },
  )
  relayUrl = await relayDoor(b)
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const server of servers) server.close()
  await rooms.closeAll()
  await b.close()
  await a.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A door on `relay` that relays every socket to the owner, A. */
function relayDoor(relay: Cluster): Promise<string> {
  const routes = new Map<string, string>()
  return listen(
    (ws, sessionId, role, raw) => relay.relay(ws, raw, sessionId, routes.get(sessionId)!, { role, address: '127.0.0.1', door: 'sync' }),
    async (sessionId) => {
      const claim = await relay.route(sessionId)
      expect(claim).toEqual({ mine: false, owner: a.id })
      if (!claim.mine) routes.set(sessionId, claim.owner)
    },
  )
}

/** The id of the last entry in a process's inbox now: read what comes after it with `sentSince`. */
async function inboxMark(processId: string): Promise<string> {
  return (await a.link.command.xrevrange(inboxKey(redis.prefix, processId), '+', '-', 'COUNT', 1))[0]![0]
}

/** The messages other processes put in `processId`'s inbox after `mark`. */
async function sentSince(processId: string, mark: string): Promise<TunnelMessage[]> {
  const entries = await a.link.command.xrangeBuffer(inboxKey(redis.prefix, processId), `(${mark}`, '+')
  return entries.flatMap(([, fields]) => {
    const packed = fields[fields.findIndex((f, i) => i % 2 === 0 && f.toString() === 'b') + 1]
    return packed ? decodeMessages(packed) : []
  })
}

/** Owner A serves `sessionId` (its room loaded) before anyone relays to it. */
async function ownedByA(sessionId: string): Promise<void> {
  expect(await a.route(sessionId)).toEqual({ mine: true })
  await rooms.open(sessionId)
}

describe('the tunnel', () => {
  it('lets a client on the owner and a client through a relay converge, both ways', async () => {
    await ownedByA('t1')
    const direct = client(directUrl, 't1', 'join')
    const relayed = client(relayUrl, 't1', 'join')
    await Promise.all([whenSynced(direct), whenSynced(relayed)])
    direct.doc.getMap('m').set('from-direct', 1)
    relayed.doc.getMap('m').set('from-relayed', 2)
    for (const c of [direct, relayed]) {
      await eventually(() => expect(c.doc.getMap('m').toJSON()).toEqual({ 'from-direct': 1, 'from-relayed': 2 }))
    }
    // The owner's room holds it too, and counts the relayed client as a connection of its own.
    expect(rooms.get('t1')!.doc.getMap('m').toJSON()).toEqual({ 'from-direct': 1, 'from-relayed': 2 })
    expect(rooms.get('t1')!.connections.size).toBe(2)
  })

  it("applies the room's verdicts to relayed clients: a view link's write dropped, a server-only root closed with 4403", async () => {
    await ownedByA('t2')
    const direct = client(directUrl, 't2', 'join')
    const viewer = client(relayUrl, 't2', 'view')
    const writer = client(relayUrl, 't2', 'join')
    await Promise.all([whenSynced(direct), whenSynced(viewer), whenSynced(writer)])
    viewer.doc.getMap('m').set('sneaky', true)
    await handled(viewer)
    await handled(direct)
    expect(direct.doc.getMap('m').has('sneaky')).toBe(false)
    const closed = closedWith(writer)
    writer.doc.getMap('control').set('lock', 'mine')
    expect(await closed).toBe(CloseCode.forbidden)
    await handled(direct)
    expect(direct.doc.getMap('control').has('lock')).toBe(false)
  })

  it("sends one update to many relayed clients as one message in one entry of the relay's inbox", async () => {
    await ownedByA('t3')
    const direct = client(directUrl, 't3', 'join')
    const relayed = Array.from({ length: 6 }, () => client(relayUrl, 't3', 'join'))
    await Promise.all([direct, ...relayed].map((c) => whenSynced(c)))
    await Promise.all(relayed.map((c) => handled(c)))
    const mark = await inboxMark(b.id)
    direct.doc.getMap('m').set('hello', 'everyone')
    for (const c of relayed) await eventually(() => expect(c.doc.getMap('m').get('hello')).toBe('everyone'))
    const messages = await sentSince(b.id, mark)
    // Sync updates (message 0, type 2) only: cursors and presence may travel meanwhile.
    const updates = messages.filter((m) => m.kind === 'frame' && m.session === 't3' && m.data[0] === 0 && m.data[1] === 2)
    expect(updates).toHaveLength(1)
    expect((updates[0] as { conns: number[] }).conns).toHaveLength(relayed.length)
  })

  it("keeps a relayed client's echoes of other people's presence out of Redis, and carries its own", async () => {
    await ownedByA('t15')
    const direct = client(directUrl, 't15', 'join')
    const relayed = client(relayUrl, 't15', 'join')
    await Promise.all([whenSynced(direct), whenSynced(relayed)])
    const mark = await inboxMark(a.id)
    for (let i = 1; i <= 5; i++) direct.provider.awareness.setLocalStateField('cursor', { x: i, y: i })
    await eventually(() => expect(relayed.provider.awareness.getStates().get(direct.doc.clientID)?.cursor).toEqual({ x: 5, y: 5 }))
    relayed.provider.awareness.setLocalStateField('cursor', { x: 99, y: 99 })
    await eventually(() => expect(direct.provider.awareness.getStates().get(relayed.doc.clientID)?.cursor).toEqual({ x: 99, y: 99 }))
    // What B sent A meanwhile about t15: the relayed client's own presence, never the direct one's echoed.
    const sent = await sentSince(a.id, mark)
    const presence = sent.filter((m) => m.kind === 'data' && m.session === 't15' && m.data[0] === 1)
    expect(presence.length).toBeGreaterThan(0)
    const ids = presence.flatMap((m) => {
      const text = Buffer.from((m as { data: Uint8Array }).data).toString('latin1')
      return [text.includes('"x":99') ? 'own' : 'echo']
    })
    expect(ids).not.toContain('echo')
  })

  it("misses nothing when the relay's inbox connection breaks: it reads on from the last entry it saw", async () => {
    await ownedByA('t6')
    const direct = client(directUrl, 't6', 'join')
    const relayed = client(relayUrl, 't6', 'join')
    await Promise.all([whenSynced(direct), whenSynced(relayed)])
    const list = (await a.link.command.call('CLIENT', 'LIST', 'TYPE', 'normal')) as string
    const line = list.split('\n').find((l) => l.includes(`name=samenbord-inbox-${b.id} `))!
    await a.link.command.client('KILL', 'ID', /\bid=(\d+)/.exec(line)![1]!)
    // Written while the relay reconnects: only its inbox has them for it.
    for (let i = 0; i < 5; i++) direct.doc.getMap('m').set(`k${i}`, i)
    await eventually(() => expect(relayed.doc.getMap('m').size).toBe(5))
  })

  it('closes a relayed client with 1012 when its owner does not serve the session, so an open it never took leaves no one waiting', async () => {
    await ownedByA('t10')
    // As when A's lease lapsed (a stall) and A took it again: A stopped serving, and holds the lease.
    a.host.stop('t10')
    const relayed = client(relayUrl, 't10', 'join')
    expect(await closedWith(relayed)).toBe(CloseCode.reconnect)
    a.host.serve('t10')
    await whenSynced(relayed)
    relayed.provider.disconnect()
  })

  it('holds what arrives for a session whose lease is being claimed, and answers it once the claim is settled', async () => {
    const accepted: string[] = []
    const c = await Cluster.start({ ...common(), onRemote: (socket) => accepted.push(socket.info.sessionId), onLost: () => {} })
    try {
      const url = await listen(
        (ws, sessionId, role, raw) => b.relay(ws, raw, sessionId, c.id, { role, address: '127.0.0.1', door: 'sync' }),
        async () => {},
      )
      const open = async (sessionId: string) => {
        const ws = new WebSocket(`${url}/s/${sessionId}/sync/join`)
        const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)))
        await new Promise((resolve) => ws.on('open', resolve))
        return { ws, closed }
      }
      // Claims under way: the opens from B reach C before C knows whether the leases are its own.
      c.host.claim('t11')
      c.host.claim('t12')
      const won = await open('t11')
      const lost = await open('t12')
      // A session C neither serves nor claims is answered at once; B sent it last, so C read the others first.
      const probe = await open('t14')
      expect(await probe.closed).toBe(CloseCode.reconnect)
      let lostCode: number | undefined
      void lost.closed.then((code) => {
        lostCode = code
      })
      expect(accepted).toEqual([])
      expect(lostCode).toBeUndefined()
      c.host.serve('t11')
      c.host.stop('t12')
      expect(accepted).toEqual(['t11'])
      expect(await lost.closed).toBe(CloseCode.reconnect)
      won.ws.close()
    } finally {
      await c.close()
    }
  })

  it('drops at once the connections of a relay whose inbox is gone (its process died long ago)', async () => {
    await ownedByA('t13')
    const c = await Cluster.start({ ...common(), onRemote: () => expect.unreachable('C owns nothing'), onLost: () => {} })
    try {
      const direct = client(directUrl, 't13', 'join')
      const relayed = client(await relayDoor(c), 't13', 'join')
      await Promise.all([whenSynced(direct), whenSynced(relayed)])
      await eventually(() => expect(rooms.get('t13')!.connections.size).toBe(2))
      await c.link.command.del(inboxKey(redis.prefix, c.id))
      // The next update for C finds no inbox: it is not written, and A lets C's connection go.
      direct.doc.getMap('m').set('for', 'nobody')
      await eventually(() => expect(rooms.get('t13')!.connections.size).toBe(1))
      expect(await c.link.command.exists(inboxKey(redis.prefix, c.id))).toBe(0)
      relayed.provider.disconnect()
    } finally {
      await c.close()
    }
  })

  it('trims from its inbox what a process has read, and the inbox expires with the process', async () => {
    const c = await Cluster.start({ ...common(), inboxTtlMs: 600, onRemote: () => {}, onLost: () => {} })
    const key = inboxKey(redis.prefix, c.id)
    try {
      // What another process sends it: a board for a newcomer, say, that MAXLEN alone would keep for hours.
      for (let n = 1; n <= 5; n++) await a.link.command.xadd(key, '*', 'f', 'someone', 'n', String(n), 'b', Buffer.alloc(100_000))
      // Read and trimmed at the next renewal (every 100 ms here): only the last entry read stays.
      await eventually(async () => expect(await a.link.command.xlen(key)).toBe(1))
      expect(await a.link.command.pttl(key)).toBeGreaterThan(0)
    } finally {
      await c.close()
    }
    // Closed: its inbox is gone at once (a killed process's goes when its expiry ends).
    expect(await a.link.command.exists(key)).toBe(0)
  })

  it('drops the connections relayed by a process whose heartbeat is gone', async () => {
    await ownedByA('t7')
    const c = await Cluster.start({ ...common(), onRemote: () => expect.unreachable('C owns nothing'), onLost: () => {} })
    try {
      const direct = client(directUrl, 't7', 'join')
      const relayed = client(await relayDoor(c), 't7', 'join')
      await Promise.all([whenSynced(direct), whenSynced(relayed)])
      await eventually(() => expect(rooms.get('t7')!.connections.size).toBe(2))
      // As after a kill -9 of C: no close is sent, only the heartbeat stops.
      await c.heartbeat.stop()
      await eventually(() => expect(rooms.get('t7')!.connections.size).toBe(1))
      relayed.provider.disconnect()
    } finally {
      await c.close()
    }
  })

  it("closes relayed clients with 1012 when the owner's lease moves, or its heartbeat stops", async () => {
    // An owner that is only keys in Redis, so the relay's own check is what closes (a real owner would close too).
    const redisCommand = b.link.command
    await redisCommand.set(`${redis.prefix}proc:ghost`, '1', 'PX', 10_000)
    for (const sessionId of ['t4', 't8']) await redisCommand.set(`${redis.prefix}lease:${sessionId}`, 'ghost', 'PX', 10_000)
    const url = await listen(
      (ws, sessionId, role, raw) => b.relay(ws, raw, sessionId, 'ghost', { role, address: '127.0.0.1', door: 'sync' }),
      async () => {},
    )
    const open = (sessionId: string) =>
      new Promise<{ closed: Promise<number> }>((resolve) => {
        const ws = new WebSocket(`${url}/s/${sessionId}/sync/join`)
        const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)))
        ws.on('open', () => resolve({ closed }))
      })
    const [moved, orphaned] = await Promise.all([open('t4'), open('t8')])
    await redisCommand.set(`${redis.prefix}lease:t4`, 'someone-else', 'PX', 10_000)
    expect(await moved.closed).toBe(CloseCode.reconnect)
    await redisCommand.del(`${redis.prefix}proc:ghost`)
    expect(await orphaned.closed).toBe(CloseCode.reconnect)
  })

  it('adds little latency to an update relayed both ways', async () => {
    await ownedByA('t5')
    const direct = client(directUrl, 't5', 'join')
    const other = client(directUrl, 't5', 'join')
    const relayed = client(relayUrl, 't5', 'join')
    await Promise.all([direct, other, relayed].map((c) => whenSynced(c)))
    // A key of its own per update: nothing concurrent for Yjs to resolve either way.
    const roundTrip = async (label: string, from: YClient, to: YClient, n: number): Promise<number[]> => {
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        const key = `${label}${i}`
        const seen = new Promise<void>((resolve) => {
          const onUpdate = () => {
            if (!to.doc.getMap('m').has(key)) return
            to.doc.off('update', onUpdate)
            resolve()
          }
          to.doc.on('update', onUpdate)
        })
        const started = performance.now()
        from.doc.getMap('m').set(key, i)
        await seen
        times.push(performance.now() - started)
      }
      return times
    }
    const quantiles = (times: number[]) => {
      const sorted = [...times].sort((x, y) => x - y)
      const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]! * 100) / 100
      return { p50: at(0.5), p95: at(0.95) }
    }
    const n = 100
    const baseline = quantiles(await roundTrip('direct', direct, other, n))
    const inbound = quantiles(await roundTrip('in', relayed, direct, n))
    const outbound = quantiles(await roundTrip('out', direct, relayed, n))
    console.info(
      `update latency ms, direct→direct ${JSON.stringify(baseline)}, relayed→direct ${JSON.stringify(inbound)}, direct→relayed ${JSON.stringify(outbound)}`,
    )
    expect(inbound.p95).toBeLessThan(250)
    expect(outbound.p95).toBeLessThan(250)
  }, 30_000)

  // Last: a forged entry number puts A's numbering in B's eyes out of step, which any later test would feel.
  it('closes relayed clients with 1012 when entries meant for them were trimmed before their relay read them', async () => {
    await ownedByA('t9')
    const relayed = client(relayUrl, 't9', 'join')
    await whenSynced(relayed)
    const closed = closedWith(relayed)
    // An entry from A numbered far past the last one B saw: those between are gone.
    await a.link.command.xadd(inboxKey(redis.prefix, b.id), '*', 'f', a.id, 'n', '1000000', 'b', Buffer.alloc(0))
    expect(await closed).toBe(CloseCode.reconnect)
    relayed.provider.disconnect()
  })
})
