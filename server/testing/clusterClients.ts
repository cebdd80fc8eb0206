// y-websocket clients of several server processes, as a load balancer spreads them: each starts at
// one process and, whenever its connection closes (a kill, a 1012 "reconnect" from a relay whose owner
// died, a refused connect), its next attempt goes to the next process in the list.
import { connectClient, type YClient } from './yClient.ts'

export interface ClusterClient extends YClient {
  /** Index (into the list) of the process this client connects to now. */
  readonly at: number
}

/** `wsUrls()` is read at every reconnect, so a process restarted on another port is found. */
export function connectClusterClient(wsUrls: () => readonly string[], token: string, first = 0): ClusterClient {
  let at = first % wsUrls().length
  const client = connectClient(wsUrls()[at]!, token)
  client.provider.on('connection-close', () => {
    const urls = wsUrls()
    at = (at + 1) % urls.length
    client.provider.serverUrl = `${urls[at]}/sync`
  })
  return {
    ...client,
    get at() {
      return at
    },
  }
}
