// useBoardSync: the live board as the canvas needs it. The document, connection and who is here come
// from useDocSync (opened by the board page, shared with the phone page, which has no tldraw); on top
// of it this builds the tldraw store once the board has synced and binds store ↔ BoardDoc and
// presence ↔ awareness.
import { useEffect, useMemo, useState } from 'react'
import { atom, createTLStore, type Signal, type TLStore, type TLStoreWithStatus, type TLUser } from 'tldraw'
import type { StorageState } from '../../../shared/api/serverStatus.ts'
import { boardSchema, type BoardDoc } from '../../../shared/board/index.ts'
import { bindPresence } from './presence.ts'
import { bindStoreToBoard } from './storeBinding.ts'
import type { ConnectionState, Peer } from './types.ts'
import type { DocSync, OpenDoc } from './useDocSync.ts'

export { BoardTooNewError } from './useDocSync.ts'

export interface BoardSync {
  storeWithStatus: TLStoreWithStatus
  connection: ConnectionState
  peers: Peer[]
  /** Set when the server closed for good (e.g. 4404: the session is gone); no more reconnects. */
  closed: { code: number; reason: string } | null
  /** The live board document, for reading (the action list); set together with the store. Never write to it. */
  board: BoardDoc | null
  /** What the server says about storing this board (its awareness state); the facilitator sees it. */
  serverStorage: StorageState
  /** Our private document (silent-round notes only we and the server hold); null for viewers. Never write to it. */
  privateBoard: BoardDoc | null
}

type Opened = { open: OpenDoc; store: TLStore } | { open: OpenDoc; error: Error }

export function useBoardSync(doc: DocSync, user: Signal<TLUser | null>): BoardSync {
  const { role } = doc
  const open = doc.status.state === 'ready' ? doc.status.open : null
  const [$status] = useState(() => atom<'online' | 'offline'>('samenbord connection', 'offline'))
  const [opened, setOpened] = useState<Opened | null>(null)

  useEffect(() => {
    $status.set(doc.connection === 'connected' ? 'online' : 'offline')
  }, [$status, doc.connection])

  useEffect(() => {
    if (!open) return
    const cleanups: Array<() => void> = []
    const { board, privateBoard, awareness } = open
    try {
      const store = createTLStore({
        schema: boardSchema(),
        users: { currentUser: user },
        collaboration: { status: $status, mode: atom('samenbord mode', role === 'view' ? 'readonly' : 'readwrite') },
      })
      cleanups.push(bindStoreToBoard(store, board, { readOnly: role === 'view', ...(privateBoard ? { privateBoard } : {}) }))
      cleanups.push(bindPresence(store, awareness, user, role))
      setOpened({ open, store })
    } catch (error) {
      console.error('samenbord: could not open the board', error)
      setOpened({ open, error: error instanceof Error ? error : new Error(String(error)) })
    }
    return () => {
      for (const cleanup of cleanups.reverse()) cleanup()
      setOpened(null)
    }
  }, [open, $status, role, user])

  // Only the store made for the document open now counts (not one from a previous connection).
  const current = opened && opened.open === open ? opened : null
  const storeWithStatus = useMemo<TLStoreWithStatus>(() => {
    if (doc.status.state === 'error') return { status: 'error', error: doc.status.error }
    if (!current) return { status: 'loading' }
    if ('error' in current) return { status: 'error', error: current.error }
    return { status: 'synced-remote', store: current.store, connectionStatus: doc.connection === 'connected' ? 'online' : 'offline' }
  }, [doc.status, current, doc.connection])

  const ready = current && 'store' in current ? current.open : null
  return {
    storeWithStatus,
    connection: doc.connection,
    peers: doc.peers,
    closed: doc.closed,
    board: ready?.board ?? null,
    serverStorage: doc.serverStorage,
    privateBoard: ready?.privateBoard ?? null,
  }
}
