// Test harness: the real server as a child process on a free port, with its own data dir, so tests
// can restart it or kill -9 it like an operator (or a crash) would.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CreatedSession } from '../../shared/api/types.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ServerProcess {
  port: number
  url: string
  wsUrl: string
  dataDir: string
  proc: ChildProcess
  /** Everything the server logged (JSON lines). */
  logs: string[]
  stop(): Promise<void>
  kill9(): Promise<void>
}

export function tempDataDir(prefix = 'samenbord-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/**
 * What runs: the sources through tsx (default: what a test sees is what the tree says), or, with
 * `built` or SAMENBORD_TEST_SERVER=built, `npm run build`'s dist/server/main.js under plain node as
 * `npm run serve` runs it (the whole integration suite can be pointed at the build that way). With a
 * fault file, the test entry point faultServerMain.ts instead (built beside main.js), never main.
 */
function entry(built: boolean, faults: boolean): string[] {
  const name = faults ? 'testing/faultServerMain' : 'main'
  // node --import tsx (not the tsx CLI): one process, so SIGKILL really kills the server.
  return built ? ['--enable-source-maps', path.join(ROOT, `dist/server/${name}.js`)] : ['--import', 'tsx', path.join(ROOT, `server/${name}.ts`)]
}

export async function startServerProcess(
  opts: {
    dataDir?: string
    env?: Record<string, string>
    /** extra node flags, e.g. --expose-gc */
    nodeArgs?: string[]
    built?: boolean
    /**
     * Writes of the sessions listed in this file (one id a line, read at each write) fail with EIO:
     * runs the test entry point faultServerMain.ts with SAMENBORD_FAULT_FILE (testing/faultInjection.ts).
     */
    faultFile?: string
  } = {},
): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? tempDataDir()
  const built = opts.built ?? process.env.SAMENBORD_TEST_SERVER === 'built'
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...entry(built, opts.faultFile !== undefined)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
      // Suites create many sessions from one address; the product default (30/min) is tested on its own.
      SESSION_CREATES_PER_MINUTE: '100000',
      ...opts.env,
      ...(opts.faultFile === undefined ? {} : { SAMENBORD_FAULT_FILE: opts.faultFile }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: string[] = []
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = ''
    // A server that did not start in time is killed, so a failed start leaves no process behind.
    const timer = setTimeout(() => {
      proc.kill('SIGKILL')
      reject(new Error(`server did not start:\n${logs.join('\n')}`))
    }, 20_000)
    proc.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        logs.push(line)
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number }
          if (entry.msg === 'listening' && entry.port) {
            clearTimeout(timer)
            resolve(entry.port)
          }
        } catch {
          // not a JSON line
        }
      }
    })
    proc.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    proc.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`))
    })
  })
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    dataDir,
    proc,
    logs,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
      // A clean stop takes well under a second; one that hangs is a bug worth a clear failure, not a
      // test timeout that says nothing.
      let timer: NodeJS.Timeout | undefined
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 15_000)))
      const outcome = await Promise.race([exited, hung])
      clearTimeout(timer)
      if (outcome === 'hung') {
        proc.kill('SIGKILL')
        await exited
        throw new Error(`server did not stop within 15 s of SIGTERM; its last log lines:\n${logs.slice(-20).join('\n')}`)
      }
    },
    async kill9() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL')
      await exited
    },
  }
}

export async function createSession(baseUrl: string, title = 'Winkelstraat overleg'): Promise<CreatedSession> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedSession
}
