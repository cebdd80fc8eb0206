import { startHocuspocus } from './hocuspocus.ts'
import { startSamenbord } from './samenbord.ts'
import { startSamenbordCluster } from './samenbordCluster.ts'
import type { BenchServer, ServerName, StartOptions } from './types.ts'
import { startYWebsocket } from './ywebsocket.ts'

export const SERVERS: Record<ServerName, (opts?: StartOptions) => Promise<BenchServer>> = {
  samenbord: startSamenbord,
  'y-websocket-server': startYWebsocket,
  hocuspocus: startHocuspocus,
  'samenbord-pg': (opts) => startSamenbordCluster('samenbord-pg', opts),
  'samenbord-2p': (opts) => startSamenbordCluster('samenbord-2p', opts),
  'samenbord-3p': (opts) => startSamenbordCluster('samenbord-3p', opts),
}
/** Ours on PostgreSQL (and Redis): run only with `--cluster` or when named in --servers, since they need both servers. */
export const CLUSTER_SERVERS: ServerName[] = ['samenbord-pg', 'samenbord-2p', 'samenbord-3p']
export type { BenchServer, RoomAddress, ServerName } from './types.ts'
