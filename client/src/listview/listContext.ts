// What every area and item of the list view needs from the page: whether and why writes are off, the
// areas to move a note to, the connection (for the composer's offline hint), and two hooks back into
// the page: "this id was changed by us" (the live region leaves it out) and "focus this after the next
// render" (an item that moved to another list is a new element).
import { createContext, useContext } from 'react'
import type { ConnectionState } from '../collab/types.ts'
import type { Removed } from './noteWrites.ts'

export interface ListEnv {
  /** Writes are allowed (not the view link, not locked for us). */
  canWrite: boolean
  isFacilitator: boolean
  authorId: string
  /** Every area, with the title of its template (two clusters may both be "Cluster zonder naam"). */
  areas: ReadonlyArray<{ id: string; name: string; section: string }>
  connection: ConnectionState
  markOwn: (id: string) => void
  focusLater: (domId: string) => void
  /** A note was deleted: offer to put it back ("Ongedaan maken"); `after`: the DOM id to focus once the offer is gone. */
  offerUndo: (removed: Removed, after: string) => void
}

export const ListEnvContext = createContext<ListEnv>({
  canWrite: false,
  isFacilitator: false,
  authorId: '',
  areas: [],
  connection: 'connecting',
  markOwn: () => {},
  focusLater: () => {},
  offerUndo: () => {},
})

export function useListEnv(): ListEnv {
  return useContext(ListEnvContext)
}

/** DOM ids: record ids hold a colon, which an id may hold (we never put them into a CSS selector). */
export const itemDomId = (id: string) => `list-item-${id}`
export const areaHeadingId = (id: string) => `list-area-${id}`
