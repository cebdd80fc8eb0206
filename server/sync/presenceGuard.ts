// Which entries of a client's awareness update the room takes. Presence is not stored, but everyone
// sees it at once, so it is judged like an edit, before it is applied:
//   view link                                   → nothing: the view link only watches
//   the server's own client id                  → dropped (it carries the server's storage state)
//   an id another connection speaks for         → dropped (nobody moves, renames or removes another)
//   a new id past MAX_AWARENESS_IDS per connection → dropped
//   removing an id this connection never spoke for → dropped
//   a state that is not a JSON object, or carries the server's `server` field → dropped
//   a `user.role` other than the link's         → rewritten to the link's role
// Dropped entries never close the connection: a stock y-websocket client sends every awareness change
// it applies, other people's included (its echo of our own broadcasts), so foreign entries are what
// honest clients send too. A frame that cannot be decoded is malformed (the room closes with 4400).
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Role } from '../storage/types.ts'

/**
 * Client ids one connection may speak for. A browser tab has exactly one (its Y.Doc's awareness); a
 * few more leave room for clients that keep several awareness instances on one socket, while 15,000
 * ghost presences from one link stay impossible. Ids stay owned until the connection closes, so
 * removing and re-adding ids cannot cycle through fresh ones.
 */
export const MAX_AWARENESS_IDS = 4

export interface PresenceContext {
  role: Role
  /** The room's own awareness client id: its state is the server's storage state. */
  serverClientId: number
  /** Ids this connection speaks for already. */
  owned: ReadonlySet<number>
  /** Whether another connection of the room speaks for this id. */
  ownedElsewhere: (clientId: number) => boolean
}

export interface PresenceVerdict {
  /** The awareness update of the accepted entries: `update` itself when every entry passed unchanged. */
  accepted: Uint8Array | undefined
  /** Ids this update makes the connection's own (within MAX_AWARENESS_IDS). */
  claimed: number[]
  /** How many entries were dropped. */
  dropped: number
}

interface Entry {
  clientId: number
  clock: number
  json: string
}

export function judgePresence(update: Uint8Array, ctx: PresenceContext): PresenceVerdict {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  // Nothing from a view link is looked at, let alone applied.
  if (ctx.role === 'view') return { accepted: undefined, claimed: [], dropped: count }
  const kept: Entry[] = []
  const claimed: number[] = []
  let dropped = 0
  let rewritten = false
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    // JSON.parse throws on garbage: the whole frame is malformed, as y-protocols would find it.
    const state: unknown = JSON.parse(json)
    const entry = judgeEntry({ clientId, clock, json }, state, ctx, claimed)
    if (!entry) {
      dropped++
      continue
    }
    if (entry.json !== json) rewritten = true
    kept.push(entry)
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update')
  if (kept.length === 0) return { accepted: undefined, claimed, dropped }
  if (dropped === 0 && !rewritten) return { accepted: update, claimed, dropped }
  return { accepted: encodeEntries(kept), claimed, dropped }
}

function judgeEntry(entry: Entry, state: unknown, ctx: PresenceContext, claimed: number[]): Entry | undefined {
  const { clientId } = entry
  if (clientId === ctx.serverClientId || ctx.ownedElsewhere(clientId)) return undefined
  const own = ctx.owned.has(clientId) || claimed.includes(clientId)
  if (state === null) return own ? entry : undefined
  if (typeof state !== 'object' || Array.isArray(state)) return undefined
  if (Object.hasOwn(state, 'server')) return undefined
  if (!own) {
    if (ctx.owned.size + claimed.length >= MAX_AWARENESS_IDS) return undefined
    claimed.push(clientId)
  }
  const user = (state as { user?: unknown }).user
  if (typeof user === 'object' && user !== null && 'role' in user && (user as { role: unknown }).role !== ctx.role) {
    // Everyone's presence list shows the role: it is the link's, never what the client claims.
    return { ...entry, json: JSON.stringify({ ...state, user: { ...user, role: ctx.role } }) }
  }
  return entry
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, json)
  }
  return encoding.toUint8Array(encoder)
}
