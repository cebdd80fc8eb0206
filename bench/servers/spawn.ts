// Starting a server as a child process and waiting for the line that says it listens.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { clockMs } from '../metrics.ts'
import type { BenchServer, RoomAddress, ServerName } from './types.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const PROBE = pathToFileURL(path.join(ROOT, 'bench/servers/eventLoopProbe.mjs')).href
/** Output lines the harness reads back: the event-loop probe's, and our server's first-sync timing. */
const KEPT = /^bench-eld |"msg":"first sync served"/

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

export interface Spawned {
  proc: ChildProcess
  /** The first match of `ready` in the output. */
  match: RegExpExecArray
  /** Kept output lines (see KEPT) with the time they were read (clockMs). */
  kept: Array<{ at: number; line: string }>
  stop(): Promise<void>
}

/** Spawns `node args…`, resolves when a stdout/stderr line matches `ready`. Output is drained, kept short. */
export function spawnNode(args: string[], env: Record<string, string>, ready: RegExp, timeoutMs = 30_000): Promise<Spawned> {
  const proc = spawn(process.execPath, ['--import', PROBE, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const tail: string[] = []
  const kept: Spawned['kept'] = []
  // BENCH_SERVER_LOG=<dir>: every server's whole output into <dir>/<pid>.log (warnings under load, slow commits).
  const logDir = process.env.BENCH_SERVER_LOG
  if (logDir) {
    fs.mkdirSync(logDir, { recursive: true })
    const file = fs.createWriteStream(path.join(logDir, `${proc.pid}.log`))
    proc.stdout!.pipe(file)
    proc.stderr!.pipe(file)
  }
  /** Splits one stream into lines and keeps the wanted ones. */
  const keepLines = () => {
    let partial = ''
    return (text: string) => {
      const lines = (partial + text).split('\n')
      partial = lines.pop() ?? ''
      const at = clockMs()
      for (const line of lines) if (KEPT.test(line)) kept.push({ at, line })
    }
  }
  const keepOut = keepLines()
  const keepErr = keepLines()
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let done = false
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${tail.join('')}`)), timeoutMs)
    const fail = (error: Error) => {
      if (done) return
      done = true
      clearTimeout(timer)
      proc.kill('SIGKILL')
      reject(error)
    }
    let buffer = ''
    const onData = (chunk: Buffer) => {
      const text = chunk.toString()
      tail.push(text)
      if (tail.length > 50) tail.shift()
      if (done) return
      buffer += text
      const m = ready.exec(buffer)
      if (m) {
        done = true
        clearTimeout(timer)
        buffer = ''
        resolve({
          proc,
          match: m,
          kept,
          async stop() {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
            const killer = setTimeout(() => proc.kill('SIGKILL'), 5_000)
            await exited
            clearTimeout(killer)
          },
        })
      } else if (buffer.length > 1e6) buffer = buffer.slice(-1e5)
    }
    proc.stdout!.on('data', (chunk: Buffer) => {
      keepOut(chunk.toString())
      onData(chunk)
    })
    proc.stderr!.on('data', (chunk: Buffer) => {
      keepErr(chunk.toString())
      onData(chunk)
    })
    proc.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${tail.join('')}`)))
  })
}

/** The BenchServer over a spawned process; `restart` starts the next one (same data and port) once this one stopped. */
export function benchServer(
  s: Spawned,
  about: {
    name: ServerName
    persistence: string
    dataDir: string
    createRoom(title: string): Promise<RoomAddress>
    stats?(): Promise<{ rooms: number; heapUsedBytes: number }>
    restart(): Promise<BenchServer>
  },
): BenchServer {
  return {
    ...about,
    pid: s.proc.pid!,
    pids: [s.proc.pid!],
    proc: s.proc,
    kept: s.kept,
    stop: () => s.stop(),
    async restart() {
      await s.stop()
      return about.restart()
    },
  }
}

let peerRooms = 0

/** A peer's room: it makes rooms on first use, so any name will do; this one is unique to the run. */
export function peerRoom(client: RoomAddress['client'], port: number, title: string): RoomAddress {
  return { client, url: `ws://127.0.0.1:${port}`, room: `${title.replace(/\W+/g, '-')}-${process.pid}-${++peerRooms}` }
}
