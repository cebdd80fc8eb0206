// The y-websocket wire protocol, as spoken by a stock WebsocketProvider: every frame is one message,
// a varuint message type followed by its body.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
const MESSAGE_AUTH = 2
const MESSAGE_QUERY_AWARENESS = 3

/** Close codes the server uses; 4xxx are ours, mirroring HTTP where one fits. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  /** Another process serves the session now (several processes, server/cluster): reconnect. */
  reconnect: 1012,
  /** The session is full (relayed connections, refused after the handshake; a direct one gets HTTP 503). */
  tryAgainLater: 1013,
  malformed: 4400,
  /** The update wrote something only the server writes (participants, control, votes). */
  forbidden: 4403,
  unknownSession: 4404,
  /** The facilitator (or the retention period) deleted the session; reconnecting is pointless. */
  deleted: 4410,
  tooLarge: 4413,
  /**
   * The update wrote something into the board's records that the board cannot hold: not a plain
   * { key, val } entry, or a record that fails the record rules (shared/board/recordRules.ts).
   */
  invalidRecord: 4422,
  serverError: 4500,
  /** The disk refused the write: nothing was applied; the client keeps its edit and reconnects. */
  storageUnavailable: 4503,
} as const

export type Incoming =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2' | 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' }

export class MalformedMessage extends Error {}

/** Parses one frame. Throws MalformedMessage for anything that is not exactly one known message. */
export function parseMessage(data: Uint8Array): Incoming {
  let message: Incoming
  const decoder = decoding.createDecoder(data)
  try {
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (syncType === syncProtocol.messageYjsSyncStep1) message = { kind: 'sync-step1', stateVector: payload }
        else if (syncType === syncProtocol.messageYjsSyncStep2) message = { kind: 'sync-step2', update: payload }
        else if (syncType === syncProtocol.messageYjsUpdate) message = { kind: 'sync-update', update: payload }
        else throw new MalformedMessage(`unknown sync message type ${syncType}`)
        break
      }
      case MESSAGE_AWARENESS:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
        break
      case MESSAGE_QUERY_AWARENESS:
        message = { kind: 'query-awareness' }
        break
      case MESSAGE_AUTH:
        // Clients don't send auth messages; the token in the URL is the authentication.
        decoding.readVarUint(decoder)
        decoding.readVarString(decoder)
        message = { kind: 'auth' }
        break
      default:
        throw new MalformedMessage(`unknown message type ${type}`)
    }
  } catch (error) {
    if (error instanceof MalformedMessage) throw error
    throw new MalformedMessage(`truncated or unreadable message: ${(error as Error).message}`)
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after message')
  return message
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}

/** An awareness update (as encodeAwarenessUpdate makes it, or a filtered one) as a message. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}
