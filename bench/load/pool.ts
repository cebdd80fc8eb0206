// The load-generator processes, forked once per run and reused by every scenario.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FromWorker, ToWorker } from './protocol.ts'

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')

export class LoadWorker {
  private readonly waiting: Array<{ type: FromWorker['type']; resolve: (m: FromWorker) => void; reject: (e: Error) => void }> = []

  private constructor(readonly proc: ChildProcess) {
    proc.on('message', (msg: FromWorker) => {
      if (msg.type === 'error') {
        for (const w of this.waiting.splice(0)) w.reject(new Error(`load worker ${proc.pid}: ${msg.message}`))
        return
      }
      const i = this.waiting.findIndex((w) => w.type === msg.type)
      if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(msg)
    })
    proc.on('exit', (code) => {
      for (const w of this.waiting.splice(0)) w.reject(new Error(`load worker ${proc.pid} exited with ${code}`))
    })
  }

  static start(): LoadWorker {
    // BENCH_LOADGEN_PROF=<dir>: a V8 CPU profile of each load generator (read it with bench/profileTop.ts).
    const profile = process.env.BENCH_LOADGEN_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_LOADGEN_PROF}`] : []
    return new LoadWorker(fork(WORKER, [], { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  }

  post(msg: ToWorker): void {
    this.proc.send(msg)
  }

  /** Sends msg and resolves with the next reply of the given type. */
  ask<T extends FromWorker['type']>(msg: ToWorker, reply: T, timeoutMs = 120_000): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load worker: no '${reply}' to '${msg.type}' within ${timeoutMs} ms`)), timeoutMs)
      this.waiting.push({
        type: reply,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m as Extract<FromWorker, { type: T }>)
        },
        reject: (e) => {
          clearTimeout(timer)
          reject(e)
        },
      })
      this.proc.send(msg)
    })
  }

  /** Ends the process and waits until it is gone (a profile it writes on exit is complete then). */
  kill(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve()
    const gone = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()))
    this.proc.kill()
    return gone
  }
}
