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
  /**
   * Several processes serving the same sessions: every process's URL. The harness spreads a room's
   * participants over them round-robin (server/…/samenbordCluster.ts); `url` is the first.
   */
  urls?: readonly string[]
}

export interface BenchServer {
  name: ServerName
  /** One line on what it persists to and how. */
  persistence: string
  pid: number
  /** Every server process (one, except for a cluster): CPU and memory are summed over them. */
  pids: readonly number[]
  dataDir: string
  proc: ChildProcess
  /** Output lines the harness reads (event-loop probe, our first-sync timing), with when they came. */
  kept: Array<{ at: number; line: string }>
  /** Makes a room (a session for ours) and returns how a client joins it. */
  createRoom(title: string): Promise<RoomAddress>
  /** Bytes stored outside dataDir (PostgreSQL: the database's size); disk growth then counts these too. */
  storedBytes?(): Promise<number>
  /** Ours only: loaded rooms and heap from /healthz?detail=1 (after a full GC when started with exposeGc). */
  stats?(): Promise<{ rooms: number; heapUsedBytes: number }>
  stop(): Promise<void>
  /** Stops and starts again on the same data directory (cold load). */
  restart(): Promise<BenchServer>
}

export type ServerName = 'samenbord' | 'y-websocket-server' | 'hocuspocus' | ClusterName
/** Ours on PostgreSQL: one process (no Redis), or 2 or 3 processes on one PostgreSQL and one Redis. */
export type ClusterName = 'samenbord-pg' | 'samenbord-2p' | 'samenbord-3p'

export interface StartOptions {
  /** Extra environment for our server (e.g. UNLOAD_AFTER_MS for the idle scenario). */
  env?: Record<string, string>
  dataDir?: string
  /** Ours only: start node with --expose-gc, so stats() reads the heap after a full collection. */
  exposeGc?: boolean
  /** Listen on this port (a restart keeps the port, so clients' addresses stay valid). */
  port?: number
}
