// This process's inbox: the one Redis stream every other process writes to it through, read with one
// blocking XREAD that names only it (tunnelWire.ts says why not a stream per session), resumed from the
// last id after a reconnect. What this process has for others is collected per tick and process and
// goes out as one entry each (Batch).
//
// An inbox lives as long as its process, trimmed of what was read (ownStreams.ts). Others write with
// NOMKSTREAM: an entry for a process whose inbox is gone is not added (nor the stream made anew, to lie
// there for ever), and the sender hears the process is unreachable.
import type { Logger } from '../log.ts'
import type { RedisLink } from './redisConnection.ts'
import { OwnStreams } from './ownStreams.ts'
import { Batch, EntryNumbers, INBOX_MAXLEN, decodeMessages, inboxKey, type TunnelMessage } from './tunnelWire.ts'

export interface InboxHandlers {
  /** The messages of one entry from `sender`, in the order it sent them. */
  messages(sender: string, messages: TunnelMessage[]): void
  /** Entries from `sender` were missed (trimmed before they were read, or unreadable): what it sent may be lost. */
  gap(sender: string): void
  /** The inbox of `processId` is gone (the process died): nothing reaches it any more. */
  unreachable(processId: string): void
}

export interface InboxOptions {
  link: RedisLink
  processId: string
  log: Logger
  /** How long an inbox outlives its process's last renewal (default 60 s); renewed, and trimmed of what was read, every sixth of it. */
  ttlMs?: number
}

export class ProcessInbox {
  private readonly handlers: InboxHandlers[] = []
  private readonly batches = new Map<string, Batch>()
  /** process → the number of our last entry in its inbox */
  private readonly sent = new Map<string, number>()
  private readonly received = new EntryNumbers()
  private flushScheduled = false
  /** Processes an entry is on its way to. */
  private readonly inFlight = new Set<string>()
  private streams: OwnStreams | undefined

  private constructor(private readonly opts: InboxOptions) {}

  /** Makes this process's inbox and reads it from then on. */
  static async open(opts: InboxOptions): Promise<ProcessInbox> {
    const inbox = new ProcessInbox(opts)
    inbox.streams = await OwnStreams.open(opts.link, `inbox-${opts.processId}`, [inbox.key(opts.processId)], inbox.consume, {
      ttlMs: opts.ttlMs,
      onError: (error) => opts.log.error({ err: error.message, stack: error.stack }, 'cluster: a tunnel message could not be handled'),
    })
    return inbox
  }

  /** Everything read from the inbox goes to each handler (the host end and the relay end). */
  listen(handlers: InboxHandlers): void {
    this.handlers.push(handlers)
  }

  /** The messages for `processId` in this tick: they go out together after the tick. */
  to(processId: string): Batch {
    let batch = this.batches.get(processId)
    if (!batch) {
      batch = new Batch()
      this.batches.set(processId, batch)
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true
      // After every callback of this poll phase: one entry per process, whatever it was sent meanwhile.
      setImmediate(() => this.flush())
    }
    return batch
  }

  /**
   * Sends what is collected. One entry per process is in flight at a time: what is sent to it meanwhile
   * waits for the answer and goes as the next entry. Idle, that is the end of the tick; busy, the batches
   * grow with the load instead of the writes to Redis (measured: a write to a local socket costs more
   * than the JavaScript that fills it). `all` sends even where an entry is in flight (at close).
   */
  flush(all = false): void {
    this.flushScheduled = false
    for (const [to, batch] of this.batches) {
      if (batch.empty || (this.inFlight.has(to) && !all)) continue
      this.batches.delete(to)
      this.send(to, batch)
    }
  }

  private send(to: string, batch: Batch): void {
    const n = (this.sent.get(to) ?? 0) + 1
    this.sent.set(to, n)
    const bytes = batch.encode()
    this.inFlight.add(to)
    // The client auto-pipelines: every entry of this tick goes out in one write.
    this.opts.link.command
      .xadd(
        this.key(to),
        'NOMKSTREAM',
        'MAXLEN',
        '~',
        INBOX_MAXLEN,
        '*',
        'f',
        this.opts.processId,
        'n',
        String(n),
        'b',
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      )
      .then(
        (id) => {
          if (id === null) this.each((h) => h.unreachable(to))
        },
        (error: Error) => this.opts.log.error({ to, err: error.message }, 'tunnel: cannot send to a process'),
      )
      .finally(() => {
        this.inFlight.delete(to)
        if (this.batches.has(to)) this.flush()
      })
  }

  async close(): Promise<void> {
    this.flush(true)
    await this.streams?.close()
  }

  private readonly consume = (_key: string, { fields }: { fields: Map<string, Buffer> }): void => {
    const sender = fields.get('f')?.toString()
    const bytes = fields.get('b')
    // An entry no process wrote: nothing to take.
    if (!sender || !bytes) return
    if (!this.received.follows(sender, Number(fields.get('n')?.toString()))) {
      this.opts.log.warn({ from: sender }, 'tunnel: entries from a process missed; its connections resync')
      this.each((h) => h.gap(sender))
    }
    let messages: TunnelMessage[]
    try {
      messages = decodeMessages(bytes)
    } catch (error) {
      this.opts.log.error({ from: sender, err: (error as Error).message }, 'tunnel: an unreadable entry; its connections resync')
      return this.each((h) => h.gap(sender))
    }
    this.each((h) => h.messages(sender, messages))
  }

  private each(call: (handlers: InboxHandlers) => void): void {
    for (const handlers of this.handlers) {
      try {
        call(handlers)
      } catch (error) {
        this.opts.log.error({ err: (error as Error).message, stack: (error as Error).stack }, 'cluster: a tunnel message could not be handled')
      }
    }
  }

  private key(processId: string): string {
    return inboxKey(this.opts.link.prefix, processId)
  }
}
