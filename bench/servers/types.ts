// A server under test, the same shape for ours and the peers: started as a child process on a free
// port with its own temporary data directory, stopped (or restarted on the same data) by the harness.
import type { ChildProcess } from 'node:child_process'

/** How a load generator reaches a room: which client library, which URL, which room name. */
export interface RoomAddress {
  /** 'yws': a stock y-websocket WebsocketProvider; 'hocuspocus': @hocuspocus/provider. */
  client: 'yws' | 'hocuspocus'
  /** Base URL handed to the provider (the provider appends /<room> for y-websocket). */
  url: string
  room: string
}

export interface BenchServer {
  name: ServerName
  /** One line on what it persists to and how. */
  persistence: string
  pid: number
  dataDir: string
  proc: ChildProcess
  /** Makes a room (a session for ours) and returns how a client joins it. */
  createRoom(title: string): Promise<RoomAddress>
  stop(): Promise<void>
  /** Stops and starts again on the same data directory (cold load). */
  restart(): Promise<BenchServer>
}

export type ServerName = 'samenbord' | 'y-websocket-server' | 'hocuspocus'

export interface StartOptions {
  /** Extra environment for our server (e.g. UNLOAD_AFTER_MS for the idle scenario). */
  env?: Record<string, string>
  dataDir?: string
}
