// Servers and y-websocket clients that a test file starts: call once at the top level of the file (each
// registers its own hooks). perTestServers: fresh servers in each test, closed after it; fileServer: one
// server for the whole file, closed after its last test.
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'
import { connectClient, type YClient } from './yClient.ts'

type StartOptions = Parameters<typeof startServerProcess>[0]

export function perTestServers() {
  const running: ServerProcess[] = []
  const clients: YClient[] = []

  /** Destroys every client connected so far (servers keep running). */
  const closeClients = (): void => {
    for (const c of clients.splice(0)) c.destroy()
  }

  afterEach(async () => {
    closeClients()
    for (const s of running.splice(0)) await s.stop()
  })

  return {
    async server(opts: StartOptions = {}): Promise<ServerProcess> {
      const s = await startServerProcess(opts)
      running.push(s)
      return s
    },
    client(s: ServerProcess, token: string): YClient {
      const c = connectClient(s.wsUrl, token)
      clients.push(c)
      return c
    },
    closeClients,
  }
}

export interface FileServer extends ServerProcess {
  /** A stock client of this server, destroyed after the file's last test. */
  client(token: string): YClient
  /** Stops the server and starts it again on its data dir (on a new port unless `opts.env.PORT` says). */
  restart(opts?: StartOptions): Promise<void>
}

/**
 * The file's one server, started before its first test and stopped after its last: read its fields
 * (url, wsUrl, logs…) inside tests, they are the running process's.
 */
export function fileServer(opts: StartOptions = {}): FileServer {
  let current: ServerProcess | undefined
  const clients: YClient[] = []
  const running = (): ServerProcess => {
    if (!current) throw new Error('fileServer: read it inside a test or hook, once beforeAll has started it')
    return current
  }
  beforeAll(async () => {
    current = await startServerProcess(opts)
  })
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await current?.stop()
  })
  return {
    get port() {
      return running().port
    },
    get url() {
      return running().url
    },
    get wsUrl() {
      return running().wsUrl
    },
    get dataDir() {
      return running().dataDir
    },
    get proc() {
      return running().proc
    },
    get logs() {
      return running().logs
    },
    stop: () => running().stop(),
    kill9: () => running().kill9(),
    client(token) {
      const c = connectClient(running().wsUrl, token)
      clients.push(c)
      return c
    },
    async restart(again = {}) {
      const before = running()
      await before.stop()
      current = await startServerProcess({ ...opts, dataDir: before.dataDir, ...again, env: { ...opts.env, ...again.env } })
    },
  }
}
