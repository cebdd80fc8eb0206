// Batches what the server writes to its sockets within one turn of the event loop.
//
// Every ws.send is a frame header plus a payload, and without batching one write(2)/writev(2) per frame:
// an edit fanned out to 50 people is 50 system calls, and a cursor move as many again. Corking a socket on
// its first send in a turn and uncorking every corked socket at the end of the turn (setImmediate, after
// all the I/O callbacks of this poll phase) turns everything a client gets in that turn into one writev.
// Nothing is delayed past the current turn, so latency does not grow: under load, fewer system calls
// make it shrink.
import type { Duplex } from 'node:stream'

export class SendBatch {
  private readonly corked = new Set<Duplex>()
  private scheduled = false

  /** Call before writing to `socket`: it stays corked until the end of this turn. */
  hold(socket: Duplex): void {
    if (this.corked.has(socket)) return
    socket.cork()
    this.corked.add(socket)
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(this.flush)
    }
  }

  /** Uncorks every socket held this turn (also safe to call directly, e.g. on shutdown). */
  readonly flush = (): void => {
    this.scheduled = false
    for (const socket of this.corked) {
      // A destroyed socket has dropped its buffer already; uncork is a no-op there.
      socket.uncork()
    }
    this.corked.clear()
  }
}
