import { startHocuspocus } from './hocuspocus.ts'
import { startSamenbord } from './samenbord.ts'
import type { BenchServer, ServerName, StartOptions } from './types.ts'
import { startYWebsocket } from './ywebsocket.ts'

export const SERVERS: Record<ServerName, (opts?: StartOptions) => Promise<BenchServer>> = {
  samenbord: startSamenbord,
  'y-websocket-server': startYWebsocket,
  hocuspocus: startHocuspocus,
}
export type { BenchServer, RoomAddress, ServerName } from './types.ts'
