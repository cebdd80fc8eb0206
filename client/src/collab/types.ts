import type { TLInstancePresence } from 'tldraw'

import type { Role } from '../../../shared/api/types.ts'

export type { Role }

export type ConnectionState = 'connected' | 'connecting' | 'offline'

/** What each client puts in its Yjs awareness state. */
export interface AwarenessUser {
  name: string
  color: string
  role: Role
  /** The browser's author id (browserId()): on the notes made there, and how the server ties a participant to them. */
  author?: string
  /** Organisation or role as given with the name; the server records it with the participant. */
  organisation?: string
}

export interface AwarenessState {
  user?: AwarenessUser
  /** tldraw's instance_presence record (cursor, page, selection, camera); null for viewers. */
  presence?: TLInstancePresence | null
}

/** Someone with the board open, from their awareness state. */
export interface Peer {
  clientId: number
  name: string
  color: string
  role: Role
  isSelf: boolean
  /** tldraw user id (`user:…`) from their presence, for following; null until known. */
  userId: string | null
  /** Their browser's author id (meta.createdBy of their notes); null when not announced. */
  authorId: string | null
}
