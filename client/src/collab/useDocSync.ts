// useDocSync: one session's live board document, without tldraw's editor. Opens the Y.Doc over
// y-websocket, waits for the first sync (the server has made the page and migrated the board on load;
// we never write meta), refuses a board a newer version wrote, and tracks the connection, who is here
// and what the server says about storage. Join and facilitator links also open their private document
// (silent-round notes, server/silent) under their participant identity; the board waits briefly for it
// too, so our own round notes are there from the first frame. Opened by the board page before it knows
// which screen it shows, so the sync runs while that screen's code downloads and survives a switch
// between the two: the phone page reads and writes the BoardDoc directly, the canvas (useBoardSync)
// builds its tldraw store on top.
import { useEffect, useState } from 'react'
import type { Signal } from '@tldraw/state'
import type { TLUser } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { readServerStorage, type StorageState } from '../../../shared/api/serverStatus.ts'
import { BoardDoc, boardSchema, storedSchemaState } from '../../../shared/board/index.ts'
import { participantIdentity } from '../identity/participantIdentity.ts'
import { publishLeftovers } from '../silent/publishLeftovers.ts'
import { trackConnection } from './connectionState.ts'
import { readPeers, samePeers } from './peers.ts'
import { publishUser } from './presence.ts'
import { connectPrivateProvider, connectProvider, type WebsocketProvider } from './provider.ts'
import { LOCAL_ORIGIN } from './storeBinding.ts'
import type { ConnectionState, Peer, Role } from './types.ts'

/** The board once it has synced: the documents and the awareness to publish presence on. */
export interface OpenDoc {
  board: BoardDoc
  /** Our private document (silent-round notes only we and the server hold); null for viewers. */
  privateBoard: BoardDoc | null
  awareness: Awareness
}

export interface DocSync {
  role: Role
  /** 'loading' until the first sync (and our private notes, or PRIVATE_WAIT_MS); 'error' for a board we cannot open. */
  status: { state: 'loading' } | { state: 'ready'; open: OpenDoc } | { state: 'error'; error: Error }
  connection: ConnectionState
  peers: Peer[]
  /** Set when the server closed for good (e.g. 4404: the session is gone); no more reconnects. */
  closed: { code: number; reason: string } | null
  /** What the server says about storing this board (its awareness state); the facilitator sees it. */
  serverStorage: StorageState
}

/** How long the board waits for our private notes before it opens without them (they follow when they come). */
const PRIVATE_WAIT_MS = 3000

export class BoardTooNewError extends Error {}

export function useDocSync(sessionId: string, token: string, role: Role, user: Signal<TLUser | null>): DocSync {
  const [status, setStatus] = useState<DocSync['status']>({ state: 'loading' })
  const [connection, setConnection] = useState<ConnectionState>('connecting')
  const [peers, setPeers] = useState<Peer[]>([])
  const [closed, setClosed] = useState<DocSync['closed']>(null)
  const [serverStorage, setServerStorage] = useState<StorageState>('ok')

  useEffect(() => {
    const cleanups: Array<() => void> = []
    const ydoc = new Y.Doc()
    const board = BoardDoc.of(ydoc)
    const provider = connectProvider(token, ydoc)
    const mine = role === 'view' ? null : openPrivate(sessionId, token)
    if (mine) cleanups.push(mine.close)
    const { awareness } = provider

    // Who we are is known before the board is: announce it right away. The view link publishes no
    // presence at all (the server takes none from it); it only shows everyone else's.
    if (role === 'view') awareness.setLocalState(null)
    else cleanups.push(publishUser(awareness, user, role))

    const onAwareness = () => {
      setPeers((prev) => {
        const next = readPeers(awareness)
        return samePeers(prev, next) ? prev : next
      })
      setServerStorage(readServerStorage(awareness.getStates()))
    }
    awareness.on('change', onAwareness)
    cleanups.push(() => awareness.off('change', onAwareness))
    onAwareness()

    cleanups.push(
      trackConnection(provider, (state) => {
        setConnection(state)
        if (state === 'connected') reannounce(awareness)
      }),
    )

    const onClosed = (event: { code: number; reason: string }) => setClosed({ code: event.code, reason: event.reason })
    provider.on('closed', onClosed)
    cleanups.push(() => provider.off('closed', onClosed))

    let disposed = false
    let opened = false
    const onFirstSync = (isSynced: boolean) => {
      if (!isSynced || opened) return
      opened = true
      provider.off('sync', onFirstSync)
      try {
        // Only the server writes meta: it migrates older boards when it loads them. A newer one we
        // cannot read, and writing into it would mix two formats.
        if (storedSchemaState(board.schema(), boardSchema()) === 'newer') {
          throw new BoardTooNewError('the board was written by a newer version of Samenbord')
        }
      } catch (error) {
        console.error('samenbord: could not open the board', error)
        setStatus({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) })
        return
      }
      void (mine?.ready ?? Promise.resolve()).then(() => {
        if (disposed) return
        // Written with the canvas binding's origin: the store already shows these notes (from the private document).
        if (mine) cleanups.push(publishLeftovers(board, mine.board, role, LOCAL_ORIGIN))
        setStatus({ state: 'ready', open: { board, privateBoard: mine?.board ?? null, awareness } })
      })
    }
    provider.on('sync', onFirstSync)
    cleanups.push(() => provider.off('sync', onFirstSync))

    return () => {
      disposed = true
      for (const cleanup of cleanups.reverse()) cleanup()
      awareness.setLocalState(null)
      provider.destroy()
      ydoc.destroy()
      setStatus({ state: 'loading' })
      setPeers([])
    }
  }, [sessionId, token, role, user])

  return { role, status, connection, peers, closed, serverStorage }
}

/**
 * Our private document: an empty Y.Doc at once (notes written before it connects are sent when it
 * does), connected once our participant identity is known. `ready` resolves at its first sync, or
 * after PRIVATE_WAIT_MS, or when no identity can be had (then round notes stay in this tab only).
 */
function openPrivate(sessionId: string, token: string): { board: BoardDoc; ready: Promise<void>; close: () => void } {
  const doc = new Y.Doc()
  let provider: WebsocketProvider | undefined
  let closed = false
  let markReady!: () => void
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const timer = setTimeout(markReady, PRIVATE_WAIT_MS)
  participantIdentity(sessionId, token).then(
    (identity) => {
      if (closed) return
      provider = connectPrivateProvider(token, identity.secret, doc)
      const onSync = (synced: boolean) => {
        if (!synced) return
        provider?.off('sync', onSync)
        markReady()
      }
      provider.on('sync', onSync)
    },
    (error: unknown) => {
      console.warn('samenbord: no participant identity; silent-round notes cannot reach the server', error)
      markReady()
    },
  )
  return {
    board: BoardDoc.of(doc),
    ready,
    close: () => {
      closed = true
      clearTimeout(timer)
      provider?.destroy()
      doc.destroy()
    },
  }
}

/**
 * Peers keep the last awareness clock they saw from us even after dropping our state on a lost
 * connection, and ignore a state whose clock is not newer. y-websocket resends our state unchanged on
 * reconnect, so an idle participant would stay missing from everyone's list until the 15 s renewal:
 * setting the same state again raises the clock and makes us visible at once.
 */
function reannounce(awareness: { getLocalState(): unknown; setLocalState(state: unknown): void }): void {
  const local = awareness.getLocalState()
  if (local !== null) awareness.setLocalState({ ...(local as object) })
}
