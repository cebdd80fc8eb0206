// Servers and y-websocket clients that a test file starts, all closed after each test: call once at the
// top level of the file (it registers the afterEach).
import { afterEach } from 'vitest'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'
import { connectClient, type YClient } from './yClient.ts'

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
    async server(opts: Parameters<typeof startServerProcess>[0] = {}): Promise<ServerProcess> {
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
