// What travels through a session's two tunnel streams, and how the owner groups what it sends.
//
// `<prefix>in:<session>`, relays → owner, one entry per event of a relayed WebSocket:
//   o: the owner it is addressed to (entries for an earlier owner are ignored), p: the relay's process
//   id, n: the relay's entry number in this stream, c: the connection id (unique within the relay),
//   k: 'open' | 'frame' | 'close'; with 'open' also
//   r: role, a: client address, door: 'sync' | 'silent', x: extra JSON; with 'frame' d: the bytes.
// `<prefix>out:<session>`, owner → relays, one entry per payload and tick:
//   o: the owner, n: its entry number in this stream, t: targets (`relayA=1,2,3;relayB=7`),
//   k: 'frame' (d: the bytes) | 'close' (code, why).
//
// The entry numbers count 1, 2, 3… per sender and stream: a reader that finds one missing (trimmed
// while it was away longer than the stream reaches back) closes the connections concerned with 1012,
// and their clients resync on reconnecting, instead of going on without an update.
// The streams are transport, not the log (PostgreSQL is): each is trimmed to about STREAM_MAXLEN entries.
import type { Door, RelayedOpen } from '../sync/sessionRouter.ts'

export type { Door, RelayedOpen }

export const STREAM_MAXLEN = 2000

export function inKey(prefix: string, sessionId: string): string {
  return `${prefix}in:${sessionId}`
}

export function outKey(prefix: string, sessionId: string): string {
  return `${prefix}out:${sessionId}`
}

/** The connection ids of `relay` among an entry's targets (none: the entry is not for it). */
export function targetsOf(targets: string, relay: string): string[] {
  // Process ids (nanoid) hold neither '=' nor ';' nor ','.
  for (const part of targets.split(';')) {
    if (part.length > relay.length && part.startsWith(relay) && part[relay.length] === '=') return part.slice(relay.length + 1).split(',')
  }
  return []
}

/** The last entry number seen per sender: whether the next one follows it without a gap. */
export class EntryNumbers {
  private readonly last = new Map<string, number>()

  /**
   * False when entries of `sender` were missed since the last one seen. The first one seen always
   * follows, and so does a 1: the sender began anew (a relay's session that emptied and came back).
   */
  follows(sender: string, n: number): boolean {
    const last = this.last.get(sender)
    this.last.set(sender, n)
    return last === undefined || n === 1 || n === last + 1
  }
}

type Outgoing = { kind: 'frame'; data: Uint8Array } | { kind: 'close'; code: number; reason: string }

interface Group {
  out: Outgoing
  /** relay → connection ids */
  to: Map<string, string[]>
}

/**
 * What the owner sends within one tick, grouped: the same payload (Room.publish hands the very same
 * Uint8Array to every connection) to many connections becomes one entry. A connection's payloads
 * keep their order: a payload joins an earlier group only if that connection has nothing in a later one.
 */
export class Outbox {
  private groups: Group[] = []
  private readonly groupOf = new Map<Uint8Array, number>()
  private readonly lastGroupOf = new Map<string, number>()

  get empty(): boolean {
    return this.groups.length === 0
  }

  send(relay: string, conn: string, data: Uint8Array): void {
    const existing = this.groupOf.get(data)
    const connKey = `${relay}=${conn}`
    const last = this.lastGroupOf.get(connKey) ?? -1
    let index: number
    if (existing !== undefined && existing >= last) index = existing
    else {
      index = this.groups.push({ out: { kind: 'frame', data }, to: new Map() }) - 1
      this.groupOf.set(data, index)
    }
    this.add(index, relay, conn, connKey)
  }

  close(relay: string, conn: string, code: number, reason: string): void {
    const index = this.groups.push({ out: { kind: 'close', code, reason }, to: new Map() }) - 1
    this.add(index, relay, conn, `${relay}=${conn}`)
  }

  /** The entries to add, in order, as XADD field lists, each numbered by `number()`; the outbox is empty afterwards. */
  drain(owner: string, number: () => number): Array<Array<string | Buffer>> {
    const entries = this.groups.map(({ out, to }) => {
      const targets = Array.from(to, ([relay, conns]) => `${relay}=${conns.join(',')}`).join(';')
      const head = ['o', owner, 'n', String(number()), 't', targets]
      if (out.kind === 'frame') return [...head, 'k', 'frame', 'd', Buffer.from(out.data.buffer, out.data.byteOffset, out.data.byteLength)]
      return [...head, 'k', 'close', 'code', String(out.code), 'why', out.reason]
    })
    this.groups = []
    this.groupOf.clear()
    this.lastGroupOf.clear()
    return entries
  }

  private add(index: number, relay: string, conn: string, connKey: string): void {
    const to = this.groups[index]!.to
    const list = to.get(relay)
    if (list) list.push(conn)
    else to.set(relay, [conn])
    this.lastGroupOf.set(connKey, index)
  }
}
