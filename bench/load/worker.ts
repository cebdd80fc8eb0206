// A load-generator process (child_process.fork from bench/run.ts): hosts many simulated participants,
// each a real provider on its own WebSocket, editing its own tldraw note (moving it, typing in it) at
// editHz and moving its cursor (awareness) at cursorHz.
//
// Fan-out latency: every edit writes meta.bt = clockMs() (performance.timeOrigin + performance.now(),
// one clock for all processes on the machine) and a unique meta.bid into the note. Every client that
// receives a remote change to a note records clockMs() - bt. Only edits sent inside the measurement
// window [t0, t1] count, so warm-up and drain are excluded.
import type { IndexKey } from '@tldraw/utils'
import { toRichText } from '@tldraw/tlschema'
import { BoardDoc, type BoardRecord } from '../../shared/board/boardDoc.ts'
import { noteRecord } from '../../shared/board/noteRecord.ts'
import { clockMs } from '../metrics.ts'
import type { RoomAddress } from '../servers/types.ts'
import { connect, type BenchClient } from './clients.ts'
import type { FromWorker, ToWorker } from './protocol.ts'

const WORKER = process.pid.toString(36)
let seq = 0
const send = (msg: FromWorker) => process.send!(msg)

interface Participant {
  client: BenchClient
  board: BoardDoc
  note: BoardRecord
  timers: NodeJS.Timeout[]
  edits: number
}

const participants: Participant[] = []
let window = { t0: Infinity, t1: -Infinity }
let latencies: number[] = []
let editsInWindow = 0
let cpuAtGo: NodeJS.CpuUsage | null = null
let goAt = 0

function pageIdOf(board: BoardDoc): string {
  return board.all().find((r) => r.typeName === 'page')?.id ?? 'page:page'
}

function makeNote(board: BoardDoc, n: number, text: string): BoardRecord {
  return noteRecord({
    id: `shape:b${WORKER}x${n}`,
    text,
    x: (n % 40) * 220,
    y: Math.floor(n / 40) * 220,
    pageId: pageIdOf(board),
    index: 'a1' as IndexKey,
  })
}

function listen(board: BoardDoc): void {
  board.records.on('change', (changes, tr) => {
    if (tr.local) return
    const now = clockMs()
    for (const change of changes.values()) {
      if (change.action === 'delete') continue
      const bt = (change.newValue.meta as { bt?: number } | undefined)?.bt
      if (bt !== undefined && bt >= window.t0 && bt <= window.t1) latencies.push(now - bt)
    }
  })
}

/** `each` over `items`, `batch` at a time: a batch is under way together, the next waits for it. */
async function inBatches<T>(items: readonly T[], batch: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += batch) await Promise.all(items.slice(i, i + batch).map(each))
}

async function connectAll(addrs: RoomAddress[], batch: number): Promise<void> {
  const started = clockMs()
  let failed = 0
  await inBatches(addrs, batch, async (addr) => {
    const client = connect(addr)
    try {
      await client.synced
    } catch {
      failed++
      client.destroy()
      return
    }
    const board = BoardDoc.of(client.doc)
    const n = seq++
    const note = makeNote(board, n, `deelnemer ${n}`)
    board.apply({ put: [note] })
    client.awareness.setLocalStateField('user', { name: `bench ${WORKER}-${n}`, color: '#e07a5f' })
    listen(board)
    participants.push({ client, board, note, timers: [], edits: 0 })
  })
  send({ type: 'ready', connected: participants.length, failed, ms: clockMs() - started })
}

function edit(p: Participant): void {
  const bt = clockMs()
  p.edits++
  const typing = p.edits % 2 === 0
  const note: BoardRecord = {
    ...p.note,
    x: (p.note.x as number) + (typing ? 0 : 3),
    y: (p.note.y as number) + (typing ? 0 : 1),
    props: typing ? { ...(p.note.props as object), richText: toRichText(`deelnemer typt ${p.edits}`) } : p.note.props,
    meta: { bt, bid: `${WORKER}.${p.edits}.${p.note.id}` },
  }
  p.note = note
  p.board.apply({ put: [note] })
  if (bt >= window.t0 && bt <= window.t1) editsInWindow++
}

function go(msg: Extract<ToWorker, { type: 'go' }>): void {
  window = { t0: msg.t0, t1: msg.t1 }
  latencies = []
  editsInWindow = 0
  cpuAtGo = process.cpuUsage()
  goAt = clockMs()
  for (const p of participants) {
    const every = (ms: number, fn: () => void) => {
      // random phase, so participants do not edit in lockstep
      const first = setTimeout(() => {
        fn()
        p.timers.push(setInterval(fn, ms))
      }, Math.random() * ms)
      p.timers.push(first)
    }
    if (msg.editHz > 0) every(1000 / msg.editHz, () => edit(p))
    if (msg.cursorHz > 0) {
      every(1000 / msg.cursorHz, () => p.client.awareness.setLocalStateField('cursor', { x: Math.random() * 2000, y: Math.random() * 1200 }))
    }
  }
}

function stop(): void {
  for (const p of participants) for (const t of p.timers.splice(0)) clearTimeout(t)
  const cpu = cpuAtGo ? process.cpuUsage(cpuAtGo) : { user: 0, system: 0 }
  const seconds = Math.max(0.001, (clockMs() - goAt) / 1000)
  send({ type: 'result', latencies, editsInWindow, cpuPercent: ((cpu.user + cpu.system) / 1e6 / seconds) * 100 })
}

async function populate(room: RoomAddress, shapes: number, settleMs: number): Promise<void> {
  const started = clockMs()
  const client = connect(room)
  await client.synced
  const board = BoardDoc.of(client.doc)
  for (let i = 0; i < shapes; i += 250) {
    board.apply({ put: Array.from({ length: Math.min(250, shapes - i) }, (_, k) => makeNote(board, i + k, `notitie ${i + k}: idee voor de winkelstraat`)) })
    await new Promise((r) => setTimeout(r, 20))
  }
  await new Promise((r) => setTimeout(r, settleMs))
  client.destroy()
  await new Promise((r) => setTimeout(r, settleMs))
  send({ type: 'done', ms: clockMs() - started, records: board.size() })
}

async function join(room: RoomAddress, shapes: number): Promise<void> {
  const started = clockMs()
  const client = connect(room)
  await client.synced
  // "Synced" is not enough: @y/websocket-server 0.1.1 completes the first sync before its stored state
  // is loaded, and sends the board afterwards. Timed until the client holds every shape.
  const board = BoardDoc.of(client.doc)
  const count = () => board.all().filter((r) => r.typeName === 'shape').length
  const deadline = clockMs() + 30_000
  while (count() < shapes && clockMs() < deadline) await new Promise((r) => setTimeout(r, 1))
  const ms = clockMs() - started
  const records = count()
  client.destroy()
  send({ type: 'done', ms, records })
}

async function openLeave(rooms: RoomAddress[], batch: number): Promise<void> {
  const started = clockMs()
  let failed = 0
  await inBatches(rooms, batch, async (room) => {
    const client = connect(room, 20_000)
    try {
      await client.synced
      const board = BoardDoc.of(client.doc)
      board.apply({ put: [makeNote(board, seq++, 'even langs')] })
      await new Promise((r) => setTimeout(r, 20))
    } catch {
      failed++
    } finally {
      client.destroy()
    }
  })
  send({ type: 'done', ms: clockMs() - started, failed })
}

// Killed at the end of a run: exit normally, so a CPU profile (BENCH_LOADGEN_PROF) is written.
process.on('SIGTERM', () => process.exit(0))

process.on('message', (msg: ToWorker) => {
  const fail = (error: Error) => send({ type: 'error', message: error.stack ?? error.message })
  switch (msg.type) {
    case 'connect':
      connectAll(msg.clients, msg.batch).catch(fail)
      break
    case 'go':
      go(msg)
      break
    case 'stop':
      stop()
      break
    case 'populate':
      populate(msg.room, msg.shapes, msg.settleMs).catch(fail)
      break
    case 'join':
      join(msg.room, msg.shapes).catch(fail)
      break
    case 'openLeave':
      openLeave(msg.rooms, msg.batch).catch(fail)
      break
    case 'close':
      for (const p of participants.splice(0)) p.client.destroy()
      send({ type: 'done', ms: 0 })
      break
  }
})
