// Messages between the orchestrator (bench/run.ts) and a load-generator process (worker.ts).
import type { RoomAddress } from '../servers/types.ts'

export type ToWorker =
  /** Connect one participant per entry, `batch` at a time; answer 'ready'. */
  | { type: 'connect'; clients: RoomAddress[]; batch: number }
  /** Start editing now; keep latencies of edits sent in [t0, t1] (clockMs). */
  | { type: 'go'; t0: number; t1: number; editHz: number; cursorHz: number }
  /** Stop editing; answer 'result'. */
  | { type: 'stop' }
  /** Put `shapes` notes into the room in batches, wait `settleMs`, leave; answer 'done'. */
  | { type: 'populate'; room: RoomAddress; shapes: number; settleMs: number }
  /** Join the room with a fresh client; answer 'done' with the time until it holds `shapes` shapes (or 30 s). */
  | { type: 'join'; room: RoomAddress; shapes: number }
  /** For every room: join, sync, put one note, leave; answer 'done'. */
  | { type: 'openLeave'; rooms: RoomAddress[]; batch: number }
  /** Disconnect every participant; answer 'done'. The process stays for the next scenario. */
  | { type: 'close' }

export type FromWorker =
  | { type: 'ready'; connected: number; failed: number; ms: number }
  | {
      type: 'result'
      /** Fan-out latencies (ms) of edits sent in the window, as seen by every receiving client here. */
      latencies: number[]
      /** Edits this worker's clients sent in the window. */
      editsInWindow: number
      /** Mean CPU of this load-generator process while editing, in % of one core. */
      cpuPercent: number
    }
  | { type: 'done'; ms: number; records?: number; failed?: number }
  | { type: 'error'; message: string }
