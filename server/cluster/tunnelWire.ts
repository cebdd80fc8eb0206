// What travels between processes through their inboxes (inbox.ts), and how a tick's messages to one
// process become one entry.
//
// Every process reads one stream, its inbox `<prefix>inbox:<process>`. Within a tick, everything one
// process has for another (whatever the sessions) is packed into ONE entry of the other's inbox:
//   f: the sender's process id, n: the sender's entry number in this inbox, b: the packed messages.
// Why not a stream per session: a blocking XREAD names every stream it follows, so with a hundred
// sessions each read wrote and parsed two hundred arguments, and the readers looped once per arriving
// entry. Measured (bench --cluster, 100 rooms × 20 over 3 processes): the socket writes of those reads
// and of one XADD per frame were the largest cost of a relaying process. With one inbox per process a
// read names one stream, and a busy tick costs one XADD per process it speaks to.
//
// Messages, in order within an entry:
//   relay → owner: open (a relayed client connected: role, address, door, extra), data (bytes it sent),
//                  gone (it disconnected);
//   owner → relay: frame (bytes for one or more of the relay's connections), close (code, reason).
// A sender's entries to one inbox go out in order on one connection, so a connection's messages arrive
// in the order they were sent. The entry numbers count 1, 2, 3… per sender and inbox: a reader that finds
// one missing (trimmed while it was away longer than the inbox reaches back) closes the connections
// concerned with 1012, and their clients resync on reconnecting, instead of going on without an update.
// The inboxes are transport, not the log (PostgreSQL is).
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Door, RelayedOpen } from '../sync/sessionRouter.ts'
import type { Role } from '../storage/types.ts'

export type { RelayedOpen }

/** About how many entries an inbox keeps (XADD MAXLEN ~): a tick's messages to one process are one entry. */
export const INBOX_MAXLEN = 10_000

export function inboxKey(prefix: string, processId: string): string {
  return `${prefix}inbox:${processId}`
}

/** Relay → owner, about one relayed connection. */
export type ToOwner =
  | { kind: 'open'; session: string; conn: number; open: RelayedOpen }
  | { kind: 'data'; session: string; conn: number; data: Uint8Array }
  | { kind: 'gone'; session: string; conn: number }

/** Owner → relay. */
export type ToRelay =
  | { kind: 'frame'; session: string; conns: number[]; data: Uint8Array }
  | { kind: 'close'; session: string; conn: number; code: number; reason: string }

export type TunnelMessage = ToOwner | ToRelay

export function isToOwner(message: TunnelMessage): message is ToOwner {
  return message.kind === 'open' || message.kind === 'data' || message.kind === 'gone'
}

const KIND = { open: 1, data: 2, gone: 3, frame: 4, close: 5 } as const

/**
 * The messages for one process within one tick. A payload handed to many connections of one session
 * (Room.publish gives every connection the very same Uint8Array) is one `frame` message naming them
 * all; a connection's messages keep their order: a payload joins an earlier message only if that
 * connection has nothing in a later one.
 */
export class Batch {
  private readonly messages: TunnelMessage[] = []
  private readonly frameOf = new Map<Uint8Array, number>()
  private readonly lastOf = new Map<string, number>()

  get empty(): boolean {
    return this.messages.length === 0
  }

  frame(session: string, conn: number, data: Uint8Array): void {
    const at = this.frameOf.get(data)
    const key = `${conn} ${session}`
    const existing = at === undefined ? undefined : this.messages[at]
    if (existing?.kind === 'frame' && existing.session === session && at! >= (this.lastOf.get(key) ?? -1)) {
      existing.conns.push(conn)
      this.lastOf.set(key, at!)
      return
    }
    this.frameOf.set(data, this.push({ kind: 'frame', session, conns: [conn], data }, key))
  }

  add(message: Exclude<TunnelMessage, { kind: 'frame' }>): void {
    this.push(message, `${message.conn} ${message.session}`)
  }

  encode(): Uint8Array {
    return encodeMessages(this.messages)
  }

  private push(message: TunnelMessage, key: string): number {
    const at = this.messages.push(message) - 1
    this.lastOf.set(key, at)
    return at
  }
}

export function encodeMessages(messages: readonly TunnelMessage[]): Uint8Array {
  const e = encoding.createEncoder()
  for (const m of messages) {
    encoding.writeUint8(e, KIND[m.kind])
    encoding.writeVarString(e, m.session)
    switch (m.kind) {
      case 'open':
        encoding.writeVarUint(e, m.conn)
        encoding.writeVarString(e, m.open.role)
        encoding.writeVarString(e, m.open.address)
        encoding.writeVarString(e, m.open.door)
        encoding.writeVarString(e, m.open.extra === undefined ? '' : JSON.stringify(m.open.extra))
        break
      case 'data':
        encoding.writeVarUint(e, m.conn)
        encoding.writeVarUint8Array(e, m.data)
        break
      case 'frame':
        encoding.writeVarUint(e, m.conns.length)
        for (const conn of m.conns) encoding.writeVarUint(e, conn)
        encoding.writeVarUint8Array(e, m.data)
        break
      case 'gone':
        encoding.writeVarUint(e, m.conn)
        break
      case 'close':
        encoding.writeVarUint(e, m.conn)
        encoding.writeVarUint(e, m.code)
        encoding.writeVarString(e, m.reason)
        break
    }
  }
  return encoding.toUint8Array(e)
}

/** The messages of one entry (frame payloads are views into `bytes`, not copies); throws on bytes no sender wrote. */
export function decodeMessages(bytes: Uint8Array): TunnelMessage[] {
  const d = decoding.createDecoder(bytes)
  const messages: TunnelMessage[] = []
  while (decoding.hasContent(d)) {
    const kind = decoding.readUint8(d)
    const session = decoding.readVarString(d)
    switch (kind) {
      case KIND.open: {
        const conn = decoding.readVarUint(d)
        const role = decoding.readVarString(d) as Role
        const address = decoding.readVarString(d)
        const door = decoding.readVarString(d) as Door
        const extra = decoding.readVarString(d)
        messages.push({ kind: 'open', session, conn, open: { role, address, door, ...(extra ? { extra: JSON.parse(extra) as unknown } : {}) } })
        break
      }
      case KIND.data:
        messages.push({ kind: 'data', session, conn: decoding.readVarUint(d), data: decoding.readVarUint8Array(d) })
        break
      case KIND.frame: {
        const conns = Array.from({ length: decoding.readVarUint(d) }, () => decoding.readVarUint(d))
        messages.push({ kind: 'frame', session, conns, data: decoding.readVarUint8Array(d) })
        break
      }
      case KIND.gone:
        messages.push({ kind: 'gone', session, conn: decoding.readVarUint(d) })
        break
      case KIND.close:
        messages.push({ kind: 'close', session, conn: decoding.readVarUint(d), code: decoding.readVarUint(d), reason: decoding.readVarString(d) })
        break
      default:
        throw new Error(`unknown tunnel message kind ${kind}`)
    }
  }
  return messages
}

/** The last entry number seen per sender: whether the next one follows it without a gap. */
export class EntryNumbers {
  private readonly last = new Map<string, number>()

  /** False when entries of `sender` were missed since the last one seen. The first one seen always follows. */
  follows(sender: string, n: number): boolean {
    const last = this.last.get(sender)
    this.last.set(sender, n)
    return last === undefined || n === last + 1
  }
}
