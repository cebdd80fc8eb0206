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
  /** Output lines the harness reads (event-loop probe, our first-sync timing), with when they came. */
  kept: Array<{ at: number; line: string }>
  /** Makes a room (a session for ours) and returns how a client joins it. */
  createRoom(title: string): Promise<RoomAddress>
  /** Ours only: loaded rooms and heap from /healthz?detail=1 (after a full GC when started with exposeGc). */
  stats?(): Promise<{ rooms: number; heapUsedBytes: number }>
  stop(): Promise<void>
  /** Stops and starts again on the same data directory (cold load). */
  restart(): Promise<BenchServer>
}

export type ServerName = 'samenbord' | 'y-websocket-server' | 'hocuspocus'

export interface StartOptions {
  /** Extra environment for our server (e.g. UNLOAD_AFTER_MS for the idle scenario). */
  env?: Record<string, string>
  dataDir?: string
  /** Ours only: start node with --expose-gc, so stats() reads the heap after a full collection. */
  exposeGc?: boolean
  /** Listen on this port (a restart keeps the port, so clients' addresses stay valid). */
  port?: number
}
