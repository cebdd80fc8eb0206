// Hostile writes as a raw y-websocket client makes them, for the integration and browser tests of
// board poisoning: a forged Yjs update made on a copy of the board and sent alone, awareness frames
// under any client ids, and damage written straight into a stopped server's session files.
import path from 'node:path'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { FileDocStorage } from '../storage/fileDocStorage.ts'
import { AsyncDocStorage, type DocStorage } from '../storage/types.ts'
import { encodeAwarenessMessage, encodeUpdate } from '../sync/protocol.ts'
import { sendOneFrame, type FrameOutcome } from './rawClients.ts'
import { connectClient, whenSynced } from './yClient.ts'

/** The board's state as a client with `token` receives it. */
export async function boardState(wsUrl: string, token: string): Promise<Uint8Array> {
  const client = connectClient(wsUrl, token)
  try {
    await whenSynced(client)
    return Y.encodeStateAsUpdate(client.doc)
  } finally {
    client.destroy()
  }
}

/** The update `change` makes on a copy of the board as `token` receives it. */
export async function forgedUpdate(wsUrl: string, token: string, change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, await boardState(wsUrl, token))
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  change(doc)
  return Y.mergeUpdates(updates)
}

/** That update sent alone by a raw client; how the server reacted. */
export async function forge(wsUrl: string, token: string, change: (doc: Y.Doc) => void): Promise<FrameOutcome> {
  return sendOneFrame(wsUrl, token, encodeUpdate(await forgedUpdate(wsUrl, token, change)))
}

/**
 * Appends `update` to the session's log as an older server (or a bug) would have left it, bypassing
 * every check: in the boards' files under `dataDir`, or in `storage` (another backend's). Only while
 * the server that owns them is stopped.
 */
export async function writeOnDisk(
  dataDir: string,
  sessionId: string,
  update: Uint8Array,
  storage: DocStorage = new AsyncDocStorage(new FileDocStorage(path.join(dataDir, 'docs'))),
): Promise<void> {
  await storage.append(sessionId, update)
  storage.release(sessionId)
}

export type AwarenessEntry = [clientId: number, clock: number, state: unknown]

/** An awareness update (y-protocols' encoding) carrying these entries, whatever their client ids. */
export function awarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return encoding.toUint8Array(encoder)
}

/** One awareness message carrying these entries, whatever their client ids. */
export function awarenessFrame(entries: AwarenessEntry[]): Uint8Array {
  return encodeAwarenessMessage(awarenessUpdate(entries))
}
